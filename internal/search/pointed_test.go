package search

import (
	"maps"
	"slices"
	"testing"
	"testing/fstest"
)

func TestPointedNames(t *testing.T) {
	tests := []struct {
		name string
		q    string
		hits []Hit
		want []string
	}{
		{"a pointer to one member", "how many workers, better than os.cpus().length?", []Hit{
			{Heading: "os.cpus()", Text: "Use os.availableParallelism() for this purpose.", Score: 2},
		}, []string{"os.availableparallelism"}},
		{"a member the question writes", "is os.availableParallelism() better than os.cpus()?", []Hit{
			{Heading: "os.cpus()", Text: "Use os.availableParallelism() for this purpose.", Score: 2},
		}, nil},
		{"a member a hit's heading names", "how many workers?", []Hit{
			{Heading: "os.cpus()", Text: "Use os.availableParallelism() for this purpose.", Score: 2},
			{Heading: "os.availableParallelism()", Text: "Returns an estimate of the parallelism.", Score: 1},
		}, nil},
		{"a pointer to a flag", "FATAL ERROR: Reached heap limit. how do I give node more memory", []Hit{
			{Heading: "--heapsnapshot-near-heap-limit=max_count", Text: "See also `--max-old-space-size`.", Score: 2},
		}, []string{"--max-old-space-size"}},
		{"a variant of a flag the question writes", "can I start the debugger later than with --inspect", []Hit{
			{Heading: "V8 inspector integration", Text: "Use --inspect-brk to break before user code starts.", Score: 2},
		}, nil},
		{"a call with arguments, a word's call", "how do I stop it?", []Hit{
			{Heading: "Timers", Text: "Call clearTimeout() or timeout.close(5000).", Score: 2},
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := slices.Sorted(maps.Keys(pointedNames(tt.q, tt.hits)))
			if !slices.Equal(got, tt.want) {
				t.Errorf("pointedNames = %v, want %v", got, tt.want)
			}
		})
	}
	// A hit naming several members splits its share among them.
	names := pointedNames("how does it spread connections", []Hit{
		{Heading: "How it works", Text: "Workers are spawned with child_process.fork(); each calls server.listen().", Score: 2},
		{Heading: "os.cpus()", Text: "Use os.availableParallelism() for this purpose.", Score: 1},
	})
	if got, want := names["server.listen"], pointedShare*2/2; got != want {
		t.Errorf("server.listen scores %v, want %v (the share split in two)", got, want)
	}
	if got, want := names["os.availableparallelism"], urgedShare*1; got != want { // "Use ...", urged.go
		t.Errorf("os.availableparallelism scores %v, want %v", got, want)
	}
}

// TestPointedMemberFound: a question whose words only a member's pointer
// shares finds the member's entry.
func TestPointedMemberFound(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	page := `<html><head><title>OS | Docs</title></head><body>
<h2 id="os">OS</h2><p>The os module tells about the operating system.</p>
<h3 id="oscpus"><code>os.cpus()</code></h3><p>Returns the logical CPU cores. os.cpus().length should not be used to size a pool of workers. Use os.availableParallelism() for this purpose.</p>
<h3 id="osavailableparallelism"><code>os.availableParallelism()</code></h3><p>Returns an estimate of the default amount of parallelism a program should use.</p>
<h3 id="osloadavg"><code>os.loadavg()</code></h3><p>Returns the load averages of the operating system.</p>
<h3 id="ostotalmem"><code>os.totalmem()</code></h3><p>Returns the total memory of the system.</p>
</body></html>`
	refresh(t, ix, fstest.MapFS{"os.html": {Data: []byte(page)}})
	q := "how big should my pool of workers be, something better than the cpu count?"
	hits := search(t, ix, q, 2)
	if !slices.Contains(ids(hits), "os#osavailableparallelism") {
		t.Errorf("Search(%q) = %v, want os#osavailableparallelism in the first 2", q, ids(hits))
	}
}

func TestPointedCallsAndFlags(t *testing.T) {
	tests := []struct {
		text         string
		calls, flags []string
	}{
		{"Use os.availableParallelism() for this purpose.", []string{"os.availableparallelism"}, nil},
		{"Call clearTimeout(), timeout.close(5000) or .foo.bar(); see 1.5() and a.b.c().", []string{"a.b.c"}, nil},
		{"Run `node --max-old-space-size=1536 index.js` or --inspect-brk-; not a--b, ---x or --X.", nil, []string{"--max-old-space-size", "--inspect-brk"}},
		{"--watch()", nil, []string{"--watch"}},
	}
	for _, tt := range tests {
		if got := pointedCalls(tt.text); !slices.Equal(got, tt.calls) {
			t.Errorf("pointedCalls(%q) = %q, want %q", tt.text, got, tt.calls)
		}
		if got := pointedFlags(tt.text); !slices.Equal(got, tt.flags) {
			t.Errorf("pointedFlags(%q) = %q, want %q", tt.text, got, tt.flags)
		}
	}
}
