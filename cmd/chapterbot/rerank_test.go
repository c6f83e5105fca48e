package main

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chapterbot/chapterbot/internal/llm/llmtest"
)

func TestAskRerankSetting(t *testing.T) {
	for _, rerank := range []string{"", "llm"} {
		t.Run("RERANK="+rerank, func(t *testing.T) {
			srv := llmtest.New("Isaac Schlueter created npm in 2010 [1].")
			t.Cleanup(srv.Close)
			env := map[string]string{"OPENAI_BASE_URL": srv.BaseURL(), "OPENAI_API_KEY": "sk-test-secret-0001", "RERANK": rerank}
			r := runWith(t, context.Background(), env, "", "ask", "--content", "../../content", "--index", t.TempDir(), "--json", "who created npm?")
			if r.err != nil {
				t.Fatal(r.err)
			}
			var systems []string
			for i := range srv.Requests() {
				systems = append(systems, strings.SplitN(srv.Messages(i)[0], "\n", 2)[0])
			}
			want := []string{"You are chapterbot, a mentor who answers readers' questions about one book."}
			if rerank == "llm" {
				want = append([]string{"You rank passages from a book by how well they answer a reader's question."}, want...)
			}
			if diff := cmp.Diff(want, systems); diff != "" {
				t.Errorf("model calls (-want +got):\n%s", diff)
			}
		})
	}
}
