// Package answer turns a question into a cited answer from the book:
// retrieval, an extractive answer composed from the best sentences, and,
// when a model is configured, a summary whose citations are checked.
package answer

import "github.com/chapterbot/chapterbot/internal/rewrite"

// Answer is what every front end (CLI, Discord) renders.
type Answer struct {
	Question  string     `json:"question"`
	Text      string     `json:"answer"`    // sentences marked [n], n indexing Citations
	Mode      string     `json:"mode"`      // "extractive" or "llm"
	Covered   bool       `json:"covered"`   // false: the book does not cover the question
	Citations []Citation `json:"citations"` // numbered from 1, in order of first use
	// Nearest lists up to three nearest sections when Covered is false.
	Nearest []Citation `json:"nearest,omitempty"`
	// Note is one line for the reader, e.g. that the summary is unavailable.
	Note string `json:"note,omitempty"`
	// Leads describes the rules' best candidates for the first sentence,
	// with Options.Leads; nil without.
	Leads []Lead `json:"-"`
}

// Citation is one numbered source.
type Citation struct {
	N            int      `json:"n"`
	ID           string   `json:"id"`
	File         string   `json:"file"`
	ChapterTitle string   `json:"chapter_title"`
	Heading      string   `json:"heading"`
	URL          string   `json:"url"`
	Trail        []string `json:"-"`
}

// Turn is one earlier exchange of a conversation with the bot: the
// question and the bot's answer's text (may be empty), as rewrite takes it.
type Turn = rewrite.Turn

// Question is what a user asked.
type Question struct {
	Text string
	// Previous is the earlier question when this one is a follow-up; it
	// joins the retrieval query (without a model: see Engine.Retrieve).
	Previous string
	// History is the conversation before a follow-up, oldest first, its
	// last turn being Previous's; a model rewrites the follow-up with it
	// into a question that stands alone. Empty with Previous set: the
	// history is Previous alone.
	History []Turn
	// Lang is the reader's language when known (a Discord locale such as
	// "de"); empty means the question's own language.
	Lang string
	// OnPartial, when set and a model streams its answer, receives the
	// answer so far (unvalidated) as it grows.
	OnPartial func(text string)
}
