package answer

import (
	"strings"
	"unicode"
)

// minLineWords is the fewest words a sentence shares with the message a
// question pastes to be that message: three are a command or a name the
// sentence may well explain ("etcdctl snapshot restore объявлен
// устаревшим").
const minLineWords = 4

// restatesLine reports whether text, a sentence of the answer to a
// question with Russian words in it, is for the most part a line of the
// message the question pastes (one of lines, see pastedLines) as the
// book prints it: three quarters of its words or more, minLineWords at
// least, are the line's, in the line's order. The book's copy of a
// message differs from the reader's in a word or two, a path, a unit, a
// prefix ("org.jenkinsci.plugins.scriptsecurity.sandbox.RejectedAccessException:
// Scripts not permitted ..." for "RejectedAccessException: Scripts not
// permitted ...", "... drop-ins of myapp.service changed on disk." for
// "... of foo.service ..."), so the whole line need not be in it as
// quotesRun asks. It says what the reader saw, not what it means or what
// to do: a sentence that both quotes the message and explains it is not
// three quarters the message.
func restatesLine(text string, lines []string) bool {
	if len(lines) == 0 {
		return false
	}
	words := lowerCores(text)
	for _, l := range lines {
		n := sharedInOrder(words, strings.Fields(l))
		if n >= minLineWords && 4*n >= 3*len(words) {
			return true
		}
	}
	return false
}

// lowerCores returns the words of s in lower case without the punctuation
// around them, as typedRuns reads a question's (quotesRun and restatesLine
// read a sentence so).
func lowerCores(s string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if core := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }); core != "" {
			out = append(out, core)
		}
	}
	return out
}

// sharedInOrder is how many words a and b share in the same order: the
// length of their longest common subsequence.
func sharedInOrder(a, b []string) int {
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			if a[i] == b[j] {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(cur[j], prev[j+1])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// pastedLines are the runs of q a sentence restates (see restatesLine):
// q's typedRuns when q holds Russian words, whatever they ask. "Warning:
// The unit file ... changed on disk. ... чё это значит?" asks what the
// message means, which the book's copy of it does not tell; echoRuns
// leaves such a question out, since a sentence that quotes a formula or a
// command may well tell what it means ("что значит R + W > RF").
func pastedLines(q string) []string {
	if !strings.ContainsFunc(q, isCyrillicRune) {
		return nil
	}
	return typedRuns(q)
}

// showsWay reports whether c tells what to do in words or code of its
// own: the message's own "Run 'systemctl daemon-reload' to reload units."
// does, as the book's remedy would; the code it shares with question q
// (a path, the class the message names) is the reader's and tells nothing.
func showsWay(c *sentence, q string) bool {
	return instructs(unasked(withCode(*c), q)) > 0 || ruRuleRe.MatchString(c.text)
}
