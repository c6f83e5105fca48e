package answer

// siblingClauses returns the clauses of a Russian sentence (cls, cut from
// text) next to clause i
// that state no answer of their own (typed[j] false): a sentence's answer
// holds for the clauses around it up to the next one that gives another
// ("В мае 2025 года в Redis 8.0 добавили лицензию AGPLv3, и проект снова
// стал открытым": the date is when it became open again; "не отправляет
// ack, а через 30 минут канал закрывается": the thirty minutes are how long
// the broker waits for the ack). Russian puts a comma before every "а",
// "и", "но" that joins two clauses, so the cut at one says less of where a
// fact ends than it does in English, where a clause after ", and" states
// a fact of its own as often as not ("..., such as Next.js, and Create
// React App was deprecated in 2025"): an English sentence has none.
func siblingClauses(text string, cls []clause, typed []bool, i int) []clause {
	if scriptOf(text) != scriptCyrillic {
		return nil
	}
	var out []clause
	for j := i - 1; j >= 0 && !typed[j]; j-- {
		out = append(out, cls[j])
	}
	for j := i + 1; j < len(cls) && !typed[j]; j++ {
		out = append(out, cls[j])
	}
	return out
}
