package answer

import "regexp"

// firstPlaceRe finds "in the first place", which says a question asks of
// an origin ("who actually came up with rust in the first place?"), not of
// something first or of a place. It is searched for as "originally": its
// own words found "... justified choosing Rust in the first place" before
// the section on how Rust began.
var firstPlaceRe = regexp.MustCompile(`(?i)\bin the first place\b`)

// withoutFirstPlace is q without "in the first place", as its sentences
// are chosen: read as the subject's words, "first" and "place" let "the
// first kernel with ... Rust" name a person of the subject better than
// "Graydon Hoare started Rust".
func withoutFirstPlace(q string) string {
	return firstPlaceRe.ReplaceAllString(q, " ")
}
