package search

import (
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/google/go-cmp/cmp"

	"github.com/chapterbot/chapterbot/internal/benchbook"
)

func testAnalyzer(t testing.TB) analysis.Analyzer {
	t.Helper()
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	a, err := analyzerOf(m)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// tokenTexts are texts that exercise the analyser's corners.
func tokenTexts() []string {
	texts := []string{
		"",
		"The THE the tHe",
		"React's hooks, it's Node.js' event loop; the team’s work and React＇s state.",
		"Don't stop rock'n'roll: O'Neil said so, e.g. in v2.6.3 at 3.14 p.m.",
		"title:react a:b +c -d \"e\" snake_case kebab-case CamelCase",
		"Ünïcode café naïve ÉCOLE Straße İstanbul",
		"日本語のテキストとカタカナ 中文文本 한국어",
		"emoji 🚀 rockets, tabs\tand\nnew lines\r\n",
		strings.Repeat("a", 70) + " " + strings.Repeat("B", 65) + "s",
		"running runs ran runner easily happiness sky skies dies ties ies",
		"1,000,000 42 0x1F 2024-05-01 10:30",
		"highWaterMark setTimeout XMLHttpRequest unwrap_or_else __proto__ Vec::with_capacity fs.cp iPhone's IPv6 HTTP",
		"Кто выпускал самую первую версию? Ёжик ещё не всё сказал: её Vec::new и highWaterMark.",
		"Это ЕЩЁ Ё ё я Я э приветМир ПриветМир Ѐѐ ꙮ ᲀ мир2 слово-слово Москва МОСКВА москвА",
		"Главный сервер асинхронно передаёт изменения репликам, которые обслуживают запросы на чтение. Если главный сервер падает, процесс Sentinel замечает отказ, договаривается с другими наблюдателями и повышает одну из реплик до главной.",
	}
	texts = append(texts, nodeMD, reactMD, kubeMD)
	c := benchbook.New(7)
	for n := range 3 {
		texts = append(texts, c.Chapter(n))
	}
	return texts
}

func TestCountTokens(t *testing.T) {
	a := testAnalyzer(t)
	for _, text := range tokenTexts() {
		want := int64(len(a.Analyze([]byte(text))))
		if got := countTokens(a, text); got != want {
			t.Errorf("countTokens(%.60q) = %d, want %d (the analyser's)", text, got, want)
		}
	}
}

func TestOccurrences(t *testing.T) {
	a := testAnalyzer(t)
	for _, text := range tokenTexts() {
		// Every term of the text, and some that are not in it.
		weights := map[string]float64{"zzzz": 1, "a": 1, "i": 1}
		var want []occurrence
		for _, tok := range a.Analyze([]byte(text)) {
			weights[string(tok.Term)] = 1
		}
		for _, tok := range a.Analyze([]byte(text)) {
			want = append(want, occurrence{tok.Start, string(tok.Term)})
		}
		got := newFinder(a, weights).occurrences(text)
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(occurrence{})); diff != "" {
			t.Errorf("occurrences(%.60q) (-analyser +got):\n%s", text, diff)
		}
		// Only some terms.
		few := map[string]float64{}
		var wantFew []occurrence
		for i, o := range want {
			if i%3 == 0 {
				few[o.term] = 1
			}
		}
		for _, o := range want {
			if _, ok := few[o.term]; ok {
				wantFew = append(wantFew, o)
			}
		}
		if diff := cmp.Diff(wantFew, newFinder(a, few).occurrences(text), cmp.AllowUnexported(occurrence{})); diff != "" {
			t.Errorf("occurrences(%.60q) of some terms (-analyser +got):\n%s", text, diff)
		}
	}
}

