package answer

import "regexp"

// enPronounRe finds an English sentence that opens with a pronoun standing
// for what the sentence before it names, after a time it sets at most:
// "In January 2014 they gave up the title" (Holovaty and Kaplan-Moss, the
// sentence before), "It took three weeks, but the new version had about
// 1,500 lines" (the rewrite), "He later left Google".
var enPronounRe = regexp.MustCompile(`^(?i:(?:(?:in|on|by|at|from|after|before|since|until|during|around|within|later|then|soon|eventually)\b[^,.;:]{0,30}?,?\s+)?(?:he|she|it|it's|it’s|they|his|her|its|their))(?:[^\pL\pN'’]|$)`)

// expletiveRe finds the "it" that stands for nothing: "It is also
// possible to supply a custom port", "It's common for ...". Read as the
// sentence before's subject, it let that hint lead over the default port
// asked for (s13-nodedoc).
var expletiveRe = regexp.MustCompile(`^(?i:it(?:'s|’s|\s+is|\s+was)\s+(?:\pL+\s+)?\pL+\s+(?:to|that|for)\b)`)

// pronounKinds are the kinds of an English question whose fit weighs a
// person, date or number by the share of the subject its sentence holds:
// a sentence that gives it of a subject it names by a pronoun holds the
// subject (see pronounHolds). Read for any kind, a pronoun's sentence of
// another passage led over the answers to "what is permessage-deflate",
// "what was the name of google's internal cluster manager that k8s is
// basically descended from" and more: eleven English, site and nodedoc
// sets lost a lead. Without expletiveRe, "It is also possible to supply a
// custom port ..." led for "which port does node listen on for the
// debugger by default when i pass --inspect" (s13-nodedoc).
func pronounKind(k kind) bool {
	return k == kindWho || k == kindWhen || k == kindNumber
}
