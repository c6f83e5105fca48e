package answer

import (
	"context"
	"maps"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/chapterbot/chapterbot/content"
	"github.com/chapterbot/chapterbot/internal/search"
	"github.com/google/go-cmp/cmp"
)

func TestWantedType(t *testing.T) {
	tests := []struct {
		q    string
		want answerType
		part string
	}{
		{"When did LinkedIn open source Kafka?", typeDate, "when did linkedin open source kafka"},
		{"what year did joe armstrong pass away", typeDate, "what year did joe armstrong pass away"},
		{"в каком году вышла первая версия redis?", typeDate, "в каком году вышла первая версия redis"},
		{"когда вышел React?", typeDate, "когда вышел react"},
		{"who created vue.js", typeName, "who created vue.js"},
		{"who are the authors of rfc 6455?", typePerson, "who are the authors of rfc 6455"},
		{"who was the dev that unpublished left-pad?", typePerson, "who was the dev that unpublished left-pad"},
		{"who is the executive director of the cncf", typePerson, "who is the executive director of the cncf"},
		{"who is the lead of the project", typeName, "who is the lead of the project"},
		{"which company bought plataformatec in the end?", typeName, "which company bought plataformatec in the end"},
		{"кто придумал Elixir?", typeName, "кто придумал elixir"},
		// An adverb between the question word and the verb.
		{"who actually wrote redis in the first place?", typeName, "who actually wrote redis in the first place"},
		{"who originally designed go", typeName, "who originally designed go"},
		{"кто вообще придумал прометеус?", typeName, "кто вообще придумал прометеус"},
		{"how many packages are on the npm registry", typeNumber, "how many packages are on the npm registry"},
		{"which k8s version deprecated dockershim? not removed", typeNumber, "which k8s version deprecated dockershim? not removed"},
		{"what port does wss:// use by default", typeNumber, "what port does wss:// use by default"},
		{"сколько всего слотов в кластере redis?", typeNumber, "сколько всего слотов в кластере redis"},
		{"с какой версии postgres работает на windows?", typeNumber, "с какой версии postgres работает на windows"},
		// A clause that sets the question up belongs to it.
		{"if i leave replicas out of a deployment, how many pods does it make?", typeNumber, "if i leave replicas out of a deployment, how many pods does it make"},
		// A second question of another kind leaves the typed first one.
		{"who made elixir and why not just use erlang directly?", typeName, "who made elixir"},
		{"когда запустили атлас и в каких облаках он крутится?", typeDate, "когда запустили атлас"},
		// No date, name or number asked for.
		{"when should I use Arc instead of Rc?", typeAny, ""},
		{"who should use kafka?", typeAny, ""},
		{"what does close code 1006 mean?", typeAny, ""},
		{"how much slower is dyn Trait than generics?", typeAny, ""},
		{"how do I mock a function and check how many times it got called", typeAny, ""},
		{"what is an operator in kubernetes and when did it appear?", typeAny, ""},
		{"кому antirez передал проект, когда уходил?", typeAny, ""},
	}
	for _, tt := range tests {
		got, part, _ := wantedType(tt.q)
		if got != tt.want || part != tt.part {
			t.Errorf("wantedType(%q) = %d, %q; want %d, %q", tt.q, got, part, tt.want, tt.part)
		}
	}
}

// TestWantedTypes: each later typed question after a typed first one is
// an ask of its own, up to one of another kind; a first question of no
// type asks none.
func TestWantedTypes(t *testing.T) {
	tests := []struct {
		q    string
		want []answerType
	}{
		{"когда вышел React?", []answerType{typeDate}},
		{"сколько коммитов в git? когда был первый коммит", []answerType{typeNumber, typeDate}},
		{"who made elixir? when was it released? why not just use erlang? which version added streams?", []answerType{typeName, typeDate}},
		{"who made elixir and why not just use erlang directly?", []answerType{typeName}},
		{"what is an operator in kubernetes and when did it appear?", nil},
		{"how do I mock a function?", nil},
	}
	for _, tt := range tests {
		var got []answerType
		for _, w := range wantedTypes(tt.q) {
			got = append(got, w.want)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("wantedTypes(%q) = %v; want %v", tt.q, got, tt.want)
		}
	}
}

