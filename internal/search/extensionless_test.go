package search

import (
	"testing"
	"testing/fstest"
)

func TestExtensionless(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"Cannot find module '/app/src/utils' imported from /app/src/index.js -- the file is utils.js", true},
		{"import x from './utils' fails, but utils.mjs is right there", true},
		{"the path /srv/app/config works, config.yaml too", true},
		{"Cannot find module '/app/src/utils' imported from /app/src/index.js", false}, // another file's name
		{"the file is utils.js and './utils.js' loads", false},                         // written with it both times
		{"utils.js exports helpers; see /docs/utils.html", false},                      // no path without one
		{"fetch('http://localhost:3000/api') from api.internal", false},                // not a file's extension
	}
	for _, tt := range tests {
		if got := extensionless(tt.q); got != tt.want {
			t.Errorf("extensionless(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestExtensionlessFound: a question naming a file with its extension and
// a path without it finds the section on extensions, which shares none of
// its other words, before the sections on resolving modules that do.
func TestExtensionlessFound(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	page := `<html><head><title>Modules | Docs</title></head><body>
<h2 id="modules">Modules</h2><p>Node.js loads modules from files.</p>
<h3 id="folders">Folders as modules</h3><p>A folder can be a module: Cannot find module errors are thrown when the folder has no index file.</p>
<h3 id="resolution">Resolution</h3><p>A module imported from another file is resolved relative to the importing file; an import of a missing module throws.</p>
<h3 id="mandatory-file-extensions">Mandatory file extensions</h3><p>An extension must be provided when using the import keyword to resolve relative or absolute specifiers.</p>
<h3 id="caching">Caching</h3><p>Modules are cached after the first time they are loaded.</p>
</body></html>`
	refresh(t, ix, fstest.MapFS{"modules.html": {Data: []byte(page)}})
	q := "Cannot find module '/app/src/utils' imported from /app/src/index.js -- the file is utils.js and it worked with require"
	if hits := search(t, ix, q, 1); len(hits) == 0 || hits[0].ID != "modules#mandatory-file-extensions" {
		t.Errorf("Search(%q) = %v, want modules#mandatory-file-extensions first", q, ids(hits))
	}
}
