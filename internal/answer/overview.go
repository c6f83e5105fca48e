package answer

import "strings"

// overviewWeight scales the sentences of a chapter's overview (its text
// before the first section: a hit whose ID has no "#") in the answer to a
// question that asks how, why or what happens rather than for a fact. An
// overview says what the chapter's subject is and what it is for ("Nginx
// ... — веб-сервер, обратный прокси и балансировщик нагрузки"), sharing
// the words of any question about it; the way or the reason is in a
// section. A who, when or what-is question keeps it whole: the overview
// often names the author, the year or the definition.
const overviewWeight = 0.7

// overviewed reports whether the sentences of the hit with ID id are a
// chapter's overview that the question of kind k gives less weight to.
func overviewed(k kind, id string) bool {
	return !factual(k) && overview(id)
}

// overview reports whether the section with ID id is a chapter's
// overview, its text before the first section: the chapter's bare slug,
// with no "#anchor".
func overview(id string) bool {
	return !strings.Contains(id, "#")
}
