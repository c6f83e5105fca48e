package answer

import "testing"

// A list item that scores nearly as well as the best prose sentence of
// its passage leads; a timeline row, an item of another passage, an item
// far behind, or one past the best five does not.
func TestEntryLead(t *testing.T) {
	prose := sentence{text: "By default, promise rejections that are not handled terminate the Node.js process with a non-zero exit code.", score: 1}
	item := sentence{text: "--unhandled-rejections=mode: warn: Always trigger a warning, no matter if the unhandledRejection hook is set or not.", entry: true}
	dated := sentence{text: "2016: the left-pad incident breaks builds across the ecosystem in March.", entry: true}
	other := func(score float64) sentence { return sentence{text: "Another sentence.", score: score} }
	with := func(s sentence, score float64) sentence { s.score = score; return s }
	elsewhere := func(s sentence) sentence { s.hit = 1; return s }
	tests := []struct {
		name  string
		cands []sentence
		want  string // the text of the sentence that leads
	}{
		{"near item", []sentence{prose, with(item, 0.95)}, item.text},
		{"item after others", []sentence{prose, other(0.99), other(0.98), with(item, 0.96)}, item.text},
		{"far item", []sentence{prose, with(item, 0.7)}, prose.text},
		{"timeline row", []sentence{prose, with(dated, 0.99)}, prose.text},
		{"other passage", []sentence{prose, elsewhere(with(item, 0.95))}, prose.text},
		{"past the best five", []sentence{prose, other(0.99), other(0.99), other(0.99), other(0.99), with(item, 0.98)}, prose.text},
		{"item leads already", []sentence{with(item, 1), with(prose, 0.99)}, item.text},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			entryLead(tt.cands)
			best := 0
			for i, c := range tt.cands {
				if c.score > tt.cands[best].score {
					best = i
				}
			}
			if got := tt.cands[best].text; got != tt.want {
				t.Errorf("lead %q, want %q", got, tt.want)
			}
		})
	}
}
