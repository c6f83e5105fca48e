package answer

import "regexp"

// ruPortQRe finds a Russian question for a port: "какой порт у веб-морды
// по дефолту?", "на каких портах слушает etcd?". A port is a number, as
// "which port" is to the English kinds (numberRe), but Russian asks it
// with the word that asks for one of several things ("какой"), whose fit
// looks for a name in Latin letters: "rabbitmq_management: веб-интерфейс"
// names one, "15672 — веб-интерфейс" gives the port.
var ruPortQRe = regexp.MustCompile(`(?i)(?:^|[^\pL])как(?:ой|ого|ом|ие|их|им|ими) порт\pL*`)

// asidesRe finds a parenthesised aside: "Несколько процессов Sentinel (по
// умолчанию на порту 26379) следят за ведущим сервером" gives Sentinel's
// port in passing, not the server's.
var asidesRe = regexp.MustCompile(`\([^()]*\)`)

// portFit is how well s, a sentence of a Russian text, gives the port a
// Russian question q asks for, 0 to 1 (see hasNumber): a number outside
// its asides.
func portFit(q, s string) float64 {
	return hasNumber(asidesRe.ReplaceAllString(s, " "), q)
}
