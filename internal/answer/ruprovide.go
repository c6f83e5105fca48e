package answer

import "regexp"

// ruProvideRe finds a Russian sentence that names what there is for a
// purpose: "Для этого в Ansible есть утилита ansible-vault", "Для больших
// файлов есть спецификация GridFS", "для этого есть UNLINK". It is how
// Russian technical prose most often tells the way to do a thing, with
// no verb of doing or using that ruInstructRe would find: the purpose,
// then "есть" and the means. The purpose is a phrase of a few words
// before the verb, within the clause.
var ruProvideRe = regexp.MustCompile(`(?i)(?:^|[^\pL])для [^.,:;!?]{1,60}?[^\pL](?:есть|существует|существуют|имеется|имеются)(?:[^\pL]|$)`)

// provides reports whether s names the means there is for a purpose (see
// ruProvideRe).
func provides(s string) bool {
	return ruProvideRe.MatchString(s)
}
