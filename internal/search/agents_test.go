package search

import (
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

func TestMemberVerb(t *testing.T) {
	for h, want := range map[string]string{
		"util.parseArgs([config])":                    "parse",
		"fs.watchFile(filename[, options], listener)": "watch",
		"emitter.emit(eventName[, ...args])":          "", // one part
		"Class: fs.FSWatcher":                         "", // a name, whole
		"Consuming readable streams":                  "",
	} {
		if got := memberVerb(h); got != want {
			t.Errorf("memberVerb(%q) = %q, want %q", h, got, want)
		}
	}
}

func TestAgentVerbs(t *testing.T) {
	verbs := map[string]bool{"pars": true, "watch": true, "emit": true, "write": true}
	got := agentVerbs([]string{"parser", "watcher", "emitter", "writer", "server", "listen", "timer"}, verbs)
	want := map[string]string{"parser": "pars", "watcher": "watch", "emitter": "emit", "writer": "write"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("agentVerbs (-want +got):\n%s", diff)
	}
}

// agentsBook is a small reference whose util.parseArgs() entry says
// "parsing", never "parser", while a flag's entry says "parser".
func agentsBook(title string) fstest.MapFS {
	sections := `<h3 id="utilparseargsconfig"><code>util.parseArgs([config])</code></h3>
<p>Provides a higher level API for command-line argument parsing than interacting with process.argv directly.</p>
<h3 id="max-http-header-size"><code>--max-http-header-size=size</code></h3>
<p>Specifies the maximum size, in bytes, of HTTP headers the HTTP parser accepts.</p>
`
	for _, f := range []string{"inspect", "format", "inherits", "promisify", "deprecate", "types"} {
		sections += `<h3 id="` + f + `"><code>util.` + f + `()</code></h3>
<p>Sets ` + f + ` for the process.</p>
`
	}
	return fstest.MapFS{
		"util.html": {Data: []byte(`<html><head><title>` + title + ` | Docs</title></head><body><h1>` + title + `</h1>
<h2 id="util">Util</h2><p>Utility functions.</p>
` + sections + `</body></html>`)},
	}
}

func TestSearchFindsAgentNounsVerb(t *testing.T) {
	for _, tt := range []struct {
		title, want string
	}{
		{"Util", "util#utilparseargsconfig"},
		// A chapter titled with the noun is the book's own subject: the
		// noun is searched as itself only.
		{"Util and HTTP parser", "util#max-http-header-size"},
	} {
		t.Run(tt.title, func(t *testing.T) {
			ix := openIndex(t, t.TempDir(), Options{})
			refresh(t, ix, agentsBook(tt.title))
			hits := ids(search(t, ix, "is there a builtin argv parser so i dont need yargs", 3))
			if len(hits) == 0 || hits[0] != tt.want {
				t.Errorf("hits %v: want %s first", hits, tt.want)
			}
		})
	}
}
