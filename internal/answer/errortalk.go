package answer

import "regexp"

// pastedErrorRe finds a compiler's or runtime's message that an English
// question pastes: "error[E0277]: the `?` operator can only be used ...",
// "thread 'main' panicked at ...", "warning: unused `Map` that must be
// used", "TypeError [ERR_INVALID_URL]: Invalid URL", "Error: listen
// EADDRINUSE".
var pastedErrorRe = regexp.MustCompile(`\berror\[E\d+\]|\bpanicked\b|(?:^|\s)warning:\s|\b(?:[A-Z]\w*)?(?:Error|Exception)\b(?:\s*\[[A-Z_0-9]+\])?:`)

// errorTalkRe finds a sentence that tells of an error message as such:
// "This error points out that we're only allowed to use the ? operator in
// a function that returns Result", "The error shows this type “has
// infinite size.”", "The warning reminds us why: ...", "the code panicked
// with the message already borrowed", "You received the error message
// ...".
var errorTalkRe = regexp.MustCompile(`(?i)\b(?:this|the|that|an|our)\s+(?:error|warning)(?:\s+message)?\s+(?:says|shows|points|tells|reminds|means|indicates|mentions|mentioned|suggesting)\b|\bthe error message\b|\b(?:with|in|by) the message\b|\breceived the error\b`)

// errorTalkWeight scales a sentence that tells of the error message an
// English question pastes (see errorTalkLead). Tuning sets, lead: rb-en-tune
// 0.317 -> 0.333 at 0.3, 0.5 and 0.7, every other set the same.
const errorTalkWeight = 0.5

// errorTalkLead lowers, for an English question that pastes an error
// message, the sentences that tell of the message itself. A book quotes
// the message it explains and then restates it ("This error points out
// that we're only allowed to use the ? operator in a function that
// returns Result, Option, or another type that implements FromResidual"):
// such a sentence shares the most words with the message, but tells the
// reader what they already see; the sentences around it say why it comes
// and what to do ("... a main function with a return type that is
// incompatible ...", "By using a box, we've broken the infinite, recursive
// chain ..." after "The error shows this type “has infinite size.”").
func errorTalkLead(q string, cands []sentence) {
	if asksInRussian(q) || !pastedErrorRe.MatchString(q) {
		return
	}
	for i := range cands {
		if errorTalkRe.MatchString(cands[i].text) {
			cands[i].score *= errorTalkWeight
		}
	}
}
