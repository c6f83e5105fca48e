package answer

import (
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A Russian sentence of a lower section that only shares the question's
// words loses a share of its score; one that gives what the question asks
// for, and any of the top section, keep theirs; under a chapter overview
// at the top nothing changes.
func TestWordsOnlyLead(t *testing.T) {
	hits := []search.Hit{{ID: "ru-git#как-работает-ядро-linux"}, {ID: "ru-git#откуда-взялся-git"}, {ID: "ru-git#как-работает-ядро-linux"}}
	top := sentence{hit: 0, text: "Разработчики готовят патчи командой git format-patch, отправляют их в рассылки через git send-email.", score: 0.269}
	tests := []struct {
		name string
		hits []search.Hit
		c    sentence
		want float64
	}{
		{"words only, lower section", hits, sentence{hit: 1, text: "До 2002 года ядро Linux обходилось без системы контроля версий в привычном смысле.", score: 0.294}, 0.294 * wordsOnlyWeight},
		{"with a fit, lower section", hits, sentence{hit: 1, text: "Патчи присылают командой git send-email.", score: 0.294, fit: 0.4}, 0.294},
		{"words only, top section", hits, sentence{hit: 2, text: "Ядро до сих пор живёт во многом по-почтовому.", score: 0.294}, 0.294},
		{"overview at the top", []search.Hit{{ID: "ru-git"}, hits[1]}, sentence{hit: 1, text: "До 2002 года ядро Linux обходилось без системы контроля версий.", score: 0.294}, 0.294},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cands := []sentence{top, tt.c}
			wordsOnlyLead(cands, tt.hits)
			if got := cands[1].score; got != tt.want {
				t.Errorf("%q: score %v, want %v", tt.c.text, got, tt.want)
			}
			if cands[0].score != top.score {
				t.Errorf("top's score %v, want it kept at %v", cands[0].score, top.score)
			}
		})
	}
	// The sentence that only shares more words no longer leads.
	cands := []sentence{top, tests[0].c}
	wordsOnlyLead(cands, hits)
	if cands[1].score > cands[0].score {
		t.Errorf("%q leads over the top section's %q", cands[1].text, top.text)
	}
}
