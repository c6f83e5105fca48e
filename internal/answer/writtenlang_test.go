package answer

import (
	"testing"
	"testing/fstest"
)

// TestWrittenLanguage: the language a thing is written in is answered
// where a passage names a programming language, not by passages that tell
// who wrote it and in which language it is configured.
func TestWrittenLanguage(t *testing.T) {
	book := func(wrote string) fstest.MapFS {
		return fstest.MapFS{"nginx.md": {Data: []byte(`# Nginx

## A sysadmin at Rambler

Igor Sysoev, a system administrator at Rambler, ` + wrote + ` in 2002 for the programming needs of a busy portal. Its configuration language is declarative, and every server block is written in it.
`)}}
	}
	for _, tt := range []struct {
		wrote, q string
		want     bool
	}{
		{"wrote nginx", "what programming language is nginx written in", false},
		{"wrote nginx", "на каком языке написан nginx?", false},
		{"wrote nginx", "who wrote nginx and when", true},
		{"wrote nginx in C", "what programming language is nginx written in", true},
		{"wrote nginx in C", "на каком языке написан nginx?", true},
	} {
		wantCovered(t, New(bookIndex(t, book(tt.wrote)), Options{}), tt.q, tt.want)
	}
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"what language are they porting the typescript compiler to?", true},
		{"which languge was the very first redis prototype written in before the c version", true},
		{"под какой лицензией systemd и на каком языке он написан?", true},
		{"на чём написан терраформ", true},
		{"which language did hejlsberg lead at microsoft before ts", false},
		{"на каком языке запросов работал самый первый POSTGRES", false},
	} {
		if got := asksWrittenLanguage(tt.q); got != tt.want {
			t.Errorf("asksWrittenLanguage(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"The first prototype was written in Tcl.", true},
		{"сервер написан на C, а клиенты на Go", true},
		{"It was rewritten in C.", true},
		{"Rated C-level by the ABC board", false},
		{"a sysadmin wrote it for his own servers", false},
	} {
		if got := languageNameRe.MatchString(tt.text); got != tt.want {
			t.Errorf("languageNameRe.MatchString(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
