package answer

// followShare is the least share of the best sentence's score that the
// sentence after it needs to lead in its place (see followLead).
const followShare = 0.8

// followGain is how far that sentence is put above the best one.
const followGain = 1.01

// followLead lets the sentence right after the best one lead in its place
// for an English question of no particular kind (not who, when, what is,
// why, how many ...: "is kubernetes overkill for a tiny team with two
// services?", "how do other pods find my app if pod ips keep changing?")
// or one that asks which ("which older vcs did torvalds hold up as the
// example of what not to do?": "He pointed to CVS ..." after "Linus
// Torvalds wanted a distributed tool ...") or a way to do something
// ("how can i make unhandled promise rejections only print a warning
// ...": "To change the way Node.js treats unhandled rejections, use the
// --unhandled-rejections command-line option." after "By default,
// promise rejections that are not handled terminate the Node.js
// process ..."), when it comes right after it in the same passage, is no list item, and
// scores nearly as well (followShare). A passage often opens on the
// setting the question already names ("Every pod gets its own IP address,
// but pods come and go.", "Kubernetes pays off with many services,
// several teams and a need for portability.") and answers in its next
// sentence ("A Service gives a set of pods one stable virtual IP and DNS
// name ...", "For a small team with a few services, a managed platform or
// serverless offering is often cheaper to run."). Past a passage's first
// sentence the next one must also hold a question term the best one
// lacks: otherwise the best one's own words ("As an example, let's say we
// want to implement Display on Vec<T>, which the orphan rule prevents
// ...") answer as well (tuning sets, lead: with that test everywhere the
// sample book's two above stay; without it anywhere "can I implement
// Display for Vec<T>?" loses its orphan rule; a list item led "http.Agent:
// is keepAlive on by default?" with "Default: false.", keepAlive's own
// item below the prose that answers it).
func followLead(k kind, cands []sentence, qterms map[string]float64) {
	if k != kindOther && k != kindWhich && k != kindHow {
		return
	}
	best := -1
	for i := range cands {
		if best < 0 || cands[i].score > cands[best].score {
			best = i
		}
	}
	if best < 0 || best+1 >= len(cands) {
		return
	}
	prev, c := &cands[best], &cands[best+1]
	// The way out of the question's problem is the answer (remedylead.go).
	if prev.remedy || !c.joined || c.entry || c.hit != prev.hit || c.score < followShare*prev.score || prev.score <= 0 {
		return
	}
	if prev.pos == 0 || addsTerm(c, prev, qterms) {
		c.score = followGain * prev.score
	}
}

// addsTerm reports whether c holds a question term that prev lacks.
func addsTerm(c, prev *sentence, qterms map[string]float64) bool {
	for t := range c.terms {
		if qterms[t] > 0 && !prev.terms[t] {
			return true
		}
	}
	return false
}
