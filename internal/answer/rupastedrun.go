package answer

import (
	"slices"
	"strings"
	"unicode"
)

// latinRuns are the runs of three or more words in Latin letters a mostly
// Russian question pastes from a message it asks of ("Error: Unsupported
// argument при вызове своего модуля, откуда это берется?": "error
// unsupported argument"), lower-cased, one space between words. pastes
// reads only a question the pasted words outnumber its Russian ones. Two
// words are most often a name ("Redis Labs", "ClickHouse Cloud", "nginx
// plus"), which the answer's sentences quote because it is their subject:
// read as messages, they lost 15 leads on ten Russian tuning sets.
func latinRuns(q string) []string { return wordRuns(q, false) }

// wordRuns returns the runs of three or more words of q in Latin letters,
// lower-cased, one space between words; typed runs (typedRuns) also take
// in words without letters and step over tokens of punctuation alone, and
// hold a Latin word.
func wordRuns(q string, typed bool) []string {
	var runs, run []string
	latin := 0
	flush := func() {
		if len(run) >= 3 && latin > 0 {
			runs = append(runs, strings.Join(run, " "))
		}
		run, latin = run[:0], 0
	}
	for _, w := range strings.Fields(strings.ToLower(q)) {
		core := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		switch {
		case core == "" && typed:
			continue
		case core != "" && isLatinWord(core):
			latin++
		case typed && core != "" && !strings.ContainsFunc(core, unicode.IsLetter):
		default:
			flush()
			continue
		}
		run = append(run, core)
	}
	flush()
	return runs
}

// isLatinWord reports whether w is written in Latin letters (digits and
// inner punctuation allowed), with at least one letter.
func isLatinWord(w string) bool {
	letter := false
	for _, r := range w {
		switch {
		case unicode.Is(unicode.Latin, r):
			letter = true
		case unicode.IsLetter(r):
			return false
		}
	}
	return letter
}

// quotesRun reports whether text quotes one of runs, word for word.
func quotesRun(text string, runs []string) bool {
	if len(runs) == 0 {
		return false
	}
	joined := " " + strings.Join(lowerCores(text), " ") + " "
	for _, r := range runs {
		if strings.Contains(joined, " "+r+" ") {
			return true
		}
	}
	return false
}

// introOf is the index in cands of the sentence right before c that
// introduces it, a code example or a line ending with ":" ("... прерывает
// запрос с ошибкой вроде:"); -1 when there is none.
func introOf(cands []sentence, c sentence) int {
	j := slices.IndexFunc(cands, func(s sentence) bool { return s.hit == c.hit && s.pos == c.pos-1 })
	if j < 0 || !cands[j].example && !strings.HasSuffix(cands[j].text, ":") {
		return -1
	}
	return j
}
