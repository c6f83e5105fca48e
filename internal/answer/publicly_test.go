package answer

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"
)

func TestPublicly(t *testing.T) {
	for q, want := range map[string]string{
		"what date was go unveiled to the world as open source": "what date was go unveiled publicly as open source",
		"When was it shown To The Whole World?":                 "When was it shown publicly?",
		"who won the 2018 world cup":                            "who won the 2018 world cup",
		"how to the worldwide web":                              "how to the worldwide web",
	} {
		if got := publicly(q); got != want {
			t.Errorf("publicly(%q) = %q, want %q", q, got, want)
		}
	}
}

// "to the world" asks when the subject was shown publicly: the dated
// sentence of its announcement answers, though it never writes "world".
func TestAskToTheWorld(t *testing.T) {
	fsys := fstest.MapFS{}
	for _, f := range []string{"site/kafka-documentary.txt", "site/postgresql-documentary.txt", "s6/python-documentary.txt", "s7/git-documentary.txt", "s8/linux-documentary.txt", "s9/mysql-documentary.txt", "s10/go-documentary.txt", "s11/rust-documentary.txt"} {
		data, err := os.ReadFile("../../testdata/" + f)
		if err != nil {
			t.Fatal(err)
		}
		fsys[f[strings.Index(f, "/")+1:]] = &fstest.MapFile{Data: data}
	}
	wantAskLeads(t, New(bookIndex(t, fsys), Options{}), []leadCase{
		{"what date was go unveiled to the world as open source", "Google announces Go as an open source project on November 10, 2009"},
		{"what year was rust first revealed to the world", "Mozilla starts sponsoring the project in 2009 and announces Rust publicly in 2010"},
	})
}
