package answer

import (
	"regexp"
	"strings"
)

// ruPathQRe finds a Russian question for an address, a path or a
// directory, which it asks with the word that asks for one of several
// things ("какой url вебхука прописать", "в какой каталог класть юниты",
// "какой путь у конфига"): a URL or a path is the value, as a number is
// to "какой порт" (ruport.go), not a name in Latin letters.
var ruPathQRe = regexp.MustCompile(`(?i)(?:^|[^\pL])как(?:ой|ого|ом|ую|ая|ие|их|им|ими) (?:url|урл\pL*|адрес\pL*|пут(?:ь|и|ём)|каталог\pL*|директори\pL*|папк\pL*)(?:[^\pL]|$)`)

// pathRe finds a path or a URL in a sentence: a URL with its scheme
// ("https://jenkins.example.com/github-webhook/"), an absolute or home
// path of two parts or more ("/etc/systemd/system/", "~/.ssh/config",
// "/github-webhook/"), or a relative one of three ("target/debug/app",
// ".git/refs/heads/main"). A lone "/etc" only names the tree, and "TCP/IP"
// or "и/или" is no path.
var pathRe = regexp.MustCompile(`\b[a-z][a-z0-9+.-]*://\S+|(?:^|[\s(«"'` + "`" + `])(?:~|\.{1,2})?/[\w.-]+/[\w.*-]*|(?:^|[\s(«"'` + "`" + `])[\w.-]*\pL[\w.-]*/[\w.-]+/[\w.*-]+`)

// ruPathWeight scales the fit of a sentence that gives a path or a URL for
// a Russian question that asks where a file goes or lies ("куда класть
// свой юнит файл", "где лежит jenkins_home") or which address to use
// (ruPathQRe): such a question asks for the path, which a sentence that
// only tells of the files lacks.
const ruPathWeight = 0.5

// pathFit scores whether s gives a path or a URL that question q does not
// write itself: 1 or 0.
func pathFit(q, s string) float64 {
	lq := strings.ToLower(q)
	for _, m := range pathRe.FindAllString(s, -1) {
		p := strings.TrimRight(strings.TrimLeft(m, " \t\n(«\"'`"), ".,;:)»\"'`")
		if !strings.Contains(lq, strings.ToLower(p)) {
			return 1
		}
	}
	return 0
}
