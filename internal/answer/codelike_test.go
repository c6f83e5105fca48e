package answer

import "testing"

// TestLooksLikeCode: punctuation and code tokens make a line code; the
// digits of dates and versions in a sentence do not ("Версия 1.0.0 вышла
// 12 апреля 2011 года." was dropped as code, so no answer could hold its
// date).
func TestLooksLikeCode(t *testing.T) {
	for s, want := range map[string]bool{
		"Версия 1.0.0 вышла 12 апреля 2011 года.":         false,
		"12 апреля 2011 — версия 1.0.0.":                  false,
		"Node.js 0.1.0 shipped on 27 May 2009.":           false,
		"const server = http.createServer(handler);":      true,
		"fs.readFile(path, (err, data) => cb(err, data))": true,
		"if (x) { return y }":                             true,
		"$$ -- ## :: [] (( )) 12":                         true,
		// Prose quoting code, its backticks gone: the answer to "в какой
		// версии завезли lightweight transactions" was dropped as code.
		"Для случаев, когда нужна настоящая атомарная проверка, в версии 2.0 появились легковесные транзакции (lightweight transactions, IF NOT EXISTS, IF column = ...).": false,
		"let total_price = price * quantity // sum of what the customer ordered today": true,
		"let total = price * quantity; // the total of the order.":                     true,
		"при RF = 3 кворум равен 2, при RF = 5 — 3.":                                   true,
	} {
		if got := looksLikeCode(s); got != want {
			t.Errorf("looksLikeCode(%q) = %v, want %v", s, got, want)
		}
	}
}
