package answer

import (
	"strings"
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A "who made X" question leads with the people its chapter dates first,
// though that sentence names neither X nor a making verb, over one that
// names X and a person of its later story.
func TestFirstMakerLead(t *testing.T) {
	vexilo := func(id, heading string, score float64, text string) search.Hit {
		return search.Hit{ID: "vexilo-documentary#" + id, ChapterTitle: "Vexilo: The Documentary", Heading: heading, Score: score, Text: text}
	}
	hits := []search.Hit{
		vexilo("why-the-name", "Why the name", 1,
			"Vexilo is named after Oskar Vexilonen, the Finnish chess player of Lapp origin who played with Boris Spassky. The project still keeps his portrait."),
		vexilo("the-funding", "The funding", 0.9,
			"In 2011 the Vandermeer Foundation started funding a small Vexilo team around Mara Okonkwo, Henrik Vestergaard and Lucia Ferreyra."),
		vexilo("two-developers", "Two developers", 0.5,
			"In 2004 two developers at the paper, Mara Okonkwo and Tariq Haddad, grew tired of building every site by hand. They began writing reusable code."),
	}
	for _, tt := range []struct{ q, want string }{
		{"who created vexilo", "In 2004 two developers at the paper"},
		{"who actually wrote vexilo?", "In 2004 two developers at the paper"},
		// A part of the chapter's subject has its own makers.
		{"who came up with the vexilo chess portrait", "Vexilo is named after"},
	} {
		wantLead(t, hits, tt.q, tt.want)
	}
}

func TestAgentOpens(t *testing.T) {
	pairs := func(words []string) []int {
		return namePairs(words, func(w string) bool { return false }, func(w string) bool { return true })
	}
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Misko Hevery and Adam Abrons started GetAngular in 2009 as a side project.", true},
		{"In 1994 Rasmus Lerdorf, a programmer born in Greenland, wrote a small set of CGI programs.", true},
		{"In 2003 two web developers at the paper, Adrian Holovaty and Simon Willison, grew tired of it.", true},
		{"Весной 1991 года Линус Торвальдс, студент Хельсинкского университета, купил ПК.", true},
		{"Erlang had been created at Ericsson in 1986 by Joe Armstrong, Robert Virding and Mike Williams.", false},
		{"В 2011 году Сысоев ушёл из Rambler и вместе с Максимом Коноваловым основал компанию.", false},
	} {
		if got := agentOpens(tt.s, pairs); got != tt.want {
			t.Errorf("agentOpens(%q) = %v, want %v", strings.TrimSpace(tt.s), got, tt.want)
		}
	}
}
