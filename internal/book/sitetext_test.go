package book

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// outlineRow is one section of a chapter, compared in site-text tests: its
// anchor, level, line, trail below the title, and the first four words of
// its text ("" when the heading has nothing under it).
type outlineRow struct {
	Anchor string
	Level  int
	Line   int
	Trail  string
	Start  string
}

func outlineRows(ch Chapter) []outlineRow {
	var rows []outlineRow
	for _, s := range ch.Sections[1:] {
		w := strings.Fields(s.Text)
		rows = append(rows, outlineRow{s.Anchor, s.Level, s.Line, strings.Join(s.Trail[1:], " > "), strings.Join(w[:min(4, len(w))], " ")})
	}
	return rows
}

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestParseSiteText(t *testing.T) {
	tests := []struct {
		file     string
		title    string
		subtitle string
		source   []string
		related  []Related
		intro    string // the intro's first paragraph
		sections []outlineRow
	}{
		{
			// The layout of the book's Node.js page, line for line, reworded.
			file:     "site/nodejs-documentary.txt",
			title:    "Node.js: The Documentary",
			subtitle: "How a small runtime turned JavaScript into a language for servers and realtime systems",
			source:   []string{"Book cube", "Documentary review from Alexander Polomodov"},
			related: []Related{
				{"TypeScript: The Documentary", "it shows how growth of the JavaScript ecosystem raised the role of typing in Node services."},
				{"React.js: The Documentary", "it covers the frontend half of the same landscape, where Node often serves as the API layer and the tooling."},
				{"Elixir: The Documentary", "it offers a contrasting backend model: the Node event loop against Elixir actors and OTP."},
				{"WebSocket protocol", "it adds the transport context for realtime work, a classic strength of Node.js."},
				{"Kubernetes: The Documentary", "it covers the platform where Node.js services are usually deployed, scaled and observed."},
			},
			intro: "How a small runtime turned JavaScript into a language for servers and realtime systems",
			sections: []outlineRow{
				{"practical-value-of-this-chapter", 2, 4, "Practical value of this chapter", "Design in practice: Connect"},
				{"what-is-the-film-about", 2, 18, "What is the film about?", "The film follows Node.js"},
				{"why-nodejs-appeared", 2, 21, "Why Node.js appeared", ""},
				{"thread-per-request-pain", 3, 22, "Why Node.js appeared > Thread-per-request pain", "At the end of"},
				{"bet-on-an-event-driven-runtime", 3, 24, "Why Node.js appeared > Bet on an event-driven runtime", "Node.js offered a small"},
				{"key-technical-ideas", 2, 26, "Key technical ideas", ""},
				{"an-io-first-execution-model", 3, 27, "Key technical ideas > An I/O-first execution model", "Node.js does well where"},
				{"event-loop-as-an-architectural-trade-off", 3, 29, "Key technical ideas > Event loop as an architectural trade-off", "One event loop makes"},
				{"npm-as-a-velocity-multiplier", 3, 31, "Key technical ideas > npm as a velocity multiplier", "Small reusable modules speed"},
				{"one-language-across-frontend-and-backend", 3, 33, "Key technical ideas > One language across frontend and backend", "JavaScript and TypeScript on"},
				{"key-milestones", 2, 35, "Key milestones", ""},
				{"first-nodejs-releases", 3, 36, "Key milestones > First Node.js releases", "Ryan Dahl publishes the"},
				{"npm-appears", 3, 38, "Key milestones > npm appears", "npm becomes the accelerator"},
				{"production-adoption-grows", 3, 40, "Key milestones > Production adoption grows", "Node.js leaves the experimental"},
				{"iojs-fork", 3, 42, "Key milestones > io.js fork", "Disputes over release pace"},
				{"reunification-and-governance-reset", 3, 44, "Key milestones > Reunification and governance reset", "Node.js and io.js merge"},
				{"openjs-foundation", 3, 46, "Key milestones > OpenJS Foundation", "Node.js moves under the"},
				{"nodejs-the-documentary-premieres", 3, 48, "Key milestones > Node.js: The Documentary premieres", "Honeypot releases a film"},
				{"nodejs-24-krypton", 3, 50, "Key milestones > Node.js 24 (Krypton)", "Version 24 comes out"},
				{"nodejs-18-hydrogen-reaches-eol", 3, 52, "Key milestones > Node.js 18 (Hydrogen) reaches EOL", "Version 18 reaches end"},
				{"how-the-platform-evolved", 2, 54, "How the platform evolved", ""},
				{"from-one-maintainer-to-global-community", 3, 55, "How the platform evolved > From one maintainer to global community", "The project moved from"},
				{"release-lines-and-lts-discipline", 3, 57, "How the platform evolved > Release lines and LTS discipline", "A predictable release rhythm"},
				{"foundation-backed-standardization", 3, 59, "How the platform evolved > Foundation-backed standardization", "Foundation support made governance"},
				{"ecosystem-value-beyond-runtime", 3, 61, "How the platform evolved > Ecosystem value beyond runtime", "The value of Node.js"},
				{"people-and-roles-in-nodejs-history", 2, 63, "People and roles in Node.js history", ""},
				{"what-matters-for-system-design", 2, 64, "What matters for system design", ""},
				{"architecture-must-match-workload-shape", 3, 65, "What matters for system design > Architecture must match workload shape", "Node.js is strong for"},
				{"latency-depends-on-event-loop-hygiene", 3, 67, "What matters for system design > Latency depends on event-loop hygiene", "One slow synchronous path"},
				{"governance-is-part-of-technical-risk", 3, 69, "What matters for system design > Governance is part of technical risk", "The io.js episode shows"},
				{"reliability-lives-above-runtime", 3, 71, "What matters for system design > Reliability lives above runtime", "Production systems still need"},
				{"how-to-apply-nodejs-ideas-today", 2, 73, "How to apply Node.js ideas today", ""},
				{"common-pitfalls", 2, 74, "Common pitfalls", ""},
				{"recommendations", 2, 75, "Recommendations", ""},
				{"references", 2, 76, "References", ""},
			},
		},
		{
			// A short subtitle (it looks like a heading), a source description
			// that is a sentence, a prose section after cards, a list, and
			// related chapters split by an en dash.
			file:     "site/postgresql-documentary.txt",
			title:    "PostgreSQL: The Documentary",
			subtitle: "From a Berkeley research project to the default open database",
			source:   []string{"Book cube", "A history review written for the chapterbot test book."},
			related: []Related{
				{"MySQL: The Documentary", "it shows a different path for an open-source database, shaped by a single company."},
				{"Kubernetes: The Documentary", "it covers operators that run PostgreSQL clusters on a container platform."},
				{"Kafka: The Documentary", "it adds change data capture, where the write-ahead log becomes a stream of events."},
			},
			intro: "From a Berkeley research project to the default open database",
			sections: []outlineRow{
				{"practical-value-of-this-chapter", 2, 3, "Practical value of this chapter", "Design in practice: Choose"},
				{"what-is-the-story-about", 2, 15, "What is the story about?", "The story follows PostgreSQL"},
				{"where-postgresql-came-from", 2, 18, "Where PostgreSQL came from", ""},
				{"life-after-ingres", 3, 19, "Where PostgreSQL came from > Life after Ingres", "Michael Stonebraker started the"},
				{"sql-replaces-quel", 3, 21, "Where PostgreSQL came from > SQL replaces QUEL", "In 1994 Andrew Yu"},
				{"key-technical-ideas", 2, 23, "Key technical ideas", ""},
				{"multiversion-concurrency-control", 3, 24, "Key technical ideas > Multiversion concurrency control", "Readers never block writers:"},
				{"write-ahead-logging", 3, 26, "Key technical ideas > Write-ahead logging", "Every change is first"},
				{"extensibility-as-a-design-goal", 3, 28, "Key technical ideas > Extensibility as a design goal", "Types, operators, index methods"},
				{"key-milestones", 2, 30, "Key milestones", ""},
				{"the-postgresql-name", 3, 31, "Key milestones > The PostgreSQL name", "In 1996 the project"},
				{"mvcc-arrives", 3, 33, "Key milestones > MVCC arrives", "Version 6.5 in 1999"},
				{"write-ahead-log", 3, 35, "Key milestones > Write-ahead log", "Version 7.1 in 2001"},
				{"windows-and-point-in-time-recovery", 3, 37, "Key milestones > Windows and point-in-time recovery", "Version 8.0 in 2005"},
				{"built-in-replication", 3, 39, "Key milestones > Built-in replication", "Version 9.0 in 2010"},
				{"jsonb", 3, 41, "Key milestones > JSONB", "Version 9.4 in 2014"},
				{"logical-replication-and-new-numbering", 3, 43, "Key milestones > Logical replication and new numbering", "Version 10 in 2017"},
				{"why-vacuum-exists", 2, 45, "Why vacuum exists", "Old row versions stay"},
				{"what-matters-for-system-design", 2, 49, "What matters for system design", ""},
				{"long-transactions-are-expensive", 3, 50, "What matters for system design > Long transactions are expensive", "An idle transaction holds"},
				{"upgrades-are-a-project", 3, 52, "What matters for system design > Upgrades are a project", "A new major version"},
				{"replication-is-not-a-backup", 3, 54, "What matters for system design > Replication is not a backup", "A replica copies mistakes"},
				{"checklist-for-a-new-postgresql-service", 2, 56, "Checklist for a new PostgreSQL service", "- Set statement and"},
				{"common-pitfalls", 2, 60, "Common pitfalls", ""},
				{"recommendations", 2, 61, "Recommendations", ""},
				{"references", 2, 62, "References", ""},
			},
		},
		{
			// Blank lines between blocks, no practical value, no subtitle, a
			// source of one line directly above a question heading.
			file:   "site/kafka-documentary.txt",
			title:  "Kafka: The Documentary",
			source: []string{"Engineering history notes"},
			related: []Related{
				{"PostgreSQL: The Documentary", "it explains the write-ahead log that change data capture tools stream into Kafka."},
				{"Kubernetes: The Documentary", "it covers running stateful brokers on a container platform."},
			},
			intro: "Kafka changed how companies move data between systems: instead of wiring every service to every other one, teams write events once to a durable log and let anyone read them later, at their own pace.",
			sections: []outlineRow{
				{"what-problem-did-kafka-solve", 2, 11, "What problem did Kafka solve?", "Around 2010 LinkedIn had"},
				{"core-ideas", 2, 17, "Core ideas", ""},
				{"topics-and-partitions", 3, 19, "Core ideas > Topics and partitions", "A topic is split"},
				{"consumers-keep-their-own-offsets", 3, 23, "Core ideas > Consumers keep their own offsets", "A consumer remembers how"},
				{"consumer-groups", 3, 27, "Core ideas > Consumer groups", "Within a group every"},
				{"retention-and-compaction", 3, 31, "Core ideas > Retention and compaction", "Records are kept for"},
				{"milestones", 2, 35, "Milestones", ""},
				{"open-source-at-apache", 3, 37, "Milestones > Open source at Apache", "LinkedIn released Kafka as"},
				{"replication", 3, 41, "Milestones > Replication", "Version 0.8 in 2013"},
				{"connect-and-streams", 3, 45, "Milestones > Connect and Streams", "Kafka Connect arrived with"},
				{"exactly-once-semantics", 3, 49, "Milestones > Exactly-once semantics", "Version 0.11 in 2017"},
				{"life-without-zookeeper", 3, 53, "Milestones > Life without ZooKeeper", "The KRaft mode replaced"},
				{"running-kafka-in-production", 2, 57, "Running Kafka in production", "Partition count is a"},
				{"log-or-queue", 2, 63, "Log or queue?", "A classic message queue"},
				{"what-matters-for-system-design", 2, 69, "What matters for system design", ""},
				{"design-keys-before-topics", 3, 71, "What matters for system design > Design keys before topics", "The record key decides"},
				{"schemas-are-a-contract", 3, 75, "What matters for system design > Schemas are a contract", "Producers and consumers evolve"},
				{"backpressure-comes-for-free", 3, 79, "What matters for system design > Backpressure comes for free", "Because records wait on"},
				{"replication-settings-decide-durability", 3, 83, "What matters for system design > Replication settings decide durability", "A producer that waits"},
				{"people-behind-kafka", 2, 87, "People behind Kafka", ""},
				{"common-pitfalls", 2, 89, "Common pitfalls", ""},
				{"references", 2, 91, "References", ""},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			file := strings.TrimPrefix(tt.file, "site/")
			ch := mustParse(t, file, string(readTestdata(t, tt.file)))
			intro, _, _ := strings.Cut(ch.Sections[0].Text, "\n\n")
			got := []any{ch.Format, ch.Title, ch.Subtitle, ch.Source, ch.Related, ch.Lang, intro, len(ch.Warnings)}
			want := []any{FormatSiteText, tt.title, tt.subtitle, tt.source, tt.related, "en", tt.intro, 0}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("format, title, subtitle, source, related, lang, intro, warnings (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.sections, outlineRows(ch)); diff != "" {
				t.Errorf("sections (-want +got):\n%s", diff)
			}
			for _, s := range ch.Sections {
				if s.Heading == "Related chapters" || strings.Contains(s.Text, "The Documentary - ") || s.Heading == "Source" {
					t.Errorf("section %q holds the related list or the source", s.ID)
				}
			}
		})
	}
}

