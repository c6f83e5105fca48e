package answer

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

// passingBook is a reference of many module sections that names npm in one
// passage only, where packages are installed.
func passingBook(steps int) fstest.MapFS {
	var b strings.Builder
	b.WriteString("# Modules\n\n## Installing packages\n\nPackages are installed with npm into the node_modules folder, and the loader reads each package policy from its manifest.\n\n")
	for i := range steps {
		fmt.Fprintf(&b, "## Loader step %d\n\nThe module loader resolves the specifier of step %d against the package exports and caches the module it loads.\n\n", i, i)
	}
	return fstest.MapFS{"modules.md": {Data: []byte(b.String())}}
}

func TestAskedOfPassingName(t *testing.T) {
	e := New(bookIndex(t, passingBook(120)), Options{})
	tests := []struct {
		q    string
		want bool
	}{
		// What is asked of npm is nowhere in a book that names it in passing.
		{"what's npm's package policy for unpublishing", false},
		{"how do i file a name dispute over a package with npm", false},
		// What the book says of it, or of the reader's setup.
		{"which folder does npm install packages into", true},
		{"on a fresh install, which folder does npm install packages into", true},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
}

// A name that a chapter found is titled by is that chapter's subject, however
// few passages write it.
func TestAskedOfTitleName(t *testing.T) {
	book := passingBook(250)
	book["npm.md"] = &fstest.MapFile{Data: []byte("# npm\n\nThe npm registry keeps the package policy its users agree to.\n")}
	e := New(bookIndex(t, book), Options{})
	wantCovered(t, e, "what's npm's package policy for unpublishing", true)
}

// ruToolBook is a Russian chapter of many sections that names the client
// Kazoo in one passage only, among the clients for other languages.
func ruToolBook(steps int) fstest.MapFS {
	var b strings.Builder
	b.WriteString("# Координатор\n\n## Клиенты\n\nКлиенты есть для многих языков: Curator для Java, Kazoo для Python. Блокировку клиент ставит на эфемерном узле.\n\n")
	for i := range steps {
		fmt.Fprintf(&b, "## Шаг %d\n\nКоординатор на шаге %d хранит узел в дереве и отдаёт его клиенту по запросу.\n\n", i, i)
	}
	return fstest.MapFS{"coord.md": {Data: []byte(b.String())}}
}

// TestHowInPassingTool: how to work in a tool the book names in passing
// only is not what the book tells; what it tells of the tool is.
func TestHowInPassingTool(t *testing.T) {
	e := New(bookIndex(t, ruToolBook(120)), Options{})
	tests := []struct {
		q    string
		want bool
	}{
		{"как в kazoo поставить блокировку на эфемерном узле?", false},
		// A phrase of the book's own after "в", and no tool.
		{"на каком узле клиент ставит блокировку?", true},
		{"для каких языков есть клиенты, kazoo для python?", true},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
	// A tool a chapter found is titled by is that chapter's subject.
	book := ruToolBook(120)
	book["kazoo.md"] = &fstest.MapFile{Data: []byte("# Kazoo\n\nKazoo ставит блокировку на эфемерном узле координатора.\n")}
	wantCovered(t, New(bookIndex(t, book), Options{}), "как в kazoo поставить блокировку на эфемерном узле?", true)
}

// A word the book writes, but never beside a name it names in passing, is
// said of something else; written beside the name, it answers.
func TestAskedBesidePassingName(t *testing.T) {
	// npm in one passage, first released in 2010; licences elsewhere.
	book := func(steps int, npmLicence string) fstest.MapFS {
		b := passingBook(steps)
		text := strings.Replace(string(b["modules.md"].Data), "installed with npm", "installed with npm, first released in 2010,", 1)
		b["modules.md"] = &fstest.MapFile{Data: []byte(text)}
		b["licences.md"] = &fstest.MapFile{Data: []byte("# Licences\n\n## Package licences\n\nEvery package manifest names its license, and the loader copies that license into the lockfile.\n" + npmLicence)}
		return b
	}
	e := New(bookIndex(t, book(120, "")), Options{})
	wantCovered(t, e, "what license is npm released under", false)
	// npm in 2 passages of 253: still in passing.
	e = New(bookIndex(t, book(250, "\n## The npm client\n\nThe npm client is released under the Artistic License 2.0.\n")), Options{})
	wantCovered(t, e, "what license is npm released under", true)
}
