package answer

import (
	"slices"
	"strings"

	"github.com/chapterbot/chapterbot/internal/book"
)

// A program's output that a book shows in a code block ("thread 'main'
// panicked at src/main.rs:19:19: ...", "[224, 164, 168, 224, 164, 174,
// ...]", a compiler's "this function's return type contains a borrowed
// value") shares the question's words, since the prose around it is about
// it, but tells nothing by itself: the sentence that explains it answers.
// The book package marks such lines (book.OutputMark, from the block's
// info string: "text", "output", "console" but for its "$ command"
// lines), so nothing is guessed from a line's shape here. An output line
// never leads while a sentence that is not one scores at all; it may
// still follow the lead.

// outputLines returns lines without their output marks, and which of them
// had one: nil when none had.
func outputLines(lines []string) ([]string, []bool) {
	var output []bool
	for i, l := range lines {
		rest, ok := book.OutputLine(l)
		if !ok {
			continue
		}
		if output == nil {
			output = make([]bool, len(lines))
			lines = append([]string(nil), lines...)
		}
		lines[i], output[i] = rest, true
	}
	return lines, output
}

// joinRuns joins the lines of a paragraph into one unit, as prose wrapped
// over lines is, but keeps each run of output lines apart from the lines
// around it: the units, and which of them are output (nil when output
// is).
func joinRuns(lines []string, output []bool) ([]string, []bool) {
	if output == nil {
		return []string{strings.Join(lines, " ")}, nil
	}
	var units []string
	var outs []bool
	for i := 0; i < len(lines); {
		j := i + 1
		for j < len(lines) && output[j] == output[i] {
			j++
		}
		units = append(units, strings.Join(lines[i:j], " "))
		outs = append(outs, output[i])
		i = j
	}
	return units, outs
}

// notOutputLead moves, in order (indexes into cands, best first), a
// sentence that may lead to the front when the best cannot: an output line
// cannot, nor can a sentence that points back at one right before it
// ("That's 18 bytes and is how computers ultimately store this data.":
// the bytes are the output), which would lead with it (refersBack). A book
// shows a program's output and then tells what it means ("The program
// resulted in a runtime error ... This check has to happen at runtime"),
// so the best sentence that follows the output the question matched in
// its passage leads; when none there scores, the best other sentence.
func notOutputLead(cands []sentence, order []int) {
	if len(order) == 0 || !boundToOutput(cands, cands[order[0]]) {
		return
	}
	best := cands[order[0]]
	at := -1 // where in order the new lead is
	for i, j := range order {
		c := cands[j]
		if c.score <= 0 {
			break
		}
		if boundToOutput(cands, c) {
			continue
		}
		if at < 0 {
			at = i
		}
		if best.output && c.hit == best.hit && c.pos > best.pos {
			at = i
			break
		}
	}
	if at > 0 {
		j := order[at]
		copy(order[1:at+1], order[:at])
		order[0] = j
	}
}

// boundToOutput reports whether c cannot lead for the output it is or
// points back at.
func boundToOutput(cands []sentence, c sentence) bool {
	if c.output {
		return true
	}
	if !c.joined || !refersBack(c.text) {
		return false
	}
	j := slices.IndexFunc(cands, func(p sentence) bool { return p.hit == c.hit && p.pos == c.pos-1 })
	return j >= 0 && cands[j].output
}
