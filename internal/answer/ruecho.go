package answer

import (
	"regexp"
	"strings"
)

// ruEchoes reports whether c, a sentence of the answer to a question of
// kind k asked in Russian, only quotes the message or command the question
// pastes (one of runs, see typedRuns) when the question asks what to do
// about it or what went wrong: the sentence tells the reader what they
// typed or saw ("ssh -R 8080:localhost:3000 anna@server делает обратное:
// ..." for "сделал ssh -R 8080:localhost:3000 на впс, ... снаружи порт
// закрыт. чё не так"), not the way out, and weighs as the English echo
// does (echoWeight). One that also gives a way or a reason (its fit,
// weighed before) answers: "В Go ошибка выглядит как строка вида rpc
// error: code = Unavailable desc = connection error, а код из неё
// достают функцией status.Code(err)." A question for a fact (who, when,
// a number, a definition) may well be answered by the sentence that
// names what it quotes.
//
// A sentence that is, for the most part, a line of the pasted message
// (restatesLine, one of lines) echoes too, unless it tells what to do
// (showsWay): the book's copy of the message may differ from the
// reader's in a word or a path.
func ruEchoes(k kind, c *sentence, runs, lines []string, q string) bool {
	if k != kindHow && k != kindWhy && k != kindOther {
		return false
	}
	return c.fit == 0 && quotesRun(c.text, runs) || restatesLine(c.text, lines) && !showsWay(c, q)
}

// echoRuns are the runs a sentence of the answer to q echoes (see
// ruEchoes): q's typedRuns when it is asked in Russian and does not ask
// what something means. "что значит R + W > RF" asks what the formula
// means, which the sentence that quotes it tells ("если число реплик,
// подтвердивших запись (W), плюс ... больше RF").
func echoRuns(q string) []string {
	if !asksInRussian(q) || asksMeaning.MatchString(strings.ToLower(q)) {
		return nil
	}
	return typedRuns(q)
}

// asksMeaning finds a Russian ask for what something means, anywhere in
// the question: "что значит", "что это означает", "чё такое".
var asksMeaning = regexp.MustCompile(`(?:^|[^\pL])(?:что|чё|че|чо|шо)(?: (?:это|оно|она|он|же))? (?:значит|означает|такое)(?:[^\pL]|$)`)

// typedRuns are the runs of three or more words in Latin letters or
// numbers a question asked in Russian pastes from what the reader typed
// or saw ("echo ruok | nc localhost 2181 отвечает ...": "echo ruok nc
// localhost 2181"), lower-cased, one space between words, as quotesRun
// reads them: a token of punctuation alone ("|", "—", ">") goes on with
// the run, a port or a count is one of its words. latinRuns, which the
// pasted message's other rules read, ends a run at either.
func typedRuns(q string) []string { return wordRuns(q, true) }
