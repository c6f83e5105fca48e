package answer

import (
	"slices"
	"testing"
	"testing/fstest"
)

// erlangBook dates what Joe Armstrong did, and not his death.
var erlangBook = fstest.MapFS{
	"erlang.md": {Data: []byte(`# Erlang

## Origins

Erlang was created at Ericsson in 1986 by Joe Armstrong, Robert Virding and Mike Williams to run telephone switches.
It was released as open source in 1998.

## The thesis

In 2003 Joe Armstrong defended his thesis on reliable distributed systems at the Royal Institute of Technology.
`)},
}

func TestDatedDeed(t *testing.T) {
	e := New(bookIndex(t, erlangBook), Options{})
	tests := []struct {
		q    string
		want bool
	}{
		// A date of the person's that tells another deed.
		{"what year did joe armstrong pass away", false},
		{"when did joe armstrong pass away?", false},
		// The deed told, in its words or in another word of its kind.
		{"when did joe armstrong defend his thesis", true},
		{"what year did joe armstrong create erlang", true},
		{"when did joe armstrong build erlang", true},
		// No person named by two words: other rules decide.
		{"when did erlang go open source", true},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
}

// paxosBook dates what Lamport and Facebook did, in Russian, and neither
// an award nor a purchase.
var paxosBook = fstest.MapFS{
	"paxos.md": {Data: []byte(`# Paxos

## Алгоритм Лэмпорта

Статья Лэмпорта о Paxos была опубликована в 1998 году, через девять лет после того, как её написали.

## React

React придумали инженеры Facebook, чтобы интерфейс перерисовывался вслед за данными.

## Хронология

- 2012: веб-приложение Instagram переходит на React.
`)},
}

func TestDatedDeedRussian(t *testing.T) {
	e := New(bookIndex(t, paxosBook), Options{})
	tests := []struct {
		q    string
		want bool
	}{
		// A date of the person's that tells another deed.
		{"в каком году лэмпорт получил премию тьюринга", false},
		// A deed of a class (deedClasses) the dating sentence does not
		// tell, though it names what it was done to, and not whom by.
		{"в каком году facebook купил instagram?", false},
		// The deed told, in its words or in another word of its class.
		{"когда лэмпорт опубликовал статью о paxos", true},
		{"в каком году лэмпорт напечатал статью о paxos", true},
		{"когда instagram перешёл на react?", true},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
}

func TestDatedDeedWords(t *testing.T) {
	e := New(bookIndex(t, erlangBook), Options{})
	c, r := e.cov, e.r
	tests := []struct {
		q         string
		name, did string // "" when no person's deed is asked
	}{
		{"what year did joe armstrong pass away", "joe armstrong", "pass away"},
		{"and when did linus torvalds move to the us", "linus torvalds", "move"},
		// The second word is too common in English to be a surname.
		{"when did the company start", "", ""},
		{"when did kafka connect show up", "", ""},
		{"when did joe armstrong", "", ""},
		{"в каком году лэмпорт получил премию тьюринга", "лэмпорт", "получил премию тьюринга"},
		{"когда лесли лэмпорт опубликовал paxos?", "лесли лэмпорт", "опубликовал paxos"},
		// No subject before the verb, or no name.
		{"когда вышла версия 3.0", "", ""},
		{"когда команда перешла на raft", "", ""},
	}
	for _, tt := range tests {
		a := c.newTypedAsk(r, tt.q, nil)
		switch {
		case a.deed == nil && tt.name != "":
			t.Errorf("%q: no person's deed, want %q %q", tt.q, tt.name, tt.did)
		case a.deed != nil && tt.name == "":
			t.Errorf("%q: deed %q of %q, want none", tt.q, a.deed.deed, a.deed.name)
		case a.deed != nil && (!slices.Equal(a.deed.name, r.Terms(tt.name)) || !slices.Equal(a.deed.deed, r.Terms(tt.did))):
			t.Errorf("%q: deed %q of %q, want %q of %q", tt.q, a.deed.deed, a.deed.name, r.Terms(tt.did), r.Terms(tt.name))
		}
	}
}

func TestDatedDeedTellsOther(t *testing.T) {
	e := New(bookIndex(t, paxosBook), Options{})
	c, r := e.cov, e.r
	tests := []struct {
		q, clause string
		want      bool
	}{
		{"в каком году лэмпорт получил премию тьюринга", "Статья Лэмпорта о Paxos опубликована в 1998 году", true},
		{"в каком году лэмпорт получил премию тьюринга", "В 2013 году Лэмпорт получил премию Тьюринга", false},
		// Not the person's: other rules decide.
		{"в каком году лэмпорт получил премию тьюринга", "Paxos опубликован в 1998 году", false},
		// A deed of a class must be told, whoever's the clause names and
		// whatever it names the deed was done to.
		{"в каком году facebook купил instagram?", "В 2012 году веб-приложение Instagram перешло на React", true},
		{"в каком году facebook купил instagram?", "В 2012 году Facebook приобрёл Instagram", false},
		{"в каком году facebook купил instagram?", "Покупка Instagram в 2012 году", false},
		{"в каком году facebook купил instagram?", "Facebook acquired Instagram in 2012", false},
	}
	for _, tt := range tests {
		a := c.newTypedAsk(r, tt.q, nil)
		if a.deed == nil {
			t.Errorf("%q: no deed", tt.q)
			continue
		}
		cl := newClause(r, tt.clause)
		held := func(t string) bool { return cl.terms[t] }
		if got := a.deed.tellsOther([]clause{cl}, held); got != tt.want {
			t.Errorf("%q of %q: tells other = %v, want %v", tt.clause, tt.q, got, tt.want)
		}
	}
}
