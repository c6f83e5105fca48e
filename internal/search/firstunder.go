package search

import (
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"
)

// firstShare is the share of the best hit's score that a hit gains when
// its section is the first under a heading of Lean.FirstUnder. The
// question's words fit an origin entry no better than any other section
// of the chapter ("who invented python?": every section names Python, and
// "invented" none), so the raise is on the scale of the best hit, not the
// entry's own score, which is noise. Measured against none on the site
// sets (first expected ranks): at 0.5 "who invented python?" 7 -> 1, "who
// actually came up with rust in the first place?" 9 -> 1, "which company
// originally built kafka" 7 -> 4, "who actually created docker?" 2 -> 1,
// and four others one place up; five questions lost one place ("what year
// did monty walk away from sun and start his own fork" 1 -> 2). At 0.3 the
// python question stays 5th; at 0.7 four more lost a place, at 1.0 a dozen.
const firstShare = 0.5

// firstsRaised raises the hits whose section is the first sub-section of a
// heading holding one of words (analysed terms) by firstShare of the best
// hit's score, in the chapters whose subject the question (its analysed
// terms) names only (see namedChapters): the first entry of Git's
// milestones tells how Git began, not GitHub ("who were the people who
// started github"), and MySQL's how MySQL did, not Monty's fork ("what
// year did monty walk away from sun and start his own fork": "MariaDB
// fork" 2nd -> 1st). It leaves the hits' order to the caller.
func (g *generation) firstsRaised(a analysis.Analyzer, terms, words []string, hits []Hit) {
	top := 0.0
	for _, h := range hits {
		top = max(top, h.Score)
	}
	named := g.namedChapters(a, terms)
	for i, h := range hits {
		if named[h.Chapter] && g.firstUnder(a, h.ID, words) {
			hits[i].Score += firstShare * top
		}
	}
}

// namedChapters are the slugs of the chapters whose subject terms name: a
// term of the chapter's title or tags that no other chapter's title or
// tags has ("graphql" of "GraphQL: The Documentary", not "documentary").
func (g *generation) namedChapters(a analysis.Analyzer, terms []string) map[string]bool {
	named := map[string]bool{}
	for i, own := range g.subjectTerms(a) {
		if slices.ContainsFunc(own, func(t string) bool { return slices.Contains(terms, t) }) {
			named[g.man.Chapters[i].Slug] = true
		}
	}
	return named
}

// subjectTerms returns, chapter by chapter in book order, the analysed
// terms of its title and tags that no other chapter's title or tags has
// (see OwnTerms): worked out once per generation, when an origin question
// first needs them, not on every such question over every chapter.
func (g *generation) subjectTerms(a analysis.Analyzer) [][]string {
	g.subjectsOnce.Do(func() {
		all := make([][]string, len(g.man.Chapters))
		for i, c := range g.man.Chapters {
			all[i] = unique(analyse(a, c.Title+" "+strings.Join(c.Tags, " ")))
		}
		g.subjects = OwnTerms(all)
	})
	return g.subjects
}

// OwnTerms returns, list by list, the terms of each of lists that no other
// list holds: of the terms of chapters' titles and tags, those that name
// one chapter's subject ("graphql" of "GraphQL: The Documentary"), not
// what the titles share ("documentary"). A list holds each term once.
func OwnTerms(lists [][]string) [][]string {
	uses := map[string]int{}
	for _, ts := range lists {
		for _, t := range ts {
			uses[t]++
		}
	}
	own := make([][]string, len(lists))
	for i, ts := range lists {
		for _, t := range ts {
			if uses[t] == 1 {
				own[i] = append(own[i], t)
			}
		}
	}
	return own
}

// firstUnder reports whether section id is the first sub-section of a
// heading one of whose analysed terms is in words: in the outline, the
// section right before it is one level above it.
func (g *generation) firstUnder(a analysis.Analyzer, id string, words []string) bool {
	at, ok := g.sectionOf[id]
	if !ok || at[1] == 0 {
		return false
	}
	secs := g.man.Chapters[at[0]].Sections
	s, parent := secs[at[1]], secs[at[1]-1]
	if parent.Level != s.Level-1 {
		return false
	}
	return slices.ContainsFunc(analyse(a, parent.Heading), func(t string) bool { return slices.Contains(words, t) })
}
