package answer

// nextShare is the share of the match of the sentence before c that c,
// which comes right after it, gets: nextWeight, or all of it for an
// English "how do I" question when c tells the reader what to do in
// words ("So send pings ...", "you can ...") and the sentence before only
// states the problem, with neither such words nor code ("Proxies close
// connections that stay idle for about a minute."): the step answers,
// the problem restates the question. A Russian "why" or "how" question
// gives it all when the sentence before gives neither a reason nor a way
// (see ruRestates), a little more when c tells what to do (tieShare).
func nextShare(k kind, q string, prev, c *sentence) float64 {
	if k == kindHow && scriptOf(q) != scriptCyrillic && instructRe.MatchString(c.text) && instructs(withCode(*prev)) == 0 {
		return 1
	}
	if ruRestates(k, q, prev) {
		if remedies(c) {
			return tieShare
		}
		return 1
	}
	return nextWeight
}
