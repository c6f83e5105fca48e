package answer

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"text/template"
	"unicode"

	"github.com/chapterbot/chapterbot/prompts"
)

// PromptPassage is one numbered passage as the model sees it.
type PromptPassage struct {
	N            int
	ChapterTitle string
	Trail        []string
	URL          string
	Text         string
}

// PromptData is what the prompt templates are rendered with.
type PromptData struct {
	Question string
	Previous string // the earlier question of a follow-up; may be empty
	Lang     string // the answer's language; empty: the question's own
	Passages []PromptPassage
}

// Prompts holds the parsed system and user templates. Parse once at start
// so that a broken PROMPTS_DIR fails loudly before the first question.
type Prompts struct {
	system *template.Template
	user   *template.Template
}

const (
	systemTemplate = "system.tmpl"
	userTemplate   = "user.tmpl"
)

// LoadPrompts reads system.tmpl and user.tmpl from dir when dir is not
// empty (PROMPTS_DIR), else the defaults embedded in package prompts.
// A missing file or one that does not parse is an error naming it.
func LoadPrompts(dir string) (*Prompts, error) {
	var fsys fs.FS = prompts.FS
	label := func(name string) string { return "embedded " + name }
	if dir != "" {
		fsys = os.DirFS(dir)
		label = func(name string) string { return filepath.Join(dir, name) }
	}
	parse := func(name string) (*template.Template, error) {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("read prompt template %s: %w", label(name), err)
		}
		t, err := template.New(name).Funcs(promptFuncs).Option("missingkey=error").Parse(string(b))
		if err != nil {
			return nil, fmt.Errorf("parse prompt template %s: %w", label(name), err)
		}
		return t, nil
	}
	sys, err := parse(systemTemplate)
	if err != nil {
		return nil, err
	}
	user, err := parse(userTemplate)
	if err != nil {
		return nil, err
	}
	return &Prompts{system: sys, user: user}, nil
}

// Render returns the system and user messages for d. Passages and
// questions reach the model as escaped, quoted data (see user.tmpl);
// Lang is reduced to letters, spaces and hyphens since it lands in the
// system prompt.
func (p *Prompts) Render(d PromptData) (system, user string, err error) {
	d.Lang = promptLang(d.Lang)
	var b strings.Builder
	if err := p.system.Execute(&b, d); err != nil {
		return "", "", fmt.Errorf("render %s: %w", systemTemplate, err)
	}
	system = strings.TrimSpace(b.String())
	b.Reset()
	if err := p.user.Execute(&b, d); err != nil {
		return "", "", fmt.Errorf("render %s: %w", userTemplate, err)
	}
	return system, strings.TrimSpace(b.String()), nil
}

// promptFuncs are the functions the prompt templates may call.
var promptFuncs = template.FuncMap{
	"esc":  promptEscaper.Replace,
	"attr": promptAttrEscaper.Replace,
	"join": strings.Join,
	"json": func(v any) (string, error) {
		b, err := json.Marshal(v)
		return string(b), err
	},
}

var (
	// promptEscaper keeps quoted text from opening or closing a block.
	promptEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	// promptAttrEscaper also keeps text from ending an attribute value.
	promptAttrEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
)

// promptLang returns lang when it looks like a language name or tag
// ("French", "pt-BR", "Deutsch") and "" otherwise.
func promptLang(lang string) string {
	lang = strings.TrimSpace(lang)
	if len(lang) > 40 {
		return ""
	}
	for _, r := range lang {
		if !unicode.IsLetter(r) && r != ' ' && r != '-' && r != '_' {
			return ""
		}
	}
	return lang
}
