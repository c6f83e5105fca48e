package answer

import (
	"testing"
	"testing/fstest"
)

// versionBook gives versions of its subject, in its own words and after
// a word for version, and of no other name.
var versionBook = fstest.MapFS{
	"lantern.md": {Data: []byte(`# Lantern

## Releases

Lantern 2.0 shipped in May 2014 and made the cache shared. The team dropped the old disk format in version 3.1, two years later.

## Plugins

Plugins of Lantern are written in Lua, and Lantern loads them when it starts; the first plugin API came with Harbor 1.2, the build tool.

` + "```js" + `
// Load the first 20 plugins, 8 at a time.
lantern.load(plugins, 8, 20);
` + "```" + `
`)},
}

func TestCoverageVersionGap(t *testing.T) {
	ix := bookIndex(t, versionBook)
	e := New(ix, Options{})
	tests := []struct {
		q    string
		want bool
	}{
		// The versions the book gives, however the question writes them.
		{"when did lantern 2.0 ship?", true},
		{"when did lantern 2 ship?", true},
		{"which disk format did Lantern v3.1 drop?", true},
		// Versions it does not give, of a name it gives versions of: in
		// the name's own words or after a word for version.
		{"when did lantern 4.0 ship?", false},
		{"when did lantern 2.5 make the cache shared?", false},
		{"which disk format did lantern 5 drop?", false},
		// A version of a name the book does not version: the rest of the
		// question decides ("lua" is in the book, "5.4" is not).
		{"are the plugins of lantern written in lua 5.4?", true},
		// A number that is no version: the reader's own, after a word
		// that is no name the book writes.
		{"does lantern load plugins when it starts, I have 12 of them", true},
		// A number the book's code passes is no version of its name.
		{"does lantern 20 load plugins when it starts?", false},
	}
	for _, tt := range tests {
		r, err := e.Retrieve(t.Context(), Question{Text: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		if r.Covered != tt.want {
			t.Errorf("%q: covered = %v (share %.2f), want %v", tt.q, r.Covered, r.Coverage, tt.want)
		}
	}
}

func TestCodeLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"buf1.copy(buf2, 8, 16, 20);", true},
		{"  // buf2.set(buf1.subarray(16, 20), 8);", true},
		{"for (let i = 0; i < 26; i++) {", true},
		{"}", true},
		{"Node.js 20 reaches End-of-Life on April 30, 2026.", false},
		{"Added in: v20.0.0", false},
		{"(released with Node.js 20)", false},
	}
	for _, tt := range tests {
		if got := codeLine(tt.line); got != tt.want {
			t.Errorf("codeLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestVersionNumber(t *testing.T) {
	tests := []struct {
		word, want string
		ok         bool
	}{
		{"20", "20", true}, {"3.0", "3", true}, {"v24", "24", true}, {"18.x", "18", true},
		{"1.0.0", "1", true}, {"18.12", "18.12", true}, {"3.10", "3.10", true},
		{"e0499", "", false}, {"sha256", "", false}, {"1.2gb", "", false},
	}
	for _, tt := range tests {
		got, ok := versionNumber(tt.word)
		if got != tt.want || ok != tt.ok {
			t.Errorf("versionNumber(%q) = %q, %v; want %q, %v", tt.word, got, ok, tt.want, tt.ok)
		}
	}
	for _, tt := range []struct {
		asked, book string
		want        bool
	}{{"4", "4", true}, {"18", "18.12", true}, {"18.12", "18", false}, {"1", "10", false}} {
		if got := sameVersion(tt.asked, tt.book); got != tt.want {
			t.Errorf("sameVersion(%q, %q) = %v, want %v", tt.asked, tt.book, got, tt.want)
		}
	}
}

func TestVersionPairs(t *testing.T) {
	got := versionPairs("(node:5120) Warning: is Node.js 18 ok, or aes-256-gcm on v20? in 2024.")
	want := [][2]string{{"Node.js", "18"}, {"on", "20"}, {"in", "2024"}}
	if len(got) != len(want) {
		t.Fatalf("versionPairs = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("versionPairs = %v, want %v", got, want)
		}
	}
}

// harborBook gives the versions of Harbor, and names Lantern without one.
var harborBook = fstest.MapFS{
	"harbor.md": {Data: []byte(`# Harbor

## Releases

Harbor 1.0 shipped in March 2015. Version 2.0 followed in 2017 with a new storage engine.

## Rivals

Lantern, a rival build tool, was announced in 2018 by Ana Ruiz.
`)},
}

// TestAnswerableVersion: a typed question on a version of a name is
// answered by a clause that gives that version of that name.
func TestAnswerableVersion(t *testing.T) {
	ix := bookIndex(t, harborBook)
	e := New(ix, Options{})
	tests := []struct {
		q    string
		want bool
	}{
		{"when did harbor 1.0 ship?", true},
		// After a word for version, the number is the chapter's own.
		{"when did harbor 2.0 come out?", true},
		// The book dates Lantern and Harbor 1.0, never Lantern 1.0.
		{"when did lantern 1.0 ship?", false},
		{"what year did lantern 2.0 come out?", false},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
}

func TestWritesVersion(t *testing.T) {
	ix := bookIndex(t, harborBook)
	vt := set(ix.Terms(versionWordsList))
	k8s := askedVersion{name: "k8s", number: "1"}
	for _, tt := range []struct {
		text string
		v    askedVersion
		want bool
	}{
		{"Kubernetes 1.0 followed in July 2015", k8s, true},
		{"Version 1.0 followed in July 2015", k8s, true},
		{"shipped in 1.0.1", k8s, true},
		{"Git 1.0 was released in 2005", askedVersion{name: "subversion", number: "1"}, false},
		{"Kubernetes 2.1 followed", k8s, false},
	} {
		if got := writesVersion(ix, tt.text, tt.v, vt); got != tt.want {
			t.Errorf("writesVersion(%q, %v) = %v, want %v", tt.text, tt.v, got, tt.want)
		}
	}
}

// goVersionBook versions Go, a name too short for namesWritten.
var goVersionBook = fstest.MapFS{
	"go.md": {Data: []byte(`# Go

## Releases

With Go 1.5 in August 2015 the compiler is written in Go itself. Generics land with Go 1.18 in March 2022.
`)},
}

func TestCoverageGoVersionGap(t *testing.T) {
	ix := bookIndex(t, goVersionBook)
	e := New(ix, Options{})
	tests := []struct {
		q    string
		want bool
	}{
		{"when did generics land in go 1.18?", true},
		{"what new features came with go 1.20", false},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
}
