package answer

import (
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A sentence of another section leads when it holds every question term
// the best sentence holds and more, its chapter's title counting, and is
// better both in its match and in its fit; any other keeps its score.
func TestDominantLead(t *testing.T) {
	hits := []search.Hit{{ID: "redis#redis-cluster"}, {ID: "redis#потоки"}, {ID: "redis#redis-cluster"}}
	qterms := map[string]float64{"верс": 1.4, "редис": 1.3, "стрим": 2.0, "появ": 0}
	titles := []map[string]bool{{"редис": true}, {"редис": true}, {"редис": true}}
	best := sentence{hit: 0, text: "Redis Cluster вышел в версии 3.0 в апреле 2015 года.", terms: set([]string{"верс", "редис"}), base: 0.61, fit: 0.79, score: 2.06}
	tests := []struct {
		name string
		c    sentence
		lead bool
	}{
		{"holds more, better on both", sentence{hit: 1, text: "Тип Stream появился в версии 5.0 в 2018 году.", terms: set([]string{"верс", "стрим", "появ"}), base: 0.72, fit: 0.86, score: 1.95}, true},
		{"lacks a term the best holds", sentence{hit: 1, text: "Потоки появились в 2018 году.", terms: set([]string{"стрим"}), base: 0.72, fit: 0.86, score: 1.95}, false},
		{"holds only a weightless term more", sentence{hit: 1, text: "Версия 5.0 появилась в 2018 году.", terms: set([]string{"верс", "появ"}), base: 0.72, fit: 0.86, score: 1.95}, false},
		{"fits no better", sentence{hit: 1, text: "Тип Stream есть в версии 5.0.", terms: set([]string{"верс", "стрим"}), base: 0.72, fit: 0.79, score: 1.95}, false},
		{"matches no better", sentence{hit: 1, text: "Тип Stream появился в версии 5.0 в 2018 году.", terms: set([]string{"верс", "стрим"}), base: 0.6, fit: 0.86, score: 1.95}, false},
		{"of the best's own section", sentence{hit: 2, text: "Потоки в кластере есть с версии 5.0 (2018).", terms: set([]string{"верс", "стрим"}), base: 0.72, fit: 0.86, score: 1.95}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cands := []sentence{best, tt.c}
			dominantLead(cands, hits, qterms, titles)
			if got := cands[1].score > cands[0].score; got != tt.lead {
				t.Errorf("%q leads: %v (score %v against %v), want %v", tt.c.text, got, cands[1].score, cands[0].score, tt.lead)
			}
			if cands[0].score != best.score {
				t.Errorf("best's score %v, want it kept at %v", cands[0].score, best.score)
			}
		})
	}
}
