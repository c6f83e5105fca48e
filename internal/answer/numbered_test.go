package answer

import (
	"testing"
	"testing/fstest"
)

// hashBook hashes passwords with scrypt and PBKDF2, and speaks of UTF-8.
var hashBook = fstest.MapFS{
	"crypto.md": {Data: []byte(`# Crypto

## Passwords

Hash passwords with scrypt or PBKDF2 from the crypto module, salted, and store the hash as UTF-8 text.
`)},
}

func TestUnwrittenNumbered(t *testing.T) {
	e := New(bookIndex(t, hashBook), Options{})
	tests := []struct {
		q    string
		want bool
	}{
		// A numbered name the book never writes: another library.
		{"how do i hash passwords with argon2?", false},
		{"can i hash passwords on an esp32 with the crypto module?", false},
		// The book's own, in any case; one written as words in a row.
		{"how do i hash passwords with pbkdf2?", true},
		{"how do i hash passwords with PBKDF2 and store them as utf8?", true},
		// Capitals, a short one, code, and a name it compares with.
		{"how do i hash passwords with ARGON2?", true},
		{"how do i hash passwords with `argon2`?", true},
		{"how do i hash passwords with scrypt, like argon2 does?", true},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
}
