package answer

import (
	"slices"
	"testing"
	"testing/fstest"
)

// buyersBook gives the price Sun paid and no price Oracle paid.
var buyersBook = fstest.MapFS{
	"db.md": {Data: []byte(`# Databases

## Owners

In 2008 Sun bought the Swedish database company for $1 billion. Oracle bought Sun in 2010 and kept the database.
`)},
}

func TestSubjectAnswer(t *testing.T) {
	e := New(bookIndex(t, buyersBook), Options{})
	tests := []struct {
		q    string
		want bool
	}{
		// The only sum is what Sun paid: it does not say what Oracle paid.
		{"how much did oracle pay for sun?", false},
		{"how much did sun pay for the swedish database company?", true},
		{"what year did oracle buy sun?", true},
		// What was bought is named in the clause that names the buyer.
		{"which company bought the swedish database company?", true},
		// A pronoun is no subject to look for.
		{"how much did it cost sun to buy the swedish database company?", true},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
}

func TestSubjectTerm(t *testing.T) {
	e := New(bookIndex(t, buyersBook), Options{})
	c, r := e.cov, e.r
	cue := set(r.Terms(releasedWords + "\n" + firstWords + "\n" + questionWords))
	df := map[string]int{r.Terms("kernel")[0]: 3}
	tests := []struct{ part, want string }{
		{"what year did microsoft ship sql server", r.Terms("microsoft")[0]},
		{"when was the perforce server first released", r.Terms("perforce")[0]},
		{"i was reading about the fork, when did io.js ship", r.Terms("io.js")[0]},
		// Told in more passages than in passing.
		{"when was the kernel first released", ""},
		{"when did it ship", ""},
		{"when was first released", ""},
		// What was done to a name written in passing.
		{"who created redux", r.Terms("redux")[0]},
		{"which company bought plataformatec in the end", r.Terms("plataformatec")[0]},
		{"which typescript version added perforce", r.Terms("perforce")[0]},
		// A common word is no name; a particle ends the verb.
		{"who started the original project", ""},
		{"which version first shipped crypto", ""},
		{"who took over when antirez stepped down", ""},
		{"who is the current lead of the steering group", ""},
		{"which node version was nicknamed hydrogen", ""},
		{"how many colors does the terminal support", ""},
	}
	for _, tt := range tests {
		if got := c.subjectTerm(r, tt.part, cue, df); got != tt.want {
			t.Errorf("subjectTerm(%q) = %q, want %q", tt.part, got, tt.want)
		}
	}
}

// clusterBook writes "shards" and "style system", never "native" or "css",
// "project" in many passages, and FreeBSD in passing in another chapter.
var clusterBook = fstest.MapFS{
	"redis.md": {Data: []byte(`# Redis

## Cluster

Redis 3.0, released in 2015, ships Redis Cluster, which shards data across nodes.

## Engine

Servo's style system later ships in Firefox 57 in November 2017.

## Start

Ann Hobbs began the project as a small prototype in 2009.

## Community

The project grew a community of contributors.

## License

The project is released under a permissive license.

## Modules

The project added modules in version 4.0.

## Fork

A fork of the project appeared in 2024.

## Company

A company sponsors the project.
`)},
	"unix.md": {Data: []byte(`# Unix

## Relatives

Linux shares tools and ideas with FreeBSD.
`)},
}

// A subject the book never writes is named by a rare word of its phrase:
// "native sharding" by "shards", not "the freebsd project" by "project".
func TestSubjectPhraseAnswer(t *testing.T) {
	e := New(bookIndex(t, clusterBook), Options{})
	tests := []struct {
		q    string
		want bool
	}{
		{"when did native sharding ship in redis?", true},
		{"which firefox release got the css style code from servo?", true},
		{"who began the freebsd project as a small prototype in 2009?", false},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
}

func TestSubjectPhrase(t *testing.T) {
	e := New(bookIndex(t, buyersBook), Options{})
	r := e.r
	cue := set(r.Terms(releasedWords + "\n" + firstWords + "\n" + madeWords + "\n" + nameWords + "\n" + questionWords))
	tests := []struct {
		part string
		want []string
	}{
		{"when did native sharding ship in redis", r.Terms("sharding")},
		{"which firefox release got the css style code from servo", r.Terms("style code")},
		{"who started the freebsd project", r.Terms("project")},
		// After an auxiliary the phrase ends at its verb, a cue word: one
		// that is no cue may be the verb itself.
		{"when did oracle buy sun", nil},
		{"how much did oracle pay for sun", nil},
		{"what year did microsoft ship sql server", nil},
		{"who created redux", nil},
	}
	for _, tt := range tests {
		if got := subjectPhrase(r, tt.part, cue); !slices.Equal(got, tt.want) {
			t.Errorf("subjectPhrase(%q) = %q, want %q", tt.part, got, tt.want)
		}
	}
}
