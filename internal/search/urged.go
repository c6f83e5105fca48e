package search

import "strings"

// Urged members. An entry that tells the reader to use another member
// for what they came for hands the question on: os.cpus() says
// "os.cpus().length should not be used to calculate the amount of
// parallelism available to an application. Use os.availableParallelism()
// for this purpose.", and "whats the right way to figure out how many
// worker threads to spin up? os.cpus().length feels hacky" is answered by
// os.availableParallelism(). The pointer wins on the question's words,
// and its member, pointed to at pointedShare of its score, ranked second.
// So the members a sentence opening with "Use" names (the imperative, not
// "use" within a sentence: "its own require using module.createRequire()"
// only tells what a member does) are pointed to at urgedShare of the
// pointing passage's score, above it.
//
// A deprecation writes the imperative mid-sentence, or names the
// replacement: DEP0018 says "Unhandled promise rejections are deprecated.
// [...] To change the way Node.js treats unhandled rejections, use the
// --unhandled-rejections command-line option.", others "Please use X
// instead", "X should be used instead" or "deprecated in favor of X".
// Those members are urged too. And since the --unhandled-rejections entry
// already ranked, third, under the deprecation for "what does node do with
// an unhandled promise rejection by default in 18, crash or just warn?",
// a passage that is no member's own entry (a deprecation, a guide) hands
// on the members it names so even when they already rank (replacingNames):
// a member's own entry that says "To get a behavior similar to the rm -rf
// Unix command, use fs.rm() with options" only adds to its own answer.

// urgedShare is the share of its score a passage gives the members it
// tells the reader to use. Measured on the Node.js reference (against
// pointedShare): MRR@10 higher on ten sets (os.availableParallelism
// first instead of second, second instead of third on s8), nothing lower.
// The flags of sentences holding "use" or "using" anywhere lowered s10 (a
// question out of the top 5), s17, s8 and nodedoc-tune; sentences holding
// "instead", "prefer" or "recommended", at 0.95, lowered nodedoc-tune,
// nodedoc-heldout, s6 and s8. The mid-sentence forms (imperativeOf,
// preferredOf) moved nothing alone; handing on members that already rank
// (replacingNames) put --unhandled-rejections first on s18 and second on
// s11 and s16, and lowered nodedoc-tune (fsPromises.rm out of the top 5),
// nodedoc-final and s17 (options.detached under subprocess.unref()) when
// members' own entries handed on too.
const urgedShare = 1.05

// urgedNames are the members (pointedCalls, pointedFlags) that text's
// sentences tell the reader to use (imperativeOf, preferredOf).
func urgedNames(text string) map[string]bool {
	return namesIn(text, func(s string) string {
		return imperativeOf(s) + " " + preferredOf(s)
	})
}

// replacingNames are the urgedNames of text's sentences that do not open
// with the imperative: the ones a deprecation hands on.
func replacingNames(text string) map[string]bool {
	return namesIn(text, func(s string) string {
		imp := imperativeOf(s)
		if imp == s {
			imp = ""
		}
		return imp + " " + preferredOf(s)
	})
}

// namesIn are the members (pointedCalls, pointedFlags) in part of each of
// text's sentences, trimmed of spaces.
func namesIn(text string, part func(s string) string) map[string]bool {
	var out map[string]bool
	for _, s := range sentencesOf(text) {
		s = part(strings.TrimSpace(s))
		for _, n := range append(pointedCalls(s), pointedFlags(s)...) {
			if out == nil {
				out = map[string]bool{}
			}
			out[n] = true
		}
	}
	return out
}

// sentencesOf are text's sentences: its pieces up to a new line or a
// full stop before a space.
func sentencesOf(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' || text[i] == '.' && (i+1 == len(text) || text[i+1] == ' ') {
			out = append(out, text[start:i])
			start = i + 1
		}
	}
	return append(out, text[start:])
}

// imperativeOf is the rest of sentence s from its first clause that
// tells the reader to use something: a clause opening the sentence, or
// following a comma or a semicolon, with "Use" or "Please use" ("...,
// use the --unhandled-rejections command-line option"), but not "use of"
// (a noun: "the use of an Experimental feature"). It is "" when s has
// none.
func imperativeOf(s string) string {
	for at := 0; at < len(s); {
		rest, please := strings.CutPrefix(s[at:], "Please ")
		if !please {
			rest, please = strings.CutPrefix(rest, "please ")
		}
		if (strings.HasPrefix(rest, "Use ") || (at > 0 || please) && strings.HasPrefix(rest, "use ")) && !strings.HasPrefix(rest[4:], "of ") {
			return rest
		}
		i := strings.IndexAny(s[at:], ",;")
		if i < 0 {
			return ""
		}
		at += i + 1
		for at < len(s) && s[at] == ' ' {
			at++
		}
	}
	return ""
}

// preferredOf is the part of sentence s that names what a deprecation
// prefers: the rest after "in favor of" ("deprecated in favor of
// require.resolve()"), or the part before "should be used instead"
// ("fs.watch() should be used instead of fs.watchFile()"); "" when s has
// neither.
func preferredOf(s string) string {
	for _, p := range []string{"in favor of ", "in favour of "} {
		if _, rest, ok := strings.Cut(s, p); ok {
			return rest
		}
	}
	before, _, _ := strings.Cut(s, "should be used instead")
	if len(before) == len(s) {
		return ""
	}
	return before
}
