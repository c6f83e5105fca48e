package search

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2/search/query"
)

// API names. A reference page gives each member its own heading, written as
// code: "fs.watch(filename[, options][, listener])", "Class: stream.Readable",
// "new URL(input[, base])", "--trace-warnings". A reader asking about
// `server.close()`, `setTimeout` or `--trace-warnings` means that member's
// section, while the text fields see only the name's words ("server",
// "close"; "trace", "warn"), which every page and error code of the same
// subject shares. So the names a section's own heading starts with are
// indexed whole in fieldNames, and the names a question writes as code are
// searched there, beside its words.

// fieldNames is the field of the API names of a passage's section heading
// (keyword values, lower case).
const fieldNames = "names"

// nameBoost weighs a question's name found in fieldNames. Measured on the
// Node.js API reference (recall@5 / MRR@10, nodedoc-tune and
// nodedoc-heldout): without names 0.757 / 0.586 and 0.621 / 0.525; at 0.5
// 0.757 / 0.602 and 0.650 / 0.563; at 1 0.757 / 0.600 and 0.657 / 0.565;
// at 2 0.757 / 0.585 and 0.657 / 0.569; at 3 0.757 / 0.582 and 0.662 /
// 0.570. Searching a name by its member too (`fs.cp` finding
// fsPromises.cp, `child.send()` subprocess.send) at half that weight lost
// more than it found, and so did error codes ("ERR_ASSERTION"), whose
// questions mostly want the section that explains the error, not its entry.
const nameBoost = 1.0

// headingNameRe reads the API name a heading starts with, after a kind
// ("Class: ", "Static method: ", "new "): a dotted identifier followed by
// its parameters, the end, or a space.
var headingNameRe = regexp.MustCompile(`^(?:(?:Class|Static method|Static property): |new )?([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)(\(|\[|$| )`)

// moreNamesRe finds further calls in a heading that starts with a name
// ("Buffer.from(), Buffer.alloc(), and Buffer.allocUnsafe()").
var moreNamesRe = regexp.MustCompile(`(?:, |and )([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\(`)

// flagRe reads the command-line flags a heading lists ("-p, --print
// "script"", "--max-old-space-size=SIZE (in megabytes)").
var flagRe = regexp.MustCompile(`^(?:-{1,2}[a-z][\w-]*(?:, )?)+`)

// headingNames are the fieldNames values of a section whose heading is h:
// none for a heading of prose ("Consuming readable streams").
func headingNames(h string) []string {
	h = strings.TrimSpace(h)
	if strings.HasPrefix(h, "-") {
		var out []string
		for _, f := range strings.Split(flagRe.FindString(h), ",") {
			if f = strings.TrimSpace(f); len(f) > 1 {
				out = append(out, strings.ToLower(f))
			}
		}
		return out
	}
	m := headingNameRe.FindStringSubmatch(h)
	if m == nil {
		return nil
	}
	name, after := m[1], m[2]
	kind := len(m[0]) > len(name)+len(after) // "Class: ", "new "
	if !kind && after != "(" && !codeLike(name) {
		return nil // a heading of words: "Constants", "Util"
	}
	if !kind && after == " " {
		// A name that more words follow opens a heading of prose: a
		// brand's story ("GitHub announces its GraphQL API", "MySQL AB is
		// founded", "io.js fork") or a reference's topic ("OpenSSL
		// options", "maxBuffer and Unicode"), not a member's entry, which
		// is the name alone, with its parameters, or after a kind. Read
		// as entries, the brands' sections raised their chapter's
		// overview (memberShares) and traded places with another
		// chapter's section of the same brand (aliasesAfter: Git's
		// "GitHub launches" took the place of GraphQL's "GitHub
		// announces its GraphQL API").
		return nil
	}
	names := []string{name}
	if after == "(" {
		for _, more := range moreNamesRe.FindAllStringSubmatch(h, -1) {
			names = append(names, more[1])
		}
	}
	for i, n := range names {
		names[i] = strings.ToLower(n)
	}
	return names
}

