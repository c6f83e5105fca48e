package answer

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chapterbot/chapterbot/internal/acronym"
	"github.com/chapterbot/chapterbot/internal/search"
)

// versionNumRe is a version or release number as a word: "20", "3.0",
// "v24", "18.x", "1.0.0".
var versionNumRe = regexp.MustCompile(`^[vV]?(\d+(?:\.\d+)*)(?:\.[xX])?$`)

// versionNumber returns the number of a version word ("v24": 24, "3.0": 3,
// "18.x": 18), trailing zero parts dropped so that "4" and "4.0" are one
// version; ok is false when word is no number.
func versionNumber(word string) (string, bool) {
	m := versionNumRe.FindStringSubmatch(word)
	if m == nil {
		return "", false
	}
	n := m[1]
	for strings.HasSuffix(n, ".0") {
		n = strings.TrimSuffix(n, ".0")
	}
	return n, true
}

// sameVersion reports whether a version the book writes (book) is the one
// a question asks about (asked) or one of its releases: "4" is Kafka 4.0,
// "18" covers Node.js 18.12, but "18.12" is not Node.js 18.
func sameVersion(asked, book string) bool {
	return book == asked || strings.HasPrefix(book, asked+".")
}

// nameTerm is the term a name is known by: the first term of its word
// ("Node.js": node), so that "node 20" and "Node.js 18" name one thing.
func nameTerm(r Retriever, word string) string {
	if ts := r.Terms(word); len(ts) > 0 {
		return ts[0]
	}
	return ""
}

// versionWordsList are the words that say the number after them is a
// version ("version 6.0", "в версии 21.8"), whatever it is a version of.
const versionWordsList = `version versions release releases версия версии версию версией релиз релиза релизе релизы`

// versionGap reports whether the question asks about a version of a name
// that the passages found give other versions of, never this one: "when
// did postgresql 16 come out" of a book whose PostgreSQL chapter gives
// version 6.0 and 8.1, "node 20" of one that writes Node.js 18 and 24.
// The question asks a version when it writes a number right after a Latin
// word (a Russian common noun before a number, "партиций 6", is a count);
// the passages version that name when they write a number right after
// it, written as a name, or after a word for version in a passage whose
// chapter or headings carry the name. A version the book has would be
// found with its number; when no passage found that writes the name
// writes the number at all ("PEP 20" of a Python chapter is no Node.js
// 20), the question is about a release the book does not cover. A name
// the passages do not version ("my node 18.12" of the API docs) says
// nothing either way. A number the question moves to alone ("node 18
// ... should i jump straight to 22") is a version of the name it versions
// before it (see movedVersions).
func versionGap(r Retriever, query string, hits []search.Hit) bool {
	asked := map[string][]string{} // name term -> versions asked
	vs := questionVersions(r, query)
	// And the numbers it moves to alone ("node 18 ... jump straight to
	// 22": moveto.go).
	prose, _, _ := pastedText(query)
	for _, v := range append(vs, movedVersions(prose, vs)...) {
		asked[v.name] = append(asked[v.name], v.number)
	}
	if len(asked) == 0 {
		return false
	}
	versionTerms := set(r.Terms(versionWordsList))
	versioned := map[string]bool{}   // names the passages version
	numbers := map[string][]string{} // name -> the numbers of the passages that write it
	capital := namesWritten(r, hits)
	// Go, too short for namesWritten, is a name where writesGo reads it
	// ("With Go 1.5 ...").
	goT := set(r.Terms("go"))
	for _, h := range hits {
		own := set(r.Terms(h.ChapterTitle + "\n" + strings.Join(h.Trail, "\n")))
		text := strings.Join(h.Trail, "\n") + "\n" + h.Text
		has := set(r.Terms(h.ChapterTitle + "\n" + text))
		// The numbers a passage's code passes ("buf1.copy(buf2, 8, 16,
		// 20);") version nothing: "node 20" is not found in them.
		for _, pair := range versionPairs(proseLines(text)) {
			for name := range asked {
				if has[name] {
					numbers[name] = append(numbers[name], pair[1])
				}
			}
		}
		for _, pair := range versionPairs(text) {
			t := nameTerm(r, pair[0])
			switch {
			case t == "":
			case unicode.IsUpper([]rune(pair[0])[0]) && asked[t] != nil && (capital[t] || goT[t] && writesGo(text)):
				versioned[t] = true
			case versionTerms[t]:
				for name := range asked {
					if own[name] && capital[name] {
						versioned[name] = true
					}
				}
			}
		}
	}
	for t, versions := range asked {
		if !versioned[t] {
			continue
		}
		for _, v := range versions {
			if !slices.ContainsFunc(numbers[t], func(n string) bool { return sameVersion(v, n) }) {
				return true
			}
		}
	}
	return false
}

