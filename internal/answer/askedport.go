package answer

import "regexp"

// portQRe finds where a question asks which port: "what port does rails s
// listen on by default", "which port does chrome devtools attach to",
// "whats the default port of the kubernetes api server".
var portQRe = regexp.MustCompile(`(?:^|[^\pL\pN])(?:which|what)(?:'s| is|s| was)? (?:\S+ ){0,2}?ports?(?:[^\pL\pN]|$)`)

// askedPort returns the terms of "port" when part asks which port, nil
// otherwise. A book gives a port beside the word ("wss:// runs over TLS on
// port 443", "--inspect[=[host:]port]" heading the 9229 it defaults to),
// as what a "how many" question counts (see countedTerms): another number
// of the subject's passages is a version or a date ("Django 5.0 in
// December 2023 adds ... default values" for "what port does the django
// dev server listen on by default").
func askedPort(r Retriever, part string) []string {
	if !portQRe.MatchString(part) {
		return nil
	}
	return r.Terms("port")
}
