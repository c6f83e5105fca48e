package answer

// pastedCommonWeight is the general-English weight (see english.txt) under
// which a word of the output a Russian question pastes is common English:
// "failed" 9.14, "connect" 8.73, "host" 8.99, "permission" 10.47,
// "database" 10.95, "fatal" 11.04, "transactions" 11.2, "vacuumed" 11.69;
// "ssh" 13.94, "unreachable" 14.65 and codes weigh more. Measured on the
// Russian tuning sets: 11 fixes s15-ru's refusal alone, 12 and 14 s13-ru's
// too, none refuses less where it should.
const pastedCommonWeight = 12

// pastedCommon reports whether t, a term of the output a question pastes
// (see pastedText), is common English; coverage asks it of a question
// that asks in Russian words.
// A Russian chapter says in Russian what the output says ("must be
// vacuumed within 10000000 transactions": "перестаёт принимать новые
// транзакции"; "Failed to connect to the host via ssh: Permission denied":
// "подключается по SSH ... ключ"), and quotes only its codes and rare
// terms; the output's common words are found in the book's English
// chapters, never in the section that answers, and are no evidence
// either way.
func pastedCommon(t string, e wordWeights) bool {
	return e.weight(t) < pastedCommonWeight
}
