package answer

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A factual question's verb names the event it asks of: the sentence that
// tells of it leads, not a sentence of the same section or subject that
// shares more of the question's other words.
func TestUntoldLead(t *testing.T) {
	docker := func(id, heading string, score float64, text string) search.Hit {
		return search.Hit{ID: "docker#" + id, ChapterTitle: "Docker: The Documentary", Heading: heading, Score: score, Text: text}
	}
	for _, tc := range []struct {
		q    string
		hits []search.Hit
		want string
	}{
		{"which runtime did docker give to the OCI", []search.Hit{
			docker("open-specifications", "Open specifications", 0.72,
				"The OCI image and runtime specifications reached version 1.0 in July 2017, which means an image built with Docker can run under other OCI-compatible runtimes."),
			docker("oci", "Open Container Initiative", 0.67,
				"On June 22, 2015, Docker, CoreOS, and other vendors announce the OCI under the Linux Foundation, and Docker donates runc, a runtime carved out of libcontainer."),
		}, "runc"},
		{"where was docker shown to the public for the first time", []search.Hit{
			docker("docker-10", "Docker 1.0 and Docker Hub", 0.6,
				"On June 9, 2014, at the first DockerCon in San Francisco, Docker 1.0 is declared production-ready and Docker Hub launches as the public registry and image-sharing service."),
			docker("pycon", "The PyCon lightning talk", 0.3,
				"On March 15, 2013, Solomon Hykes gives a five-minute lightning talk called The future of Linux Containers at PyCon US in Santa Clara and shows Docker publicly for the first time."),
		}, "PyCon US"},
		{"when did solomon hykes leave docker", []search.Hit{
			docker("pycon", "The PyCon lightning talk", 1.02,
				"On March 15, 2013, Solomon Hykes gives a five-minute lightning talk called The future of Linux Containers at PyCon US in Santa Clara and shows Docker publicly for the first time."),
			docker("hykes", "Solomon Hykes", 0.91,
				"Founder of dotCloud and creator of Docker, who served as CTO and chief architect until 2018."),
			docker("hykes-leaves", "Solomon Hykes leaves", 0.8,
				"On March 28, 2018, the founder announces his departure from the company he started ten years earlier."),
		}, "March 28, 2018"},
	} {
		q := Question{Text: tc.q}
		got := New(analysedRetriever{fakeRetriever{hits: tc.hits}}, Options{}).extractive(context.Background(), q, Retrieval{Query: q.Text, Hits: tc.hits, Covered: true})
		if lead, _, _ := strings.Cut(got.Text, "["); !strings.Contains(lead, tc.want) {
			t.Errorf("%q: answer %q, want its lead to hold %q", tc.q, got.Text, tc.want)
		}
	}
}

func TestLeadEvents(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want []*regexp.Regexp
	}{
		{"when did solomon hykes leave docker", []*regexp.Regexp{eventLeft}},
		{"which runtime did docker give to the OCI", []*regexp.Regexp{eventGiven}},
		{"which company sponsored the version 3 rewrite", []*regexp.Regexp{eventFunded}},
		// The kind's own event: its cue words test it.
		{"who created docker?", nil},
		{"when was typescript first made public", nil},
		// The reader's own doing.
		{"can i ship my node cli as one binary? what tool does the doc use", nil},
		{"I shipped it: who gave libuv to the foundation?", nil},
		// "I/O" is no first person.
		{"who gave the I/O library to the foundation", []*regexp.Regexp{eventGiven}},
		// The time of what is asked.
		{"who took over when antirez stepped down?", nil},
		// The thing asked for, not an event.
		{"in which release did async/await become usable on stable rust", nil},
	} {
		k, _ := questionKind(tc.q)
		var got []*regexp.Regexp
		for _, i := range leadEvents(tc.q, k) {
			got = append(got, eventVerbs[i])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("leadEvents(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}
