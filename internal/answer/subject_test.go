package answer

import (
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
