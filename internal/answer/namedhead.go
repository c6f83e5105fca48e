package answer

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// whichHeadRe reads the words after "which" or "what" that open a
// question for one thing of a kind: "which directive do i use ...",
// "which aviation standard is ...", "what db was ...".
var whichHeadRe = regexp.MustCompile(`^(?:(?:in|on|at|from|for|with|by|to|of|under) )?(?:which|what) (\pL+(?: \pL+){0,3})`)

// headAuxWords end the kind a "which" question names: its verb or its
// subject comes next ("which directive do i use", "which one is").
var headAuxWords = map[string]bool{"do": true, "does": true, "did": true, "is": true, "are": true, "was": true,
	"were": true, "should": true, "can": true, "could": true, "will": true, "would": true, "has": true, "have": true,
	"had": true, "i": true, "you": true, "we": true, "they": true, "it": true, "my": true}

// askedHead returns the forms of the noun that names the kind a "which"
// or "what" question asks a name of, singular and plural: "directive"
// for "which directive do i use to forward requests", "standard" for
// "which aviation standard is sqlite's testing modelled after" (the last
// word before the verb). An adverb ends the kind too ("which company
// originally built"); when neither ends it within three words, the verb
// is not known and the first word is the kind ("which flag makes ...").
func askedHead(q string) []string {
	m := whichHeadRe.FindStringSubmatch(normalQuestion(q))
	if m == nil {
		return nil
	}
	words := strings.Fields(m[1])
	head := ""
	for i, w := range words {
		if headAuxWords[w] || strings.HasSuffix(w, "ly") {
			break
		}
		if i == len(words)-1 {
			head = words[0]
			break
		}
		head = w
	}
	if head == "" || head == "one" || head == "ones" {
		return nil
	}
	forms := []string{head}
	switch {
	case strings.HasSuffix(head, "ies"):
		forms = append(forms, strings.TrimSuffix(head, "ies")+"y")
	case strings.HasSuffix(head, "es"):
		forms = append(forms, strings.TrimSuffix(head, "es"), strings.TrimSuffix(head, "s"))
	case strings.HasSuffix(head, "s"):
		forms = append(forms, strings.TrimSuffix(head, "s"))
	case strings.HasSuffix(head, "y"):
		forms = append(forms, strings.TrimSuffix(head, "y")+"ies")
	default:
		forms = append(forms, head+"s", head+"es")
	}
	return forms
}

// namedHeadFit scores whether s gives the name of a thing of the kind a
// "which" question asks for (head, the forms of its noun): the noun with
// a name right before it ("the proxy_pass directive", "the DO-178B
// standard") or a number or a token of code right after it ("RFC 8441"),
// 1 or 0. The name is a word the question does not write (plain), written
// as one (see writtenName). A sentence that holds the noun without a name
// ("this directive") only talks about one.
func namedHeadFit(s string, head []string, plain func(w string) bool) float64 {
	if len(head) == 0 {
		return 0
	}
	words := strings.Fields(s)
	for i, w := range words {
		if !slices.Contains(head, strings.ToLower(nameWord(w))) {
			continue
		}
		// "the proxy_pass directive", but not "..., directive": a
		// comma parts the two.
		if i > 0 && !strings.ContainsAny(words[i-1][len(words[i-1])-1:], ",;:") && writtenName(words[i-1], i-1, plain) {
			return 1
		}
		if i+1 < len(words) && !strings.ContainsAny(w[len(w)-1:], ",;:") && codeName(words[i+1], plain) {
			return 1
		}
	}
	return 0
}

// writtenName reports whether w, the i-th word of a sentence, is written
// as a name the question lacks: "proxy_pass", "DO-178B", "binding.gyp",
// "Informix" past the sentence's first word. A word of lower-case letters
// is not, however rare ("the specified size").
func writtenName(w string, i int, plain func(w string) bool) bool {
	w = strings.Trim(w, "`\"'“”‘’(),;:!?.")
	if w == "" || plain(w) {
		return false
	}
	for j, r := range w {
		if unicode.IsUpper(r) && (i > 0 || j > 0) {
			return true
		}
	}
	return codeName(w, plain)
}

// codeName reports whether w is a number or a token of code the question
// lacks: with a digit, an underscore or a dot inside ("8441",
// "proxy_pass", "binding.gyp"), or a command-line flag
// ("--unhandled-rejections").
func codeName(w string, plain func(w string) bool) bool {
	w = strings.Trim(w, "`\"'“”‘’(),;:!?.")
	if w == "" || plain(w) {
		return false
	}
	if strings.HasPrefix(w, "-") && len(strings.TrimLeft(w, "-")) > 1 {
		return true
	}
	for j, r := range w {
		switch {
		case unicode.IsDigit(r), r == '_':
			return true
		case r == '.' && j > 0 && j < len(w)-1:
			return true
		}
	}
	return false
}
