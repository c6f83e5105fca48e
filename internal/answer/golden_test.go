package answer_test

import (
	"context"
	"flag"
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/chapterbot/chapterbot/content"
	"github.com/chapterbot/chapterbot/internal/answer"
	"github.com/chapterbot/chapterbot/internal/eval"
	"github.com/chapterbot/chapterbot/internal/search"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files testdata/golden-*.txt")

// TestGoldenQuestions runs the community's golden questions against the
// sample book and holds the bars: recall@5 of at least 0.9, no
// question the book does not cover answered as covered, and no covered
// question refused. The figures and every miss are also kept in
// testdata/golden-eval.txt, so that any change in ranking or coverage shows
// up in review (refresh it with -update, and say why in the commit). The
// coverage threshold was tuned on these questions; the held-out sets below
// say how it does on questions it has not seen.
func TestGoldenQuestions(t *testing.T) {
	ix := sampleIndex(t)
	res := golden(t, ix, "../../testdata/questions.jsonl", "testdata/golden-eval.txt")
	if res.Covered < 40 || res.Uncovered < 8 {
		t.Errorf("question set too small: %d covered, %d not covered", res.Covered, res.Uncovered)
	}
	if r5, _ := res.Recall5.Value(); r5 < 0.9 {
		t.Errorf("recall@5 = %.3f, want >= 0.9", r5)
	}
	for _, m := range res.Misses {
		if m.Reason == "answered but not covered" || m.Reason == "refused but covered" {
			t.Errorf("%s: %q", m.Reason, m.Question)
		}
	}
	t.Logf("recall@5 %s, answered %s, refused %s, lead %s, any %s", res.Recall5, res.Answered, res.Refused, res.Lead, res.Any)
}

// TestHeldOutQuestions tracks, without a bar, the question sets the
// engine was not tuned on, which the README reports: two written blind from
// the chapters alone (testdata/questions-heldout.jsonl, and
// questions-final.jsonl, first scored after the coverage method was
// frozen), and questions-hard.jsonl, on the book's subjects but not
// answered by its text, which the lexical coverage check answers.
func TestHeldOutQuestions(t *testing.T) {
	ix := sampleIndex(t)
	for _, set := range []struct {
		name               string
		covered, uncovered int
	}{{"heldout", 33, 12}, {"final", 30, 12}, {"hard", 0, 10}} {
		res := golden(t, ix, "../../testdata/questions-"+set.name+".jsonl", "testdata/golden-"+set.name+".txt")
		if res.Covered != set.covered || res.Uncovered != set.uncovered {
			t.Errorf("%s: set changed: %d covered, %d not", set.name, res.Covered, res.Uncovered)
		}
	}
}

// TestRussianQuestions holds the bars of issue 11 on a Russian chapter
// (testdata/ru/redis.md) beside the English sample book, with Russian
// questions in other word forms than the chapter's and off-topic Russian
// questions (testdata/questions-ru.jsonl, written with the chapter, before
// the Russian word weights): recall@5 of at least 0.9, at least 90% of the
// covered questions answered and 75% of the others refused; the figures
// and misses are kept in testdata/golden-ru.txt.
func TestRussianQuestions(t *testing.T) {
	fsys := fstest.MapFS{}
	err := fs.WalkDir(content.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(content.FS, path)
		fsys[path] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	ru, err := os.ReadFile("testdata/ru/redis.md")
	if err != nil {
		t.Fatal(err)
	}
	fsys["ru/redis.md"] = &fstest.MapFile{Data: ru}
	ix := answer.BookIndex(t, fsys)
	res := golden(t, ix, "testdata/questions-ru.jsonl", "testdata/golden-ru.txt")
	if res.Covered < 20 || res.Uncovered < 10 {
		t.Errorf("question set too small: %d covered, %d not covered", res.Covered, res.Uncovered)
	}
	r5, _ := res.Recall5.Value()
	answered, _ := res.Answered.Value()
	refused, _ := res.Refused.Value()
	if r5 < 0.9 || answered < 0.9 || refused < 0.75 {
		t.Errorf("recall@5 %s, answered %s, refused %s: want at least 0.9, 0.9, 0.75", res.Recall5, res.Answered, res.Refused)
	}
}

// sampleIndex is an index of the embedded sample book.
func sampleIndex(t *testing.T) *search.Index {
	t.Helper()
	return answer.BookIndex(t, content.FS)
}

// golden evaluates the questions of file and compares the figures and
// misses with goldenFile (rewritten with -update).
func golden(t *testing.T, ix *search.Index, file, goldenFile string) eval.Result {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	qs, err := eval.ReadQuestions(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, c := range ix.Chapters() {
		ids = append(ids, c.Slug)
		for _, s := range c.Sections {
			ids = append(ids, s.ID)
		}
	}
	for _, e := range eval.Unknown(qs, ids) {
		t.Errorf("%s: expect %q: the book has no such section or chapter", file, e)
	}
	res, err := eval.Run(context.Background(), answer.New(ix, answer.Options{}), qs)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := eval.Write(&b, res); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	if *update {
		if err := os.WriteFile(goldenFile, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(goldenFile)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("figures differ from %s (-want +got); if the change is intended, run go test ./internal/answer -run 'Golden|HeldOut|Russian' -update:\n%s", goldenFile, diff)
	}
	return res
}
