package answer

// A name of names.txt that a passage holds beside none of the question's
// other words is a passing mention (see share). Beside only its common
// words it is one too, for a Russian question: a chapter on nginx that
// names Linux where it tells the C10K problem, beside "память", does not
// answer "как ограничить память для процесса в линуксе?"; an SSH chapter
// whose reader "гоняет git" in a "файл" does not answer "как в git
// отменить последний коммит но оставить изменения в файлах". A name so
// mentioned is then missing from the passages, and the chapter must write
// it throughout to cover the question (chaptername.go).

// maxCommonWeight is the most a word of a Russian question may weigh (see
// coverage.weight) and still say nothing of what a passage that holds it
// is about: "файл" (5.6), "память" (8.8), "драйвер" (9.5) are written in
// any chapter on software; "микроядро" (13.1) or a code ("c10k", capped
// at codeWeight) is not. Russian weights come from small lists that end at
// 13.08; English ones run to 16.19, and an English question is not read
// this way (at this bar, "from what date did new github repos start on
// main rather than master?" lost GitHub beside "date" and "main").
const maxCommonWeight = 10

// onlyCommonBeside reports whether the terms a passage holds beside term t
// (has: the question's terms it holds, each with its spelling there) are
// all common words of the question (maxCommonWeight).
func (c coverage) onlyCommonBeside(t string, has map[string]string) bool {
	for u := range has {
		if u != t && c.weight(u) >= maxCommonWeight {
			return false
		}
	}
	return true
}
