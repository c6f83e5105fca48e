package answer

import "unicode"

// readerValue reports whether term is a value the reader gives rather than
// a word of what they ask: a number, alone or with its unit or its dots
// ("5432", "::1", "5s", "4gb", "127.0.0.1"), as a port, an address, a
// timeout or a size is written. A name with a digit in it ("ipv6",
// "sha256", "http2") starts with a letter and is no value. The book states
// its values otherwise (a default, a range, another example), so a value
// that no passage holds is no evidence either way.
func readerValue(term string) bool {
	for _, c := range term {
		return unicode.IsDigit(c)
	}
	return false
}
