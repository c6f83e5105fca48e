package answer

import "github.com/chapterbot/chapterbot/internal/search"

// roleShare is the weight of the subject terms w of a question asking who
// holds a role now that a clause naming someone holds (held), as
// namesHolder counts it: the question's own names do not name the role.
// A product or company of names.txt the question writes is the reader's
// guess at the holder or what the role is held in ("who owns berkeley db
// today, did oracle buy it"): a clause that names Oracle beside Sun is
// about Oracle, not about who owns Berkeley DB, and counts none of it. A
// Latin word as rare as a surname ("russ", "cox", "containerd") counts
// only beside a word of the role itself: "Ian Lance Taylor and Russ Cox
// join the effort" names people beside Russ Cox, not who leads the team
// "after russ cox stepped down"; "Docker donates containerd to the Cloud
// Native Computing Foundation" tells who holds containerd now.
func (c coverage) roleShare(w map[string]float64, held func(string) bool) float64 {
	var role, names float64
	for t, x := range w {
		switch {
		case c.names[t] != nil || !held(t):
		case !search.IsCyrillic(t) && c.weight(t) >= surnameWeight:
			names += x
		default:
			role += x
		}
	}
	if role == 0 {
		return 0
	}
	return role + names
}
