package answer

import (
	"regexp"
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// apiWordRe is an API name as a program writes it: lower-case words joined
// in camel case ("localStorage", "useMemo") or by underscores
// ("max_connections"), each of two letters or more. A science's short
// mixed-case names ("miR7a", "dLNs", "polI", "aPKCz") are not.
var apiWordRe = regexp.MustCompile(`^(?:[a-z]{2,}(?:[A-Z][a-z]+)+|[a-z]{2,}(?:_[a-z]{2,})+)$`)

// memberRe is the member of a dotted name: a word starting lower case, of
// two letters or more ("os.cpus", "navigator.geolocation"; not "e.g").
var memberRe = regexp.MustCompile(`^[a-z][A-Za-z0-9_]+$`)

// apiNames maps the whole term of each API name the question writes
// outside backticks (the reader's own code) to the word as written, lower
// case: a camel-case or snake-case word (see apiWordRe), or the last
// member of a dotted name that is no file or host ("geolocation" of
// "navigator.geolocation"). A member that is neither, and a word known
// (see coverage.known) neither, is the reader's own code as often
// ("at ConnPool.onidleconnx" in a pasted stack).
func (c coverage) apiNames(r Retriever, query string) map[string]string {
	var out map[string]string
	ran := literalCallNames(query)
	frames := stackFrames(query)
	for _, span := range outsideCode(query) {
		for _, name := range search.CodeWords(span) {
			if strings.HasPrefix(name, ".") {
				continue // a member after a call: ".length"
			}
			if frames[name] {
				continue // where a pasted error was thrown: "at TCP.onStreamRead"
			}
			last, dotted, ok := apiMember(name)
			if !ok || ran[strings.ToLower(last)] {
				continue
			}
			ts := r.Terms(last)
			if len(ts) == 0 || dotted && !apiWordRe.MatchString(last) && !c.known(ts[0]) {
				continue
			}
			if out == nil {
				out = map[string]string{}
			}
			out[ts[0]] = strings.ToLower(last)
		}
	}
	return out
}

// apiMember returns the member of a code name that is an API name, as
// written: the name itself when it is a camel-case or snake-case word (see
// apiWordRe), or the last member of a dotted name that is no file or host
// ("geolocation" of "navigator.geolocation"; not "e.g", "index.js"), with
// dotted set. ok is false for any other name.
func apiMember(name string) (last string, dotted, ok bool) {
	dot := strings.LastIndexByte(name, '.')
	last = name[dot+1:]
	if dot < 0 {
		return last, false, apiWordRe.MatchString(last)
	}
	return last, true, dot >= 2 && !search.FileEnd(strings.ToLower(last)) && memberRe.MatchString(last)
}

// literalCallRe is a call whose first argument is a quoted literal:
// "toLocaleDateString('es')", `process.on("exit", ...`.
var literalCallRe = regexp.MustCompile(`([A-Za-z_$][\w$]*)\(\s*(?:'[^'\n]*'|"[^"\n]*")`)

// literalCallNames returns the names, lower case, of the calls in query
// that pass a quoted literal (see literalCallRe), and of all that their
// arguments call or name: "toLocaleDateString('es')", `process.on("exit",
// async () => { await flushLogs() })`. Such a call is code the reader ran,
// told as it ran: what it calls is theirs (flushLogs) or the language's
// (toLocaleDateString), and the question asks what it did. A question
// after an API the book lacks names it, or calls it with no literal of
// the reader's ("how do i use requestAnimationFrame()").
func literalCallNames(query string) map[string]bool {
	var out map[string]bool
	for _, m := range literalCallRe.FindAllStringSubmatchIndex(query, -1) {
		if out == nil {
			out = map[string]bool{}
		}
		out[strings.ToLower(query[m[2]:m[3]])] = true
		open, depth, end := m[3], 0, len(query)
		for i := open; i < len(query); i++ {
			switch query[i] {
			case '(':
				depth++
			case ')':
				depth--
			}
			if depth == 0 {
				end = i
				break
			}
		}
		for _, name := range search.CodeWords(query[open:end]) {
			out[strings.ToLower(name[strings.LastIndexByte(name, '.')+1:])] = true
		}
	}
	return out
}

// unwrittenAPIName reports whether the question asks about an API name
// (see apiNames) that the book never writes, whole or as its words in a
// row among the passages found ("eventLoop": event loop): a book that
// never writes requestAnimationFrame, or writes localStorage only inside
// AsyncLocalStorage, documents other names. Names the question compares
// with or pasted (aside) and filler are passed by; df holds the book's
// counts of the question's terms.
func unwrittenAPIName(names map[string]string, w map[string]float64, aside map[string]bool, df map[string]int, hits []search.Hit) bool {
	for t, word := range names {
		if !unwrittenSubject(t, w, aside, df) {
			continue
		}
		if !joinedIn(strings.ReplaceAll(word, "_", ""), hits, "") {
			return true
		}
	}
	return false
}

// stackFrameRe is a frame of a stack trace written inline: a method of a
// class after "at" ("read ECONNRESET at TLSWrap.onStreamRead (node:...)").
var stackFrameRe = regexp.MustCompile(`\bat\s+((?:[A-Z][\w$]*\.)+[\w$]+)`)

// stackFrames returns the names of the stack frames query writes inline
// (see stackFrameRe): the runtime's internals an error passed through,
// which no reference documents, and which say where the error was thrown,
// not what the question asks. A frame on a line of its own is pasted
// output already (pastedTerms).
func stackFrames(query string) map[string]bool {
	var out map[string]bool
	for _, m := range stackFrameRe.FindAllStringSubmatch(query, -1) {
		if out == nil {
			out = map[string]bool{}
		}
		out[m[1]] = true
	}
	return out
}
