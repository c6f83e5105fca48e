package answer

import (
	"testing"
	"testing/fstest"
)

// historyBook tells who wrote a project and that it has a steering
// group, but names no one to lead it; nowBook names who leads it.
var (
	historyBook = fstest.MapFS{
		"history.md": {Data: []byte(`# The project

## Leadership

Ryan Dahl wrote the project in 2009. The project's steering group was formed in 2015 and meets every week.
`)},
	}
	nowBook = fstest.MapFS{
		"history.md": {Data: []byte(`# The project

## Leadership

Ryan Dahl led the project's steering group from 2009 to 2012. Since 2019 Jane Doe has led the steering group.
`)},
	}
)

func TestPresentHolder(t *testing.T) {
	history := New(bookIndex(t, historyBook), Options{})
	now := New(bookIndex(t, nowBook), Options{})
	tests := []struct {
		e    *Engine
		q    string
		want bool
	}{
		// No one is named to the role: no answer to who holds it now,
		// though the question's other words are the book's.
		{history, "who leads the project's steering group today?", false},
		{history, "who is the current chair of the project's steering group?", false},
		{history, "кто сейчас руководит steering group проекта?", false},
		// Without "now" it asks what the book tells.
		{history, "who wrote the project?", true},
		// A clause that names someone to the role answers.
		{now, "who leads the project's steering group today?", true},
		{now, "who is the current lead of the steering group?", true},
	}
	for _, tt := range tests {
		wantCovered(t, tt.e, tt.q, tt.want)
	}
}

func TestAsksPresentHolder(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"who is the current chair of the TSC?", true},
		{"so who leads typescript these days", true},
		{"кто сейчас генеральный директор f5", true},
		{"who's the current chair of the TSC?", true},
		{"who created node?", false},
		{"how many packages are on npm now?", false},
		{"who knows what nowhere means", false},
	}
	for _, tt := range tests {
		if got := asksPresentHolder(tt.q); got != tt.want {
			t.Errorf("asksPresentHolder(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
