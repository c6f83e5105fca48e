// Package prompts holds the default prompt templates of chapterbot's
// model answers: system.tmpl and user.tmpl, text/template files rendered
// by the answer package with answer.PromptData. A directory named by
// PROMPTS_DIR that holds both files replaces them without a rebuild.
package prompts

import "embed"

// FS holds the default templates, system.tmpl and user.tmpl.
//
//go:embed *.tmpl
var FS embed.FS
