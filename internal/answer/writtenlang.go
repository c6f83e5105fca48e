package answer

import (
	"regexp"
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// writtenLangRe finds a question that asks which programming language a
// thing is written in: "what programming language is nginx written in",
// "which languge was the first prototype written in", "what language are
// they porting the compiler to", "на каком языке написан сервер", "на
// чём написан". A language asked of anything else ("which language did
// hejlsberg lead", "на каком языке запросов работал POSTGRES") is not
// matched: its answer need not be a programming language's name.
var writtenLangRe = regexp.MustCompile(`(?:^|[^\pL])(?:(?:what|which) (?:programming )?lang\pL*(?: \S+){1,8}? (?:written|implemented|coded|ported|porting|rewritten)|written in (?:what|which) (?:programming )?lang\pL*|на (?:каком|какой) (?:языке|яп)(?: программирования)?(?: \S+){0,8}? (?:написан\pL*|пишут|пишется|реализован\pL*|набросан\pL*|переписа\pL*)|(?:написан\pL*|реализован\pL*|пишут|пишется) на (?:каком|какой) (?:языке|яп)|на ч[её]м (?:\S+ )?(?:написан\pL*|пишут|пишется|реализован\pL*))(?:[^\pL]|$)`)

// languageNames are programming languages as a book writes them, with
// their capitals: a book that tells what a thing is written in names the
// language ("the first prototype was written in Tcl", "написан на C").
var languageNames = strings.Fields(`C C++ C# F# Go Golang Rust Java JavaScript TypeScript Python Ruby Perl PHP Tcl
Erlang Elixir Haskell OCaml Scala Kotlin Swift Lua Lisp Clojure Scheme Pascal Delphi Fortran COBOL Smalltalk
Objective-C Dart Zig Nim Crystal Prolog Julia Groovy Ada Modula-2 Oberon Limbo Simula Eiffel Forth BASIC
assembly assembler Assembly Assembler ассемблер ассемблере Си Джава`)

// languageNameRe finds a language of languageNames written as a word of
// its own: "C" in "written in C," and not in "C-level" or "C.".
var languageNameRe = func() *regexp.Regexp {
	quoted := make([]string, len(languageNames))
	for i, n := range languageNames {
		quoted[i] = regexp.QuoteMeta(n)
	}
	return regexp.MustCompile(`(?:^|[^\pL\pN_+#.-])(` + strings.Join(quoted, "|") + `)(?:[^\pL\pN_+#-]|\.(?:\s|$)|$)`)
}()

// asksWrittenLanguage reports whether query asks which programming
// language a thing is written in (see writtenLangRe).
func asksWrittenLanguage(query string) bool {
	return writtenLangRe.MatchString(strings.ToLower(query))
}

// namesLanguage reports whether a passage of chapter ch among hits (those
// coverage reads) names a programming language: the answer to what a
// thing is written in. A chapter that tells of the thing without naming
// one ("a sysadmin at Rambler wrote nginx for his own servers", for "what
// programming language is nginx written in") answers the other words
// only, which are common ("written", "language") or the subject's name,
// so that the share alone passes it.
func namesLanguage(hits []search.Hit, ch string) bool {
	for _, h := range chapterPassages(hits, ch) {
		if languageNameRe.MatchString(h.Text) {
			return true
		}
	}
	return false
}
