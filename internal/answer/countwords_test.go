package answer

import (
	"testing"
	"testing/fstest"
)

// A question that asks to count reads a count or a multiple in words as
// one in digits, and the digits of a name or a version as no count.
func TestCountFit(t *testing.T) {
	tests := []struct {
		q, s string
		want float64
	}{
		{"how many kinds of objects does git keep", "There are four object types: blob, tree, commit, and tag.", 1},
		{"how many kinds of objects does git keep", "Git stores every version as a snapshot of objects named by a SHA-1 hash.", 0},
		{"how much memory does a heap snapshot need", "Creating a heap snapshot requires memory about twice the size of the heap.", 1},
		{"how much memory does a heap snapshot need", "Version: v18.0.0; Changes: An exception will now be thrown.", 0},
		{"how much memory does a heap snapshot need", "It needs 2 GB.", 1},
		{"сколько серверов ставить", "Обычно берут три или пять серверов.", 1},
		{"во сколько раз быстрее", "Новый движок вдвое быстрее старого.", 1},
		// No count asked: hasNumber's scores.
		{"which version added fetch", "Node 18 added fetch.", 1},
		{"which version added fetch", "Fetch came two releases later.", 0.8},
		{"which version added fetch", "Its cache is twice as large.", 0},
	}
	for _, tt := range tests {
		if got := countFit(tt.s, tt.q); got != tt.want {
			t.Errorf("countFit(%q, %q) = %v, want %v", tt.s, tt.q, got, tt.want)
		}
	}
}

// countWordsBook writes a count in words after a sentence with a hash's
// name, and a multiple in words after a row of a change history.
var countWordsBook = fstest.MapFS{
	"git.md": {Data: []byte(`---
title: "Git"
---

# Git

## Objects

Git stores every version as a snapshot of objects named by a SHA-1 hash of their content. There are four object types: blob, tree, commit, and tag.

## Heap snapshots

Version: v18.0.0; Changes: writing a heap snapshot now throws when the file could not be written. Creating a heap snapshot requires memory about twice the size of the heap at the time the snapshot is created.
`)},
}

// A question how many or how much leads with the count or the multiple
// written in words.
func TestAskCountInWords(t *testing.T) {
	e := New(bookIndex(t, countWordsBook), Options{})
	askLeads(t, e, []struct{ q, want string }{
		{"how many kinds of objects does git keep in its object store", "There are four object types"},
		{"how much extra memory does writing a heap snapshot need", "Creating a heap snapshot requires memory about twice"},
	})
}
