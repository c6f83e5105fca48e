package search

import (
	"slices"
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
		{"import './utils' fails with ERR_MODULE_NOT_FOUND but require('./utils') worked", true},
		{"why does `import x from '../lib/db'` fail in esm", true},
		{"await import('./plugin') throws", true},
		{"import './utils.js' works", false},         // the extension is written
		{"import lodash from 'lodash' fails", false}, // a package, not a path
		{"require('./utils') works", false},          // require needs none
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

// TestRelativeImportFound: a question importing a relative path without an
// extension finds the section on file extensions, which shares none of its
// words but "import", among the entries on the error and on require that
// share many (without the rule it came last, after the chapter's intro).
func TestRelativeImportFound(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	page := `<html><head><title>Modules | Docs</title></head><body>
<h2 id="modules">Modules</h2><p>Node.js loads modules from files.</p>
<h3 id="requireextensions">require.extensions</h3><p>Instruct require on how to handle certain file extensions. Deprecated.</p>
<h3 id="err_module_not_found">ERR_MODULE_NOT_FOUND</h3><p>A module file could not be resolved by the ECMAScript modules loader while attempting an import operation.</p>
<h3 id="requireid">require(id)</h3><p>Used to import modules, JSON, and local files. Relative paths like ./utils are resolved against the directory of the file calling require.</p>
<h3 id="mandatory-file-extensions">Mandatory file extensions</h3><p>A file extension must be provided when using the import keyword to resolve relative or absolute specifiers.</p>
</body></html>`
	refresh(t, ix, fstest.MapFS{"modules.html": {Data: []byte(page)}})
	q := "import './utils' fails with ERR_MODULE_NOT_FOUND but require('./utils') worked fine, why"
	if got := ids(search(t, ix, q, 4)); !slices.Contains(got, "modules#mandatory-file-extensions") {
		t.Errorf("Search(%q) = %v, want modules#mandatory-file-extensions among the first four", q, got)
	}
}
