package answer

import "slices"

// pastedNames returns the terms of terms, a question's subject terms, that
// are a name of names.txt the reader pasted in another spelling: "Killed
// process 4242 (postgres) ... почему ядро грохнуло постгрес". The name is
// the reader's own process, as the pasted line is theirs (see
// pastedTerms), not something the book must write about.
func (c coverage) pastedNames(terms []string, pasted map[string]bool) []string {
	var out []string
	for _, t := range terms {
		if !pasted[t] && slices.ContainsFunc(c.names[t], func(s string) bool { return pasted[s] }) {
			out = append(out, t)
		}
	}
	return out
}
