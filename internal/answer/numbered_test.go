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

// TestUnwrittenStandard: a standard's name ("x.509") that the book never
// writes is about something else; one it writes is the book's.
func TestUnwrittenStandard(t *testing.T) {
	auth := "# Auth\n\n## Authentication\n\nTurn on authentication with a user name and a password, and give each user a role.\n"
	q := "how do i turn on authentication with a user and a x.509 certificate?"
	for _, tt := range []struct {
		tls  string
		want bool
	}{
		{"", false},
		{"# TLS\n\n## Certificates\n\nA user may authenticate with an X.509 certificate in place of a password.\n", true},
	} {
		book := fstest.MapFS{"auth.md": {Data: []byte(auth)}}
		if tt.tls != "" {
			book["tls.md"] = &fstest.MapFile{Data: []byte(tt.tls)}
		}
		wantCovered(t, New(bookIndex(t, book), Options{}), q, tt.want)
	}
}
