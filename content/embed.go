// Package content embeds the sample book so that chapterbot runs without a content directory.
package content

import "embed"

// FS holds the sample book's chapter files.
//
//go:embed *.md
var FS embed.FS