func TestWantedParts(t *testing.T) {
	tests := []struct {
		q    string
		want []wanted
	}{
		// A question after a bare "and" is typed too, on its own words.
		{"which release brought go.mod and how many modules can it hold", []wanted{
			{want: typeNumber, part: "which release brought go.mod"},
			{want: typeNumber, part: "which release brought go.mod and how many modules can it hold"}}},
		{"сколько стоит etcd и когда вышел kafka", []wanted{
			{want: typeMoney, part: "сколько стоит etcd"},
			{want: typeDate, part: "когда вышел kafka"}}},
		// "but" sets the question against what is said before it.
		{"i know 0.11 added transactions, but when did kafka 1.0 come out?", []wanted{
			{want: typeDate, part: "when did kafka 1.0 come out"}}},
	}
	for _, tt := range tests {
		var got []wanted
		for _, w := range wantedTypes(tt.q) {
			got = append(got, wanted{want: w.want, part: w.part})
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("wantedTypes(%q) = %+v; want %+v", tt.q, got, tt.want)
		}
	}
}

func TestClauses(t *testing.T) {
	tests := []struct {
		u    unit
		want []string
	}{
		{unit{text: "It recommends Next.js or React Router, and Create React App was deprecated in 2025."},
			[]string{"It recommends Next.js or React Router", "Create React App was deprecated in 2025."}},
		{unit{text: "Dahl, Schlueter and Joyent; then the foundation — in 2015."},
			[]string{"Dahl, Schlueter and Joyent", "then the foundation", "in 2015."}},
		// In Russian a dash stands for a verb left out: one fact.
		{unit{text: "В 2015 году появился HTTP/2, а в 2023 году в версии 1.25.0 — HTTP/3 поверх QUIC."},
			[]string{"В 2015 году появился HTTP/2", "в 2023 году в версии 1.25.0 — HTTP/3 поверх QUIC."}},
		// A table row or a timeline bullet is one fact.
		{unit{text: "Date: March 2018; Event: Kubernetes graduates", entry: true},
			[]string{"Date: March 2018; Event: Kubernetes graduates"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, clauses(tt.u)); diff != "" {
			t.Errorf("clauses(%q) (-want +got):\n%s", tt.u.text, diff)
		}
	}
}

func TestHoldsType(t *testing.T) {
	r := fakeRetriever{}
	c := coverage{english: englishWeights(), russian: russianWeights}
	tests := []struct {
		want answerType
		s    string
		ok   bool
	}{
		{typeDate, "LinkedIn released Kafka as open source in early 2011", true},
		{typeDate, "version 1.0 followed in November of the same year", true},
		{typeDate, "Redis Cluster вышел в апреле 2015 года", true},
		{typeDate, "Kafka decouples producers from consumers", false},
		{typeNumber, "Around 2010 LinkedIn had dozens of systems", true},
		{typeNumber, "Пространство ключей разбито на 16384 слота", true},
		{typeNumber, "при сбое теряется не больше секунды данных", true},
		// "How many" answered by a single one.
		{typeNumber, "Within a group every partition is read by exactly one member", true},
		{typeNumber, "Каждый раздел читает ровно один участник группы", true},
		// A version given by the sentence before it.
		{typeNumber, "В той же версии добавили списки доступа ACL и протокол RESP3", true},
		{typeNumber, "The same version added transactions", true},
		// A year is no count.
		{typeNumber, "LinkedIn released Kafka in 2011", false},
		{typeName, "Joyent employed Dahl and held the trademark", true},
		{typeName, "the project moved to a foundation", false},
		{typePerson, "2009: Ryan Dahl publishes the first releases", true},
		{typePerson, "The IETF published the protocol as RFC 6455, while the W3C wrote the API", false},
	}
	for _, tt := range tests {
		if got := holdsType(tt.want, tt.s, "", map[string]bool{}, r, c); got != tt.ok {
			t.Errorf("holdsType(%d, %q) = %v, want %v", tt.want, tt.s, got, tt.ok)
		}
	}
}

func TestFold(t *testing.T) {
	if got := fold("josé"); got != "jose" {
		t.Errorf("fold(josé) = %q", got)
	}
}

// answerableBook states some facts about its subjects and only mentions
// others, so that a question on one of those shares its words with the
// book but finds no answer of the kind it asks for.
var answerableBook = fstest.MapFS{
	"kafka.md": {Data: []byte(`# Kafka

## Origins

LinkedIn built Kafka to move activity data such as page views between its systems. LinkedIn released Kafka as open source in early 2011, and it became a top-level Apache project in October 2012.

## The logo

The Kafka logo is a stylised letter drawn from connected nodes, and the project chose it after a long vote.

## Producers

Version 0.11 added idempotent producers and transactions. The company Confluent, founded by Jay Kreps, maintains most of the code today.

## Streams

Kafka Streams is a client library; teams often compare it with Flink or Spark, and the old Scala clients were removed in 2023.
`)},
}

func TestAnswerable(t *testing.T) {
	ix := bookIndex(t, answerableBook)
	e := New(ix, Options{})
	tests := []struct {
		q    string
		want bool
	}{
		{"when did linkedin open source kafka?", true},
		{"which kafka version added idempotent producers?", true},
		{"who founded confluent?", true},
		{"who was the engineer who founded confluent?", true},
		{"when did kafka become a top-level apache project?", true},
		// The book names these, but gives no date, name or version of them.
		{"when did flink or spark first come out?", false},
		{"who designed the kafka logo?", false},
		{"who are the authors of the kafka streams library?", false},
		{"which go version added idempotent producers?", false},
		// The book answers one of the reader's typed questions, the
		// first or a later one.
		{"how many engineers did linkedin put on kafka? when did kafka become a top-level apache project?", true},
		{"when did flink first come out? who designed the kafka logo?", false},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
	// Without the check, the words alone cover every one of them: the
	// questions above test it.
	defer func(m float64) { minAnswerable = m }(minAnswerable)
	minAnswerable = 0
	for _, tt := range tests {
		r, err := e.Retrieve(context.Background(), Question{Text: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		if !r.Covered {
			t.Errorf("%q: not covered by its words alone (share %.3f)", tt.q, r.Coverage)
		}
	}
}

// BenchmarkRetrieveTyped measures the coverage decision of typed questions
// on the sample book, with the check and without it (-bench
// RetrieveTyped).
func BenchmarkRetrieveTyped(b *testing.B) {
	ix := bookIndex(b, content.FS)
	e := New(ix, Options{})
	qs := []string{"when did linkedin open source kafka?", "who created react and when was it open sourced?", "which typescript version added strict null checks?", "how many threads does libuv use by default?"}
	for _, check := range []bool{true, false} {
		b.Run(map[bool]string{true: "check", false: "words"}[check], func(b *testing.B) {
			defer func(m float64) { minAnswerable = m }(minAnswerable)
			if !check {
				minAnswerable = 0
			}
			i := 0
			for b.Loop() {
				if _, err := e.Retrieve(context.Background(), Question{Text: qs[i%len(qs)]}); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}

// TestLongerStem: the answerable check reads a Russian stem written longer
// as coverage does (see related), bounded; a Latin one by its prefix.
func TestLongerStem(t *testing.T) {
	for _, tt := range []struct {
		t, s string
		want bool
	}{
		{"скомпил", "скомпилир", true},
		{"написа", "написан", true},
		{"перем", "переменн", true},
		{"опер", "оператор", false},     // too short
		{"стран", "странствова", false}, // too much longer
		{"replic", "replica", true},
		{"rep", "replica", true},
	} {
		if got := longerStem(tt.t, tt.s); got != tt.want {
			t.Errorf("longerStem(%q, %q) = %v, want %v", tt.t, tt.s, got, tt.want)
		}
	}
}

// moneyBook gives sums of money for one of its subjects only.
var moneyBook = fstest.MapFS{
	"lantern.md": {Data: []byte(`# Lantern Inc

## Funding

Lantern Inc raised $24 million in 2019, and Harbor bought the company in 2022 for 300 million dollars.

## Cloud

Lantern Cloud keeps every table in object storage in 3 regions and bills each month by the terabyte kept.
`)},
}

// TestAnswerableMoney: a question on what something costs is answered by
// a sum of money, not by any number.
func TestAnswerableMoney(t *testing.T) {
	ix := bookIndex(t, moneyBook)
	e := New(ix, Options{})
	tests := []struct {
		q    string
		want bool
	}{
		{"how much did harbor pay for lantern inc?", true},
		{"how much did lantern inc raise in 2019?", true},
		// The book says how Lantern Cloud bills, with a number, but no sum.
		{"how much does lantern cloud cost per month for a terabyte?", false},
		{"what does lantern cloud cost each month per terabyte?", false},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
	for _, q := range []string{"how much did harbor pay for lantern inc?", "how much does lantern cloud cost per month for a terabyte?"} {
		if want, _, _ := wantedType(q); want != typeMoney {
			t.Errorf("wantedType(%q) = %d, want typeMoney", q, want)
		}
	}
	for _, tt := range []struct {
		s  string
		ok bool
	}{
		{"Microsoft bought GitHub for $7.5 billion in 2018", true},
		{"F5 купила Nginx Inc. за 670 миллионов долларов", true},
		{"инвестиции 50 млн долларов", true},
		{"it bills each month by the terabyte kept in 3 regions", false},
		{"Kafka 4.0 removed ZooKeeper in 2025", false},
	} {
		if got := moneyRe.MatchString(tt.s); got != tt.ok {
			t.Errorf("moneyRe(%q) = %v, want %v", tt.s, got, tt.ok)
		}
	}
}

// A term of four letters is held as a longer one is: without its accents,
// and, when rare in general English as a clipping is, by a longer word it
// begins; "port" is a word of its own.
func TestHoldsShortTerm(t *testing.T) {
	r := analysedRetriever{fakeRetriever{}}
	c := New(r, Options{}).cov
	tests := []struct {
		term, text string
		want       bool
	}{
		{"jose", "José Valim worked at Plataformatec.", true},
		{"repo", "Git 2.29 added SHA-256 repositories.", true},
		{"port", "The server code is portable.", false},
		{"valim", "José Valim worked at Plataformatec.", true},
	}
	for _, tt := range tests {
		term := search.Terms(tt.term)[0]
		if got := c.holds(term, newClause(r, tt.text), nil); got != tt.want {
			t.Errorf("holds(%q, %q) = %v, want %v", term, tt.text, got, tt.want)
		}
	}
}

// TestTermsOfLinesJoined checks what answerable's sharing of share's
// terms rests on: the analyser reads each word alone, so the terms of
// lines joined are those of each line, whatever stands at their ends.
func TestTermsOfLinesJoined(t *testing.T) {
	for _, lines := range [][]string{
		{"Release history", "Node.js 20 shipped in April 2023."},
		{"", "The eventLoop runs", "callbacks."},
		{"Ends with a dot.", "starts:with a colon"},
		{"Kafka's log", "The brokers' logs"},
		{"История релизов", "Redis 7.0 вышел в 2022 году"},
		{"e.g", "i.e. HTTP/2"},
	} {
		want := map[string]bool{}
		for _, line := range lines {
			maps.Copy(want, set(search.Terms(line)))
		}
		if got := set(search.Terms(strings.Join(lines, "\n"))); !maps.Equal(got, want) {
			t.Errorf("terms of %q joined = %v, those of each %v", lines, got, want)
		}
	}
}

func TestLastQuestion(t *testing.T) {
	for part, want := range map[string]string{
		"how many bytes is a rune? is it like C": "is it like C",
		"who made elixir":                        "who made elixir",
		"when did rust ship; how fast was it":    "how fast was it",
		"как настроить cron, когда он стартует":  "когда он стартует",
		"who made elixir and why":                "why",
		"what is a crate and when did it ship":   "when did it ship",
		"что такое cron и как он стартует":       "как он стартует",
		"": "",
	} {
		if got := lastQuestion(part); got != want {
			t.Errorf("lastQuestion(%q) = %q, want %q", part, got, want)
		}
	}
}
