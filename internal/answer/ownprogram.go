package answer

import (
	"context"
	"regexp"
)

// writesFlagsOf reports whether the book writes program with a long flag
// after it ("node --max-old-space-size=1536", "$ node --watch index.js"):
// a book that gives the program's own flags documents them, so a flag of
// that program it never writes is one of another release ("node
// --env-file" in a Node.js 18 reference), not another program's (curl's
// --http2-prior-knowledge). The program's name is matched as a word,
// case aside, with one space or more before the flag.
func writesFlagsOf(ctx context.Context, cw codeWriter, program string) (bool, error) {
	re := regexp.MustCompile(`(?i)(?:^|[^\pL\pN_\-./])` + regexp.QuoteMeta(program) + `\s+--[a-z]`)
	return cw.WritesBy(ctx, program, re.MatchString)
}
