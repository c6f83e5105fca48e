package answer_test

import (
	"context"
	"os"
	"testing"

	"github.com/chapterbot/chapterbot/content"
	"github.com/chapterbot/chapterbot/internal/answer"
	"github.com/chapterbot/chapterbot/internal/embed/embedtest"
	"github.com/chapterbot/chapterbot/internal/eval"
)

// TestHybridGoldenQuestions runs the golden question sets with the fake
// model's embeddings, by convex fusion (the default) and by reciprocal
// rank, and logs the figures beside the keyword ones (go test -v: how
// DefaultFuseAlpha was chosen). The fake model is a bag of words, no
// better than keywords at ranking; what must hold whatever the model is
// that the semantic coverage rule refuses every question the book does not
// cover and still answers every one it does.
func TestHybridGoldenQuestions(t *testing.T) {
	fake := embedtest.New(0, nil)
	defer fake.Close()
	ix := indexWithVectors(t, content.FS, fake)
	for _, file := range []string{"../../testdata/questions.jsonl", "../../testdata/questions-heldout.jsonl"} {
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		qs, err := eval.ReadQuestions(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			name string
			opts answer.Options
		}{
			{"keyword", answer.Options{K: 20}},
			{"convex", answer.Options{K: 20, Embedder: embedClient(t, fake)}},
			{"rrf", answer.Options{K: 20, Embedder: embedClient(t, fake), FuseAlpha: -1}},
		} {
			res, err := eval.Run(context.Background(), answer.New(ix, c.opts), qs)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s %-8s recall@1 %s recall@5 %s MRR@10 %s nDCG@10 %s answered %s refused %s", file, c.name, res.Recall1, res.Recall5, res.MRR10, res.NDCG10, res.Answered, res.Refused)
			answered, _ := res.Answered.Value()
			refused, _ := res.Refused.Value()
			if answered != 1 || refused != 1 {
				t.Errorf("%s %s: answered %s, refused %s; want all", file, c.name, res.Answered, res.Refused)
			}
		}
	}
}
