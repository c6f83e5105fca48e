package answer

import (
	"regexp"
	"slices"
	"strings"
)

// latinCodeRe is a product's short code written in Latin letters: a few
// letters and a number ("s3", "ec2", "l1", "ext4"). A "v" and a number is
// a version ("v18"), which versionGap reads; four digits and more are an
// error's code ("E0499").
var latinCodeRe = regexp.MustCompile(`^(?i:[a-uw-z][a-z]{0,2}|v[a-z]{1,2})\d{1,2}$`)

// exampleWords introduce an example of what a Russian question names in
// general words ("объектное хранилище типа s3"): the example is not what
// it asks about.
var exampleWords = []string{"типа", "вроде", "наподобие"}

// latinCode reports whether fields[j], the Latin word word of a Russian
// question, is a short code (see latinCodeRe) that the question names
// rather than gives as an example: a Russian reader writes a general idea
// in Russian, so such a code names a product ("бэкап в s3"), a part ("кэш
// L1") or a format ("ext4"), as a Latin word does (see foreignWord), and a
// book that never writes it is about something else.
func latinCode(fields []string, j int, word string) bool {
	if !latinCodeRe.MatchString(word) {
		return false
	}
	return j == 0 || !slices.Contains(exampleWords, strings.ToLower(bareWord(fields[j-1])))
}
