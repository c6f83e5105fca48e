package answer

import (
	"testing"
	"testing/fstest"
)

// packagesRef is a reference chapter whose sections give their versions
// in a history table or an "Added in" line, as Node's do.
var packagesRef = fstest.MapFS{"packages.md": {Data: []byte(`# Node.js modules: packages

## Conditional exports

| Version | Changes |
| --- | --- |
| v13.7.0, v12.16.0 | Unflag conditional exports. |
| v13.2.0, v12.16.0 | Add support for conditional exports. |

Conditional exports provide a way to map to different paths depending on certain conditions. They are supported for both CommonJS and ES module imports, with require() and import.

## module.syncBuiltinESMExports()

Added in: v12.12.0

The module.syncBuiltinESMExports() method updates all the live bindings for builtin ES Modules to match the properties of the CommonJS exports.

## ERR_REQUIRE_ESM

An attempt was made to require() an ES Module from a CommonJS module.
`)}}

// TestFeatureSince: the version a feature came in is answered by a
// version stated of that feature (its own "Added in" line, or a row or
// sentence naming it), not by the version of a section that names
// something else, nor by a part of a longer name ("syncBuiltinESMExports"
// is no ESM).
func TestFeatureSince(t *testing.T) {
	e := New(bookIndex(t, packagesRef), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"in which node version did require() of esm become unflagged", false},
		{"since which node version can require() load an es module", false},
		{"in which node version did conditional exports become unflagged", true},
		{"since which node version are conditional exports supported", true},
		// The feature named before the version is asked.
		{"can require() load an es module? which node version added it", true},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
	for _, tt := range []struct {
		phrase, want string
	}{
		{"crypto.randomuuid? need to know if our older boxes have it", "crypto.randomuuid"},
		{"i call diagnostics_channel.subscribe(name, fn) directly instead of a channel", "i call diagnostics_channel.subscribe(name, fn) directly"},
		{"require() load an es module without err_require_esm", "require() load an es module"},
		{"an unhandled rejection crash the process, and can i undo it", "an unhandled rejection crash the process"},
	} {
		if got := featureEnd(tt.phrase); got != tt.want {
			t.Errorf("featureEnd(%q) = %q, want %q", tt.phrase, got, tt.want)
		}
	}
}
