package answer

import "regexp"

// whichMakerRe finds a "which" question for who made something, asked by
// the kind of maker: "which studio made the node.js documentary film",
// "which company made that node documentary film?".
var whichMakerRe = regexp.MustCompile(`^(?:(?:by|from) )?which \pL+(?: \pL+)? (?:made|makes|created|creates|produced|produces|shot|filmed|directed|released|published)(?:[^\pL\pN]|$)`)

// asksMaker reports whether q, a question of kind k, asks "which" maker
// made something: about a work (workRe), it is answered like "who made
// the node.js documentary?", by the studio that opens a sentence
// ("Honeypot captures the engineering history of Node.js") rather than
// by any name a sentence holds ("... far beyond the browser, in
// JavaScript").
func asksMaker(k kind, q string) bool {
	return k == kindWhich && whichMakerRe.MatchString(normalQuestion(q))
}
