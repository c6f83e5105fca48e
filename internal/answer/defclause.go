package answer

import "strings"

// definedOnly cuts what a definition question asks to define at the end
// of its first clause: "what is libuv? keep seeing it in traces" asks to
// define libuv, and "what is vacuum, why do i need it" vacuum; the rest
// is the asker's context or a second question.
func definedOnly(x string) string {
	if i := strings.IndexAny(x, "?,;"); i > 0 {
		return strings.TrimSpace(x[:i])
	}
	return x
}
