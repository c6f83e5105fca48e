package search

import (
	"slices"
	"testing"
)

func TestGettersFirst(t *testing.T) {
	stream := func(getter float64) []Hit {
		return []Hit{
			{Passage: "a", Heading: "stream.setDefaultHighWaterMark(objectMode, value)", Score: 3.9},
			{Passage: "b", Heading: "stream.getDefaultHighWaterMark(objectMode)", Score: getter},
			{Passage: "c", Heading: "Buffering", Score: 1},
		}
	}
	tests := []struct {
		name string
		q    string
		hits []Hit
		want []string
	}{
		{"a setting asked about", "whats the default highWaterMark for a stream? and for objectMode?", stream(3.8),
			[]string{"b", "a", "c"}},
		{"how to change it", "how do i make the default highWaterMark bigger", stream(3.8), []string{"a", "b", "c"}},
		{"a verb of change", "can i raise the default highWaterMark", stream(3.8), []string{"a", "b", "c"}},
		{"a getter well below", "whats the default highWaterMark for a stream", stream(2), []string{"a", "b", "c"}},
		{"a getter above", "whats the default highWaterMark", []Hit{
			{Passage: "b", Heading: "stream.getDefaultHighWaterMark(objectMode)", Score: 3.9},
			{Passage: "a", Heading: "stream.setDefaultHighWaterMark(objectMode, value)", Score: 3.8},
		}, []string{"b", "a"}},
		{"no getter", "whats the default result order", []Hit{
			{Passage: "a", Heading: "dns.setDefaultResultOrder(order)", Score: 2},
			{Passage: "b", Heading: "dns.lookup(hostname[, options], callback)", Score: 1.9},
		}, []string{"a", "b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gettersFirst(tt.q, tt.hits)
			var got []string
			for _, h := range tt.hits {
				got = append(got, h.Passage)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("order %v, want %v", got, tt.want)
			}
		})
	}
}

func TestGetterOf(t *testing.T) {
	for _, tt := range []struct {
		n, want string
		ok      bool
	}{
		{"stream.setdefaulthighwatermark", "stream.getdefaulthighwatermark", true},
		{"settimeout", "gettimeout", true},
		{"emitter.set", "", false},
		{"buf.subarray", "", false},
	} {
		got, ok := getterOf(tt.n)
		if got != tt.want || ok != tt.ok {
			t.Errorf("getterOf(%q) = %q, %v, want %q, %v", tt.n, got, ok, tt.want, tt.ok)
		}
	}
}