// codeLike tells a name written as code from a word: it has a dot, an
// underscore, or a capital after a lower-case letter. Unlike the
// analyser's maybeIdentifier, a name starting with a capital counts
// ("URLSearchParams", "EventEmitter"): a heading that is nothing but such a
// name is an API entry, though in running text the word stays whole.
func codeLike(name string) bool {
	if strings.ContainsAny(name, "._$") {
		return true
	}
	lower := false
	for _, r := range name {
		if unicode.IsUpper(r) && lower {
			return true
		}
		lower = unicode.IsLower(r)
	}
	return false
}

// queryNameRe finds names a question writes as code: dotted identifiers
// and camel-case words, each with the "(" of a call when there is one. A
// method after a dot (".pipe()") names no object, and a bare call of a
// word ("require()", "emit()") mostly asks how the thing works rather than
// for its entry (searched as names, they put modules' require(id) before
// the sections on caching and on conditional exports): both are left out.
var queryNameRe = regexp.MustCompile(`(^|[^\w$.\-/])(\.?[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)(\()?`)

// queryFlagRe finds command-line flags in a question ("--trace-warnings",
// "node -e").
var queryFlagRe = regexp.MustCompile(`(?:^|[\s` + "`" + `'"(])(-{1,2}[a-z][a-z0-9-]*[a-z0-9]|-[a-z])\b`)

// fileExtensions are the last parts of a dotted word that name a file or a
// host, not a member ("utils.js", "package.json", "api.internal.local").
var fileExtensions = map[string]bool{
	"js": true, "mjs": true, "cjs": true, "ts": true, "json": true, "jsx": true, "tsx": true,
	"md": true, "txt": true, "pdf": true, "pem": true, "html": true, "css": true, "csv": true,
	"log": true, "yml": true, "yaml": true, "toml": true, "lock": true, "sh": true, "env": true,
	"gz": true, "zip": true, "tar": true, "png": true, "jpg": true, "svg": true, "wasm": true,
	"node": true, "local": true, "com": true, "org": true, "net": true, "io": true, "dev": true,
}

// FileEnd reports whether part, the lower-case last part of a dotted word,
// names a file or a host rather than a member (see fileExtensions).
func FileEnd(part string) bool { return fileExtensions[part] }

// CodeWords returns, in order, the words q writes as code would: dotted
// names ("navigator.geolocation", ".length" after a call) and single words
// of code letters, as queryNameRe finds them. Coverage reads the API names
// a question writes from them.
func CodeWords(q string) []string {
	var out []string
	for _, m := range queryNameRe.FindAllStringSubmatch(q, -1) {
		out = append(out, m[2])
	}
	return out
}

// queryNames are the fieldNames values that question q writes as code.
func queryNames(q string) []string {
	var out []string
	for _, m := range queryNameRe.FindAllStringSubmatch(q, -1) {
		name, call := m[2], m[3] == "("
		if strings.HasPrefix(name, ".") {
			continue
		}
		last := name[strings.LastIndexByte(name, '.')+1:]
		dotted := last != name
		camel := unicode.IsLower(firstRune(last)) && codeLike(last)
		switch {
		case dotted && !call && fileExtensions[strings.ToLower(last)]:
		case dotted, camel:
			out = append(out, strings.ToLower(name))
		}
	}
	for _, m := range queryFlagRe.FindAllStringSubmatch(q, -1) {
		out = append(out, strings.ToLower(m[1]))
	}
	return unique(out)
}

// nameQueries are the clauses of the names q writes, in fieldNames.
func nameQueries(q string) []query.Query {
	return termClauses(queryNames(q), fieldNames, nameBoost)
}

// termClauses are one term clause per value of values in field, each at
// boost: the values of a keyword field, or the analysed words of a text
// field (longFormQuery).
func termClauses(values []string, field string, boost float64) []query.Query {
	var qs []query.Query
	for _, v := range values {
		tq := query.NewTermQuery(v)
		tq.SetField(field)
		tq.SetBoost(boost)
		qs = append(qs, tq)
	}
	return qs
}
