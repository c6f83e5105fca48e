package answer

// askedNames are the terms whose names answer no who or which-company
// question on a chapter: the question's own (qterms) and the chapter's
// own subject, its title and tags. Every clause of the chapter is about
// its subject, and a sentence that opens with it ("Node.js value today is
// the combination of runtime, npm, framework landscape") names no one who
// made npm: "who created npm originally?" is answered by a name the
// chapter gives beside its own.
func askedNames(qterms map[string]bool, title clause) map[string]bool {
	return union(qterms, title.terms)
}
