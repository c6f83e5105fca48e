package search

import (
	"context"
	"strings"
)

// Agent nouns. Porter leaves "parser" whole while it cuts "parse" and
// "parsing" to pars, so a question asking for a "cli argv parser" misses
// util.parseArgs(), whose entry says "parse" and "parsing" but never
// "parser". A blanket "-er noun is its verb" rule would also read "server"
// as serve and "corner" as corn; so on a reference book only, a query term
// that is an agent noun ("parser", "watcher", "emitter", "writer") is also
// searched as its verb when that verb opens a compound member name the
// book gives an entry of (parseArgs, watchFile, emitWarning, writeFile):
// the book's own API then says the noun's action is that verb. On the
// Node.js reference it also reads "runner" as run (runInContext) and
// "timer" as time (console.timeEnd), which cost MRR on seven Node sets; a
// noun a chapter is titled with ("Timers", "Test runner") is the book's own
// subject and is left as it is (see untitled).

// memberVerbs are the analysed first parts of the compound member names
// of the book's entry headings ("parse" of util.parseArgs(), "watch" of
// fs.watchFile()): none when the book is no API reference.
func (ix *Index) memberVerbs(g *generation) map[string]bool {
	g.verbsOnce.Do(func() {
		if !g.isReference() {
			return
		}
		g.verbs = map[string]bool{}
		for _, c := range g.man.Chapters {
			for _, s := range c.Sections {
				if v := memberVerb(s.Heading); v != "" {
					for _, t := range ix.Terms(v) {
						g.verbs[t] = true
					}
				}
			}
		}
	})
	return g.verbs
}

// memberVerb is the first part of the member name heading h starts with
// when that member is a compound of parts ("parse" of "util.parseArgs([config])"),
// empty otherwise.
func memberVerb(h string) string {
	m := headingNameRe.FindStringSubmatch(strings.TrimSpace(h))
	if m == nil {
		return ""
	}
	name := m[1]
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	parts := identifierSplit([]byte(name), nil)
	if len(parts) < 2 {
		return ""
	}
	return name[parts[0][0]:parts[0][1]]
}

// agentVerbs maps each term of terms that is an agent noun (ends in "er")
// to the verb of verbs it is the agent of: "parser" to pars, "watcher" to
// watch, "emitter" to emit, "writer" to write.
func agentVerbs(terms []string, verbs map[string]bool) map[string]string {
	var out map[string]string
	for _, t := range terms {
		if len(t) < 5 || !strings.HasSuffix(t, "er") {
			continue
		}
		base := t[:len(t)-2]
		cands := []string{base, t[:len(t)-1]}
		if n := len(base); n > 2 && base[n-1] == base[n-2] {
			cands = append(cands, base[:n-1])
		}
		for _, v := range cands {
			if verbs[v] {
				if out == nil {
					out = map[string]string{}
				}
				out[t] = v
				break
			}
		}
	}
	return out
}

// untitled is agents less the nouns some chapter title holds: the book has
// a chapter of that noun ("Timers", "Test runner"), whose own word finds
// it, while its verb (time, run) would find every entry that times or runs.
func (g *generation) untitled(ctx context.Context, agents map[string]string) (map[string]string, error) {
	for t := range agents {
		n, err := g.fieldDF(ctx, t, fieldTitle)
		if err != nil {
			return nil, err
		}
		if n > 0 {
			delete(agents, t)
		}
	}
	return agents, nil
}
