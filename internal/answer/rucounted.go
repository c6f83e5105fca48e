package answer

// countedAbsent is what answerablePart gives for a Russian count whose
// counted thing the chapter's passages never write ("сколько у них
// сотрудников" of a chapter that names no staff): the whole question is
// refused, though another of its asks be answered.
const countedAbsent = -2.0

// ruMaxOwned is the most words after "сколько у" that are read as the
// owner and then what is counted ("у них сотрудников", "у aws провайдера
// скачиваний"); a longer run goes on past what is counted.
const ruMaxOwned = 4

// ruOwnerSkipped returns what a Russian "сколько" counts when it first
// names its owner with "у": the run's last word ("сотрудников" in
// "сколько у них сотрудников", "скачиваний" in "сколько у aws провайдера
// скачиваний"); words unchanged when they do not open with "у", and nil
// when the run is too short or too long to tell the owner from the thing.
func ruOwnerSkipped(words []string) []string {
	if len(words) == 0 || words[0] != "у" {
		return words
	}
	if len(words) < 3 || len(words) > ruMaxOwned {
		return nil
	}
	return words[len(words)-1:]
}
