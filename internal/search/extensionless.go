package search

import (
	"regexp"
	"strings"
)

// Paths without their extension. A reader who writes a file's name with
// its extension ("utils.js") and a path that names the same file without
// it ('/app/src/utils', "./utils") asks why that path does not find the
// file: "Error [ERR_MODULE_NOT_FOUND]: Cannot find module '/app/src/utils'
// imported from /app/src/index.js -- the file is utils.js and it worked
// with require". What answers is written under the file extension (esm's
// "Mandatory file extensions": "A file extension must be provided when
// using the import keyword"), a word the question never writes, while the
// error's own entry and every page on resolving modules share its other
// words. So such a question is searched with extensionWord too. So is a
// question that imports a relative path without an extension ("import
// './utils' fails with ERR_MODULE_NOT_FOUND but require('./utils') worked
// fine, why"): an ES module's import must write the extension, which is
// what the reader runs into, though no file name with one is written. The
// words are those of "file extension", as a book names the rule: with
// "extension" alone, the entries on require.extensions and on extensions
// in subpaths, which hold the word in their headings, came before it.
//
// Measured on the Node.js reference, recall@5: nodedoc-heldout 0.700 ->
// 0.714, s6 0.808 -> 0.825, s13 0.750 -> 0.758, s14 0.792 -> 0.808, s15
// 0.808 -> 0.817, s16 0.767 -> 0.783, s17 0.877 -> 0.893, s20 0.750 ->
// 0.767 (esm's "Mandatory file extensions" into the top 5 for the pasted
// ERR_MODULE_NOT_FOUND each time); nothing else moved. Relative imports
// and "file extension" (recall@5): s10 0.842 -> 0.850, s19 0.783 -> 0.800,
// s23 0.892 -> 0.908 (see the commit for every figure).

// extensionWord are the words a path without its extension is searched
// with.
const extensionWord = "file extension"

// namedFileRe finds file names with an extension: the name (group 1) and
// the extension (group 2), lower case or not.
var namedFileRe = regexp.MustCompile(`([A-Za-z_][\w-]*)\.([A-Za-z0-9]{1,5})\b`)

// barePathRe finds a path's last part written without an extension: a
// name after a slash (group 1), followed by a quote, a bracket, a space or
// the end, not by a dot.
var barePathRe = regexp.MustCompile("/([A-Za-z_][\\w-]*)(?:['\"`)\\s,]|$)")

// relativeImportRe finds a relative path an import statement or call
// names without an extension: "import './utils'", "import x from
// '../lib/db'", "import('./plugin')".
var relativeImportRe = regexp.MustCompile("\\b(?:import|from)\\s*\\(?\\s*['\"`]\\.{1,2}/(?:[\\w-]+/)*[\\w-]+['\"`]")

// extensionless reports whether q writes a path without an extension and
// the same file's name with one (an extension of fileExtensions), or
// imports a relative path without one (relativeImportRe).
func extensionless(q string) bool {
	if relativeImportRe.MatchString(q) {
		return true
	}
	if !strings.Contains(q, "/") || !strings.Contains(q, ".") {
		return false
	}
	bare := barePathRe.FindAllStringSubmatch(q, -1)
	if len(bare) == 0 {
		return false
	}
	named := map[string]bool{}
	for _, m := range namedFileRe.FindAllStringSubmatch(q, -1) {
		if fileExtensions[strings.ToLower(m[2])] {
			named[m[1]] = true
		}
	}
	for _, m := range bare {
		if named[m[1]] {
			return true
		}
	}
	return false
}
