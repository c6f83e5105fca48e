package answer

import (
	"testing"
	"testing/fstest"
)

func TestPresentCountSinceChange(t *testing.T) {
	book := fstest.MapFS{
		"k8s.md":   {Data: []byte("# Kubernetes\n\n## Release cadence\n\nSince 2021 Kubernetes ships three minor releases a year, and each one gets patches for a while.\n")},
		"linux.md": {Data: []byte("# Ядро Linux\n\n## Стабильные ветки\n\nДолгое время стабильные ветки поддерживали до шести лет, но в 2023 году разработчики объявили, что новые ветки будут поддерживаться около двух лет.\n")},
		"npm.md":   {Data: []byte("# Node.js\n\n## The npm registry\n\nIn 2014 the npm registry held 100000 packages, up from 2013.\n")},
	}
	e := New(bookIndex(t, book), Options{})
	tests := []struct {
		q    string
		want bool
	}{
		// A count that holds from a year on, or replaced what was long done.
		{"how many minor releases a year does kubernetes put out now", true},
		{"сколько лет сейчас поддерживают стабильные ветки?", true},
		// A count of a past year only.
		{"how many packages does the npm registry hold now?", false},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
}

func TestPlacesInPresent(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Since 2021 Kubernetes ships three minor releases a year.", true},
		{"С 2021 года выходит три релиза в год.", true},
		{"Раньше ветки жили шесть лет, но теперь два.", true},
		{"Долгое время LTS поддерживали до шести лет, но в 2023 году решили иначе.", true},
		{"In 2014 the registry held 100000 packages.", false},
		{"Ветки поддерживали шесть лет, но без исправлений.", false},
	}
	for _, tt := range tests {
		if got := placesInPresent(tt.s); got != tt.want {
			t.Errorf("placesInPresent(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
