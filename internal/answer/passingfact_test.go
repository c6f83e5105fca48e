package answer

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

// symfonyBook is a history of a PHP framework whose one passage names
// Drupal in passing, in the sentence after the framework's own release,
// followed by say: "" in a book that tells nothing of Drupal's own.
func symfonyBook(say string) fstest.MapFS {
	var b strings.Builder
	b.WriteString("# Symfony: The Documentary\n\n## Components\n\nFabien Potencier released Symfony in 2005 at his company SensioLabs. Its reusable components are used by many other projects, including Laravel and Drupal." + say + "\n\n")
	for i := range 12 {
		fmt.Fprintf(&b, "## Symfony release %d\n\nSymfony release %d shipped new components for routing, forms and the console, and the framework kept its release cycle.\n\n", i, i)
	}
	return fstest.MapFS{"symfony.md": {Data: []byte(b.String())}}
}

// TestUnstatedPassingFact: what a question asks of a name the book writes
// in passing is answered only by a sentence that names it, not by the
// sentence before it, which tells of something else.
func TestUnstatedPassingFact(t *testing.T) {
	e := New(bookIndex(t, symfonyBook("")), Options{})
	tests := []struct {
		q    string
		want bool
	}{
		{"what year was drupal first released and who wrote it", false},
		{"who wrote drupal", false},
		// What the book tells of its own subject, with the name beside it.
		{"what year did fabien potencier release symfony", true},
		{"which projects use the symfony components, drupal too?", true},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
	// A book that tells of the name's release, in the sentence after it.
	e = New(bookIndex(t, symfonyBook(" Drupal itself was first released in 2001 by Dries Buytaert.")), Options{})
	wantCovered(t, e, "what year was drupal first released and who wrote it", true)
}
