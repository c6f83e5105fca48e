package answer

// A Russian reader calls a machine of a cluster a "нода" ("три ноды",
// "на одной ноде", "ноды не видят друг друга"), and a node of a tree
// too ("ttl ноды" of ZooKeeper); a Russian book writes узел, or член of
// a replica set or a cluster ("до 50 членов", "со всех членов
// кластера"). The search leaves the loan as it is: searched as узел too
// (a search.SlangForms entry), it drew other sections of a cluster's
// chapter before the one asked (s16-ru recall@5 0.983 -> 0.967, lead of
// s20-ru and s9-ru one question lower each); so only coverage reads it as
// the book's word, in the passages the search found.

// ruNodeTerm is the analysed loan: "нода", "ноды", "нодах", "ноде".
const ruNodeTerm = "нод"

// ruNodeWords are the book's terms for a node, in all their forms
// ("узлы", "узлов": узл; "членов": член), and no longer word that begins
// like them ("членство", membership).
var ruNodeWords = map[string]bool{"узел": true, "узл": true, "член": true}

// nodeIn returns the term of head or body that writes the loan t as the
// book does, or "" when there is none or t is no such loan.
func nodeIn(t string, head, body map[string]bool) string {
	if t != ruNodeTerm {
		return ""
	}
	return firstTerm(head, body, func(s string) bool { return ruNodeWords[s] })
}
