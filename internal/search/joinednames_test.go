package search

import (
	"context"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

// joinedNamesBook names Red Hat and Docker Hub in its headings; "Red" and
// "Hat" alone sound like no Russian word of the questions below.
var joinedNamesBook = fstest.MapFS{
	"ru/docker.md": {Data: []byte("---\nlang: ru\nslug: docker\n---\n# Docker\n\n" +
		"## Docker Hub и реестры\n\nБез входа образы скачивают с ограничением частоты.\n\n" +
		"## Компания и покупка Red Hat\n\nКомпанию купили в 2015 году.\n\n" +
		"## Образы\n\nОбраз собирают из Dockerfile.\n")},
}

// TestLatinJoinedNames: a Russian word that writes a two-word name of the
// book's headings as one word ("докерхаба", "редхат") stands for both of
// its words; one that sounds like no pair stands for nothing.
func TestLatinJoinedNames(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	refresh(t, ix, joinedNamesBook)
	got, err := ix.Latin(context.Background(), "сколько образов можно скачать с докерхаба? за сколько редхат купил компанию? что такое гитлаб?")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"докерхаб": {"docker", "hub"},
		"редхат":   {"red", "hat"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Latin (-want +got):\n%s", diff)
	}
}

func TestSearchJoinedNames(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	refresh(t, ix, joinedNamesBook)
	for _, tt := range []struct{ query, want string }{
		{"сколько образов можно скачать с докерхаба?", "docker#docker-hub-и-реестры"},
		{"когда редхат купил компанию?", "docker#компания-и-покупка-red-hat"},
	} {
		hits := search(t, ix, tt.query, 3)
		if len(hits) == 0 || hits[0].ID != tt.want {
			t.Errorf("Search(%q) = %v, want %s first", tt.query, ids(hits), tt.want)
		}
	}
}