func TestParseSiteTextLayoutOrNot(t *testing.T) {
	tests := []struct {
		name, src string
		format    string
		title     string
		headings  []string // Heading of every section after the intro, "level:heading"
	}{
		{
			name:   "paragraphs that mention a source are plain text",
			src:    "Notes\n\nWe read it twice.\n\nSource\n\nAn old book.\n",
			format: FormatText, title: "Notes",
		},
		{
			name:   "Source on the first line has no title above",
			src:    "Source\nBook cube\nIntro\nText.\n- A - b\n",
			format: FormatText, title: "Source",
		},
		{
			name:   "prose above Source is no title",
			src:    "One long sentence ends here.\nAnother sentence ends here.\nSource\nBook cube\nHeading\nText.\n",
			format: FormatText, title: "One long sentence ends here.",
		},
		{
			name:   "one block a line with a title over Source",
			src:    "An intro paragraph.\nMy Chapter\nSource\nNotes\nFirst part\nIts text.\nSecond part\nMore text.\n",
			format: FormatSiteText, title: "My Chapter",
			headings: []string{"2:First part", "2:Second part"},
		},
		{
			name:   "related chapters without a list is a heading",
			src:    "My Chapter\nSource\nNotes\nPart\nText.\nRelated chapters\nNone yet.\nPractical value\nText.\n- Other - why\n",
			format: FormatSiteText, title: "My Chapter",
			headings: []string{"2:Part", "2:Related chapters", "2:Practical value"},
		},
		{
			name:   "a card needs one paragraph; a list or two make a section",
			src:    "My Chapter\nSource\nNotes\nA review.\nGroup\nCard one\nText.\nCard two\nText.\nSteps\n- one\n- two\nAfter steps\nText.\nProse\nOne.\nTwo.\nNot a card\nText.\n",
			format: FormatSiteText, title: "My Chapter",
			headings: []string{"2:Group", "3:Card one", "3:Card two", "2:Steps", "2:After steps", "2:Prose", "2:Not a card"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ch := mustParse(t, "c.txt", tt.src)
			var headings []string
			for _, s := range ch.Sections[1:] {
				headings = append(headings, fmt.Sprintf("%d:%s", s.Level, s.Heading))
			}
			got := []any{ch.Format, ch.Title, headings}
			want := []any{tt.format, tt.title, tt.headings}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("format, title, headings (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseOneLongSectionWarns(t *testing.T) {
	words := func(n int) string { return strings.TrimSpace(strings.Repeat("word ", n)) + "." }
	tests := []struct {
		name, file, src, want string
	}{
		{"long plain text", "c.txt", "Title\n\n" + words(300) + "\n\n" + words(301), "c.txt: 601 words of plain text in one section, so answers can cite only the whole chapter: write it as Markdown with headings, or keep the website's export layout"},
		{"long Markdown without headings", "c.md", "# Title\n\n" + words(501), "c.md: 501 words in one section, so answers can cite only the whole chapter: no headings were found"},
		{"short plain text", "c.txt", "Title\n\n" + words(500), ""},
		{"long Markdown with headings", "c.md", "# Title\n\n" + words(400) + "\n\n## Part\n\n" + words(400), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ch := mustParse(t, tt.file, tt.src)
			var got []string
			for _, w := range ch.Warnings {
				got = append(got, w.Error())
			}
			if strings.Join(got, "\n") != tt.want {
				t.Errorf("warnings = %q, want %q", got, tt.want)
			}
		})
	}
}
