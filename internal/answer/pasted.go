package answer

import (
	"regexp"
	"strings"
)

// What a reader pastes into a question (an error message with its stack,
// a path, a quoted module or value) is theirs, not the subject they ask
// about: "Error: Cannot find module 'dotenv'" asks how require looks up
// modules, whatever the module is called. The rules on names (names.txt,
// a word written as a name, a product.js, a word no English text uses)
// pass such words by; they still count as words the passages should hold.

var (
	// stackLine is a line of a pasted stack or tool output: "    at new
	// NodeError (node:internal/errors:405:5)", "npm ERR! code E401",
	// "- /srv/app/index.js" under "Require stack:", "  input: '/api/users'".
	stackLine = regexp.MustCompile(`^\s*(?:at\s|npm\s+(?:ERR!|WARN)|-\s+\S*/|\S+:\s+'|code:\s|errno:\s|\{|\})`)
	// errorLine is the first line of a thrown error as Node prints it:
	// "TypeError [ERR_INVALID_URL]: Invalid URL", "Error: listen EADDRINUSE".
	errorLine = regexp.MustCompile(`^\s*(?:Uncaught\s+)?(?:\[?[A-Z]\w*(?:Error|Exception|Rejection)\b[^:\n]{0,60}:|Error\s*(?:\[[A-Z_0-9]+\])?:)`)
	// quoted is a quoted value as code quotes one: 'dotenv', '/api/users',
	// "netlify" (double quotes around one word only: around several they
	// quote a title or a phrase, as guillemets do). The opening quote
	// follows a space, a bracket or the start, so that apostrophes ("it's",
	// "don't") are no quotes.
	quoted = regexp.MustCompile(`(?:^|[\s(\[=:,])(?:'[^'\n]{1,120}'|"[^"\s]{1,120}")`)
	// errorCode is an error code in capitals: EADDRINUSE, ERR_INVALID_URL.
	errorCode = regexp.MustCompile(`\b[A-Z][A-Z0-9_]{3,}\b`)
	// path is a file path or URL: absolute or relative to "." or "~"
	// ("/srv/app/index.js", "./lib", "C:\\app"), a URL, or a relative path to
	// a file with an extension ("src/app.js"). Words joined by slashes
	// ("memo/useMemo/useCallback", "read/write") are a list, not a path.
	path = regexp.MustCompile(`(?:^|[\s(\[=:,'"])(?:[.~]{0,2}/\S*|[A-Za-z]:\\\S*|[a-z][a-z0-9+.-]*://\S+|[\w.-]+/\S*\.[A-Za-z]\w{0,4}\b)`)
	// latinOutput is a run of Latin text inside a Russian line that reads
	// as a tool's output: a word, a colon and more Latin text ("fatal:
	// [db1]: FAILED!", "NotWritablePrimary: not primary"), up to the Russian
	// words. A Latin word and a colon before Russian ones ("ksqlDB: как
	// создать стрим") is the reader's heading, not output.
	latinOutput = regexp.MustCompile(`(?:^|[\s(\[])[A-Za-z]\w*:\s+[^\p{Cyrillic}\s][^\p{Cyrillic}\n]*`)
)

// pastedText splits query into the reader's own prose, the error lines
// they pasted (thrown errors as Node prints them, and the output a Russian
// line quotes, whose words say what went wrong), and the rest they pasted: stack and output lines, quoted
// values and paths.
func pastedText(query string) (prose, errors, rest string) {
	var p, e, q strings.Builder
	// cut moves the quoted values and paths of line to q.
	cut := func(line string) string {
		for _, re := range []*regexp.Regexp{quoted, path} {
			for _, m := range re.FindAllString(line, -1) {
				q.WriteString(m + "\n")
			}
			line = re.ReplaceAllString(line, " ")
		}
		return line
	}
	russian := strings.ContainsFunc(query, isCyrillicRune)
	for _, line := range strings.Split(query, "\n") {
		switch {
		case errorLine.MatchString(line), outputLine(line, russian):
			// Its quoted values and paths are the reader's, its words not.
			e.WriteString(cut(line) + "\n")
		case stackLine.MatchString(line):
			q.WriteString(line + "\n")
		case strings.ContainsFunc(line, isCyrillicRune) && latinOutput.MatchString(line):
			// The output a Russian reader pastes inside their line.
			for _, m := range latinOutput.FindAllString(line, -1) {
				e.WriteString(cut(m) + "\n")
			}
			p.WriteString(cut(latinOutput.ReplaceAllString(line, " ")) + "\n")
		default:
			p.WriteString(cut(line) + "\n")
		}
	}
	return p.String(), e.String(), q.String()
}

// pastedTerms returns the terms (and product names, see dottedNames) of
// what query pastes that its prose does not also use, and of the commands
// it says the reader ran: all of them (pasted), and those outside its error
// lines (noise), which say nothing of what the reader asks.
func pastedTerms(r Retriever, query string) (pasted, noise map[string]bool) {
	// The commands the reader says they ran are theirs too (rancommand.go),
	// though written in their own line.
	ran := r.Terms(strings.Join(ranCommands(query), "\n"))
	prose, errors, rest := pastedText(query)
	if errors == "" && rest == "" {
		if len(ran) == 0 {
			return nil, nil
		}
		return set(ran), nil
	}
	own := set(append(r.Terms(prose), dottedNames(prose)...))
	// An error code stays a name, pasted or not: a book that never writes
	// ERESOLVE is not about npm's dependency resolver.
	errors, rest = errorCode.ReplaceAllString(errors, " "), errorCode.ReplaceAllString(rest, " ")
	errors = withoutAPIWords(errors)
	pasted, noise = map[string]bool{}, map[string]bool{}
	for _, t := range append(r.Terms(errors), dottedNames(errors)...) {
		if !own[t] {
			pasted[t] = true
		}
	}
	inError := set(r.Terms(errors))
	for _, t := range append(r.Terms(rest), dottedNames(rest)...) {
		if !own[t] {
			pasted[t] = true
			if !inError[t] {
				noise[t] = true
			}
		}
	}
	for _, t := range ran {
		pasted[t] = true
	}
	return pasted, noise
}
