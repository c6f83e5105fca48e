package answer

import (
	"testing"
	"testing/fstest"
)

// toolingBook tells of a maker's companies and tools, dated.
var toolingBook = fstest.MapFS{
	"vue.md": {Data: []byte(`# Vue.js

## Going full-time

In early 2016 Evan You leaves his job at Meteor and works on Vue full-time, paid by a Patreon campaign where
individuals and companies support him every month.

## Vite

Vite, the dev server and build tool Evan You started in 2020, reaches version 2.0 in February 2021 and becomes a
general tool for JavaScript projects used by many frameworks beyond Vue.
`)},
	"redis.md": {Data: []byte(`# Redis

## The licence changes

In March 2024 Redis Ltd. announces that the core will be dual-licensed, and the same month former contributors fork
it as Valkey.
`)},
}

func TestAskedYearCovered(t *testing.T) {
	e := New(bookIndex(t, toolingBook), Options{})
	// The chapter tells of Evan You's tools and of a company he left, but
	// dates nothing of his in 2024: the company he started then is not in
	// the book.
	wantCovered(t, e, "what company did evan you start in 2024 for js tooling?", false)
	// The year the book dates the answer by.
	wantCovered(t, e, "what company did evan you leave in 2016 to work on vue?", true)
}

func TestAsksQuestion(t *testing.T) {
	for _, tc := range []struct {
		query string
		want  bool
	}{
		{"what company did evan you start in 2024 for js tooling?", true},
		{"какую компанию купила ClickHouse Inc в 2024 году", true},
		{"when did redis change its licence", true},
		// A claim to check asks nothing.
		{"32% of liver transplantation programs required patients to discontinue methadone treatment in 2001.", false},
	} {
		if got := asksQuestion(tc.query); got != tc.want {
			t.Errorf("asksQuestion(%q) = %v, want %v", tc.query, got, tc.want)
		}
	}
}
