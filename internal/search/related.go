package search

import (
	"slices"
	"strings"
	"unicode"

	"github.com/chapterbot/chapterbot/internal/book"
)

// chapterInfo is the outline entry of ch, its sections' passage counts
// left for the caller to fill in.
func chapterInfo(ch book.Chapter) ChapterInfo {
	info := ChapterInfo{Slug: ch.Slug, File: ch.File, Title: ch.Title, Subtitle: ch.Subtitle, Tags: ch.Tags, URL: ch.URL,
		Lang: ch.Lang, Format: ch.Format, Source: ch.Source, Sections: make([]SectionInfo, len(ch.Sections))}
	for _, r := range ch.Related {
		info.Related = append(info.Related, Related{Title: r.Title, Why: r.Why})
	}
	for _, w := range ch.Warnings {
		info.Warnings = append(info.Warnings, Warning{Line: w.Line, Reason: w.Reason})
	}
	return info
}

// titleKey is a chapter title as related titles are matched against it:
// lower-case letters and digits, every run of anything else one space.
func titleKey(title string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(title), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// resolveRelated matches every related title of chs to the chapter of chs
// with that title (the first in file order when several have it), never to
// the chapter itself. It runs on the whole outline at every write, since
// adding or renaming one chapter changes what the others' titles name.
// The Related lists are replaced, not modified: a carried chapter shares
// its list with the generation it came from.
func resolveRelated(chs []ChapterInfo) {
	bySlug := map[string]string{}
	for _, c := range chs {
		if k := titleKey(c.Title); k != "" {
			if _, ok := bySlug[k]; !ok {
				bySlug[k] = c.Slug
			}
		}
	}
	for i := range chs {
		if len(chs[i].Related) == 0 {
			continue
		}
		rel := slices.Clone(chs[i].Related)
		for j := range rel {
			rel[j].Slug = ""
			if s := bySlug[titleKey(rel[j].Title)]; s != chs[i].Slug {
				rel[j].Slug = s
			}
		}
		chs[i].Related = rel
	}
}

// SeeAlso is a chapter of the book related to another one.
type SeeAlso struct {
	Chapter      string `json:"chapter"` // slug
	ChapterTitle string `json:"chapter_title"`
	URL          string `json:"url"` // the chapter's; empty when it has none
	Why          string `json:"why"` // the reason the relating chapter gives; may be empty
}

// RelatedOf lists up to n chapters of chs that the chapters with the given
// slugs name as related (in the order of slugs, then of each list), leaving
// out those slugs themselves and titles that name no chapter of the book.
// n < 1 means no limit.
func RelatedOf(chs []ChapterInfo, slugs []string, n int) []SeeAlso {
	bySlug := make(map[string]*ChapterInfo, len(chs))
	for i := range chs {
		bySlug[chs[i].Slug] = &chs[i]
	}
	seen := map[string]bool{}
	for _, s := range slugs {
		seen[s] = true
	}
	var out []SeeAlso
	for _, s := range slugs {
		c := bySlug[s]
		if c == nil {
			continue
		}
		for _, r := range c.Related {
			to := bySlug[r.Slug]
			if r.Slug == "" || to == nil || seen[r.Slug] {
				continue
			}
			seen[r.Slug] = true
			out = append(out, SeeAlso{Chapter: to.Slug, ChapterTitle: to.Title, URL: to.URL, Why: r.Why})
			if n > 0 && len(out) == n {
				return out
			}
		}
	}
	return out
}

// SlugOf is the chapter slug of a section ID.
func SlugOf(id string) string {
	slug, _, _ := strings.Cut(id, "#")
	return slug
}