func TestSplitJoined(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Node.js", "Node js"},
		{"title:react", "title react"},
		{"e.g. this", "e g. this"},
		{"v2.6.3 3.14", "v2.6.3 3.14"},
		{"end. Next", "end. Next"},
		{"a.b.c", "a b c"},
		{"café.Ünï", "café Ünï"},
		{".js", ".js"},
		{"x.", "x."},
		{"", ""},
	}
	for _, tt := range tests {
		in := []byte(tt.in)
		if got := string(splitJoined{}.Filter(in)); got != tt.want {
			t.Errorf("Filter(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if string(in) != tt.in {
			t.Errorf("Filter(%q) changed its input to %q", tt.in, in)
		}
	}
	a := testAnalyzer(t)
	if got := analyse(a, "What is Node.js?"); !cmp.Equal(got, []string{"node", "js"}) {
		t.Errorf("terms of Node.js = %q", got)
	}
}

func TestSnippet(t *testing.T) {
	a := testAnalyzer(t)
	long := "The harbor " + strings.Repeat("wide ", 60) + "lighthouse stands on the rock " + strings.Repeat("calm ", 40) + "at night."
	tests := []struct {
		name, text, query, want string
	}{
		{"best sentence, with the next for context",
			"Ships sail at dawn. The lighthouse keeper climbs the stairs. He lights the lamp. Then he sleeps.",
			"lighthouse keeper",
			"The lighthouse keeper climbs the stairs. He lights the lamp. Then he sleeps."},
		{"weightier terms win over more terms",
			"Ships sail and sail and sail. The lighthouse is tall.",
			"lighthouse ships",
			"The lighthouse is tall."},
		{"no match: the beginning",
			"Ships sail at dawn.\nThe sea is calm.",
			"quantum",
			"Ships sail at dawn. The sea is calm."},
		{"long sentence cut around the match",
			long,
			"lighthouse",
			"…" + strings.Repeat("wide ", 9) + "lighthouse stands on the rock " + strings.Repeat("calm ", 24) + "calm…"},
		{"line breaks end sentences",
			"First line about ships\nsecond line about the lighthouse\nthird",
			"lighthouse",
			"second line about the lighthouse third"},
		{"a program's output shown without its marks",
			"Run the keeper program:\n  \u2063lighthouse lit at dusk\nThe lamp burns.",
			"lighthouse",
			"lighthouse lit at dusk The lamp burns."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			weights := map[string]float64{}
			for _, term := range analyse(a, tt.query) {
				weights[term] = 1
			}
			if tt.name == "weightier terms win over more terms" {
				weights["lighthous"] = 5
			}
			got := snippet(tt.text, newFinder(a, weights).occurrences(tt.text), weights)
			if got != tt.want {
				t.Errorf("snippet = %q\nwant      %q", got, tt.want)
			}
			if n := len(strings.TrimSuffix(strings.TrimPrefix(got, "…"), "…")); n > maxSnippet {
				t.Errorf("snippet of %d bytes", n)
			}
		})
	}
}

// TestFinderKeepsNoTextBehind: one finder, run over many texts (as over
// the hits of one search), finds in each what the analyser does, though
// it analyses each word once.
func TestFinderKeepsNoTextBehind(t *testing.T) {
	a := testAnalyzer(t)
	texts := tokenTexts()
	weights := map[string]float64{}
	for _, text := range texts {
		for i, tok := range a.Analyze([]byte(text)) {
			if i%2 == 0 {
				weights[string(tok.Term)] = 1
			}
		}
	}
	f := newFinder(a, weights)
	for range 2 {
		for _, text := range texts {
			var want []occurrence
			for _, tok := range a.Analyze([]byte(text)) {
				if _, ok := weights[string(tok.Term)]; ok {
					want = append(want, occurrence{tok.Start, string(tok.Term)})
				}
			}
			if diff := cmp.Diff(want, f.occurrences(text), cmp.AllowUnexported(occurrence{})); diff != "" {
				t.Errorf("occurrences(%.60q) (-analyser +got):\n%s", text, diff)
			}
		}
	}
}
