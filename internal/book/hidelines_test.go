package book

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseHiddenLines(t *testing.T) {
	block := "# fn main() {\n#\n    # use std::io;\nlet x = 5;\n#[derive(Debug)]\n#![allow(unused)]\n## not hidden\n    ##[x]\n#x\n# }\n"
	tests := []struct {
		name, info, code, want string
	}{
		{"rust: '# ' and '#' hidden, '##' escapes", "rust", block,
			"let x = 5;\n#[derive(Debug)]\n#![allow(unused)]\n# not hidden\n    #[x]\n#x"},
		{"rust with attributes", "rust,ignore", "# use std::io;\nfn main() {}\n", "fn main() {}"},
		{"rust, attributes after a blank", "rust noplayground", "# use std::io;\nfn main() {}\n", "fn main() {}"},
		{"no language: shown as written", "", "# fn main() {\nlet x = 5;\n# }\n", "# fn main() {\nlet x = 5;\n# }"},
		{"another language: shown as written", "toml", "# a comment\nname = \"x\"\n", "# a comment\nname = \"x\""},
		{"not exactly rust", "rustc", "# a\nb\n", "# a\nb"},
		{"its own prefix", "python,hidelines=~", "~hidden()\nshown():\n    ~hidden()\n", "shown():"},
		{"the prefix ignored for rust", "rust,hidelines=~", "~shown\n# hidden\n", "~shown"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := "# T\n\nCode:\n\n```" + tc.info + "\n" + tc.code + "```\n"
			ch, err := Parse("ch.md", []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			if got, want := ch.Sections[0].Text, "Code:\n\n"+tc.want; got != want {
				t.Errorf("text:\n%s", cmp.Diff(want, got))
			}
		})
	}
}

func TestParseHiddenLinesIncluded(t *testing.T) {
	// The lines an include puts in a Rust block are hidden as written there.
	fsys := mdbookFS(map[string]string{"listings/main.rs": "# use std::io;\nfn main() {}\n"})
	ch, err := ParseFS(fsys, "ch.md", []byte("# T\n\n```rust\n{{#include listings/main.rs}}\n```\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ch.Sections[0].Text, "fn main() {}"; got != want {
		t.Errorf("text %q, want %q", got, want)
	}
}
