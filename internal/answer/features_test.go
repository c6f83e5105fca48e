package answer

import (
	"context"
	"testing"

	"github.com/chapterbot/chapterbot/content"
)

// TestFeatures: with Options.Features a retrieval is described, the same
// on a second asking, and a question the book covers reads apart from one
// it does not on the measures a learned decision would weigh; without the
// option it is not described at all.
func TestFeatures(t *testing.T) {
	ix := bookIndex(t, content.FS)
	ctx := context.Background()
	e := New(ix, Options{Features: true})
	retrieve := func(e *Engine, q string) Retrieval {
		t.Helper()
		r, err := e.Retrieve(ctx, Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	covered := retrieve(e, "how many threads does libuv use by default for file system stuff?")
	off := retrieve(e, "how do I make sourdough bread?")
	c, o := covered.Features, off.Features
	if !covered.Covered || c.Share != covered.Coverage || c.OffRule {
		t.Errorf("covered question: Covered %v, share %v (retrieval's %v), off rule %v", covered.Covered, c.Share, covered.Coverage, c.OffRule)
	}
	if c.Terms < 3 || c.Cov1 <= 0 || c.Cov8 < c.Cov3 || c.Cov3 < c.Cov1 || c.Best1 < c.Cov1 || c.Top <= 0 || c.Kind != "number" || c.Russian || c.Cross {
		t.Errorf("covered question's features: %+v", c)
	}
	if off.Covered || o.Share >= c.Share || o.Kind != "how" {
		t.Errorf("off-topic question: Covered %v, features %+v", off.Covered, o)
	}
	// "sourdough" is in no passage of the book.
	if o.MissN == 0 || o.Df0N == 0 || o.Df0Latin == 0 || o.Df0LatinMax <= 0 || o.Df0W <= 0 || o.MissMax < o.Df0LatinMax {
		t.Errorf("off-topic question's missing terms: %+v", o)
	}
	if c.Df0N != 0 || c.MissN != 0 {
		t.Errorf("covered question's missing terms: %+v", c)
	}
	if again := retrieve(e, "how do I make sourdough bread?").Features; again != o {
		t.Errorf("features differ on a second asking:\n%+v\n%+v", o, again)
	}
	if f := retrieve(New(ix, Options{}), "how do I make sourdough bread?").Features; f != (Features{}) {
		t.Errorf("features without Options.Features: %+v", f)
	}
}
