package book

import (
	"fmt"
	"net/url"
	"strings"
)

// checkURL returns why raw cannot be a chapter's URL, or "" when it can.
// A chapter URL ends up in Discord embeds and citation links, so only an
// absolute http(s) URL with a host will do: "javascript:alert(1)" or a
// relative path would be a link that does harm or goes nowhere. A URL with
// a user name or password is refused too, and not quoted back, since it may
// hold a secret. A "#fragment" is refused because section links add their
// own.
func checkURL(raw string) string {
	u, err := url.Parse(raw)
	switch {
	case err != nil, u.Scheme == "":
		return fmt.Sprintf("%s is not an absolute http(s) URL", quoteShort(raw))
	case !strings.EqualFold(u.Scheme, "http") && !strings.EqualFold(u.Scheme, "https"):
		return fmt.Sprintf("%s is not an http(s) URL", quoteShort(raw))
	case u.User != nil:
		return "must not hold a user name or password"
	case u.Opaque != "", u.Hostname() == "":
		return fmt.Sprintf("%s has no host", quoteShort(raw))
	case strings.Contains(raw, "#"):
		return fmt.Sprintf("%s has a #fragment; section links add their own", quoteShort(raw))
	case strings.ContainsAny(raw, " \t\r\n"):
		return fmt.Sprintf("%s contains spaces", quoteShort(raw))
	}
	return ""
}

// quoteShort quotes s for a problem report, cut to a readable length.
func quoteShort(s string) string {
	const limit = 80
	if r := []rune(s); len(r) > limit {
		s = string(r[:limit]) + "…"
	}
	return fmt.Sprintf("%q", s)
}