// versionPairs returns the numbers of text, each with the word before it
// ("" when none): "Node.js 18" gives [Node.js 18]. A number inside code
// or a path ("node:5120", "aes-256-gcm") is none.
func versionPairs(text string) [][2]string {
	var out [][2]string
	prev := ""
	for _, field := range strings.Fields(text) {
		word := bareWord(field)
		if n, ok := versionNumber(word); ok {
			out = append(out, [2]string{prev, n})
		}
		prev = ""
		if word != "" && word == strings.TrimRight(field, ",;:!?)»\"'") && !strings.ContainsFunc(word, func(c rune) bool { return isCodePunct(c) && c != '.' }) {
			prev = word
		}
	}
	return out
}

// namesWritten returns the terms of the words the passages of hits write
// as names: with a capital, not at the start of a sentence ("the Node.js
// project"), or with another capital inside ("PostgreSQL").
func namesWritten(r Retriever, hits []search.Hit) map[string]bool {
	out := map[string]bool{}
	for _, h := range hits {
		initial := true
		for _, field := range strings.Fields(h.Text) {
			word := bareWord(field)
			if word != "" && isName(word, initial) {
				if t := nameTerm(r, word); t != "" {
					out[t] = true
				}
			}
			last, _ := utf8.DecodeLastRuneInString(field)
			initial = strings.ContainsRune(".!?:;", last)
		}
	}
	return out
}

// askedVersion is a version a question asks about: the term of its name
// and its number ("deno 1.0": deno, 1), and the name as the question
// writes it.
type askedVersion struct{ name, number, word string }

// questionVersions returns the numbers the question's own prose (not
// what it pastes) writes right after a Latin word, each with that word's
// term: every version the question may ask about. A Russian common noun
// before a number ("партиций 6") makes it a count.
func questionVersions(r Retriever, query string) []askedVersion {
	prose, _, _ := pastedText(query)
	var out []askedVersion
	for _, pair := range versionPairs(prose) {
		if t := nameTerm(r, pair[0]); t != "" && !search.IsCyrillic(t) {
			out = append(out, askedVersion{t, pair[1], pair[0]})
		}
	}
	return out
}

// askedVersions returns the versions a question asks about: the numbers
// it writes right after a Latin word that is a name, one the passages
// write as a name or no common English word ("deno 1.0",
// "subversion 1.0", not "2 point 0"), unless the reader tells it as their
// own ("my node 18.12" says what the reader runs).
func (c coverage) askedVersions(r Retriever, q string, passages []search.Hit) []askedVersion {
	vs := questionVersions(r, q)
	if len(vs) == 0 {
		return nil // most questions: the passages' names go unread
	}
	prose, _, _ := pastedText(q)
	written := namesWritten(r, passages)
	words := strings.Fields(strings.ToLower(prose))
	return slices.DeleteFunc(vs, func(v askedVersion) bool {
		return !written[v.name] && c.english.weight(v.name) < commonName || ownedVersion(words, v.word)
	})
}

// ownedVersion reports whether the question tells name as the reader's
// own: "my node", "our postgres".
func ownedVersion(words []string, name string) bool {
	name = strings.ToLower(name)
	for i := 1; i < len(words); i++ {
		if strings.TrimRight(words[i], ",.;:!?") == name && slices.Contains(setupOwners, words[i-1]) {
			return true
		}
	}
	return false
}

// writesVersion reports whether text gives version v of its name: the
// number (or one of its releases: "1.0" for 1) after the name itself or
// its short form ("Kubernetes 1.0" for k8s), after a word for version, or
// after no name ("in 1.0"). "Git 1.0" is no Subversion 1.0.
func writesVersion(r Retriever, text string, v askedVersion, versionTerms map[string]bool) bool {
	return slices.ContainsFunc(versionPairs(text), func(p [2]string) bool {
		if !sameVersion(v.number, p[1]) {
			return false
		}
		if p[0] == "" || !unicode.IsUpper([]rune(p[0])[0]) {
			return true
		}
		t := nameTerm(r, p[0])
		return t == v.name || versionTerms[t] || acronym.Of(p[0])[v.name]
	})
}

// proseLines returns text without its lines of code: a line that ends a
// statement or opens or closes a block (";", "{", "}"), or is a comment
// ("//"), as a passage's examples write them.
func proseLines(text string) string {
	lines := strings.Split(text, "\n")
	return strings.Join(slices.DeleteFunc(lines, codeLine), "\n")
}

// codeLine reports whether line is one of code (see proseLines).
func codeLine(line string) bool {
	line = strings.TrimSpace(line)
	return strings.HasPrefix(line, "//") || strings.HasSuffix(line, ";") || strings.HasSuffix(line, "{") || strings.HasSuffix(line, "}")
}
