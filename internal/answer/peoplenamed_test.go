package answer

import (
	"github.com/chapterbot/chapterbot/internal/search"
	"strings"
	"testing"
)

// A question for a company is answered by a sentence that names one, not
// by one that names the company's people or the thing a name qualifies.
func TestNamesOtherPeople(t *testing.T) {
	stop := set(strings.Fields("the a an and as it of in after with around had was hired named replaced designed"))
	plain := func(w string) bool { return stop[strings.ToLower(w)] || w == "Kafka" || w == "Jun" }
	rare := func(w string) bool { return strings.Contains(" Kreps Narkhede Dahl Joyent LinkedIn KRaft ", " "+w+" ") }
	known := func(w string) bool { return w == "Kreps" }
	tests := []struct {
		s    string
		want float64
	}{
		// Three people, the last listed after "and" with a first name
		// read as a month.
		{"Jay Kreps, Neha Narkhede and Jun Rao designed Kafka as a distributed commit log.", 0},
		// A surname of a person named nearby, and a person after a word
		// for one, even of a name the question writes.
		{"Kreps named it after the writer Franz Kafka.", 0},
		// A name that qualifies a mode, after an article.
		{"The KRaft mode replaced ZooKeeper with a built-in Raft quorum.", 0},
		{"Around 2010 LinkedIn had dozens of systems.", 1},
		{"In 2010 VMware hired the author.", 1},
		{"Joyent hired Ryan Dahl.", 1},
		{"The company VMware hired the author.", 1},
	}
	for _, tt := range tests {
		if got := namesOther(tt.s, plain, rare, known); got != tt.want {
			t.Errorf("namesOther(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// "which company built kafka?" leads with the company, not with the
// engineers who designed it.
func TestAskCompanyNotPeople(t *testing.T) {
	hits := []search.Hit{{ID: "kafka#problem", ChapterTitle: "Kafka", Heading: "What problem did Kafka solve?", Score: 4,
		Text: "Around 2010 LinkedIn had dozens of systems that each needed the same activity data. Jay Kreps, Neha Narkhede and Jun Rao designed Kafka as a distributed commit log."}}
	wantLead(t, hits, "which company originally built kafka",
		"Around 2010 LinkedIn had dozens of systems that each needed the same activity data. [1]")
}
