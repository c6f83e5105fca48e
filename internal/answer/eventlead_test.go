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
		// Forking and bringing in are events of their own: "keeps API
		// compatibility with Elasticsearch 7.10" and "Go 1.0 is released"
		// give another event's version.
		{"which elasticsearch version was opensearch forked from", []search.Hit{
			{ID: "es#the-opensearch-fork", ChapterTitle: "Elasticsearch: The Documentary", Heading: "The OpenSearch fork", Score: 1.26,
				Text: "OpenSearch keeps the Apache 2.0 licence and API compatibility with Elasticsearch 7.10, and Kibana became OpenSearch Dashboards. The two code bases have drifted apart since the fork, so client libraries and plugins for one do not always work with the other."},
			{ID: "es#opensearch", ChapterTitle: "Elasticsearch: The Documentary", Heading: "OpenSearch", Score: 1.06,
				Text: "Amazon Web Services answers by forking the last Apache-licensed code, Elasticsearch 7.10.2 and Kibana 7.10, as OpenSearch. OpenSearch 1.0 is released on July 12, 2021."},
		}, "7.10.2"},
		{"which release brought go.mod and when was that", []search.Hit{
			{ID: "go#modules-arrive-in-go-111", ChapterTitle: "Go: The Documentary", Heading: "Modules arrive in Go 1.11", Score: 0.42,
				Text: "Go 1.11 in August 2018 introduces modules with the go.mod file and semantic import versioning, replacing GOPATH-based workflows; module mode becomes the default in Go 1.16."},
			{ID: "go#go-10", ChapterTitle: "Go: The Documentary", Heading: "Go 1.0 and the compatibility promise", Score: 0.19,
				Text: "Go 1.0 is released in March 2012 with the Go 1 compatibility promise: programs written to the Go 1 specification keep compiling and running correctly with every later Go 1.x release."},
		}, "Go 1.11"},
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
		{"which elasticsearch version was opensearch forked from", []*regexp.Regexp{eventForked}},
		{"which release brought go.mod and when was that", []*regexp.Regexp{eventAdded}},
		// "added" tells of adding, but asks of a release ("Added in:
		// v18.3.0").
		{"which node version added util.parseArgs", nil},
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

// A "why" question's verb names the event it asks the reason for: the
// sentence that tells it in other words and gives its cause leads, not
// one of a later event that shares more of the question's words.
func TestWhyEventLead(t *testing.T) {
	node := func(id, heading string, score float64, text string) search.Hit {
		return search.Hit{ID: "nodejs#" + id, ChapterTitle: "Node.js: The Documentary", Heading: heading, Score: score, Text: text}
	}
	hits := []search.Hit{
		node("reunification", "Reunification and governance reset", 0.77,
			"Node.js and io.js reunify, establishing a more transparent governance model for long-term project stability."),
		node("iojs-fork", "io.js fork", 0.64,
			"Disagreements around release pace and governance lead to a fork, which then reshapes project management practices."),
	}
	wantLead(t, hits, "why did io.js split off from node in the first place", "Disagreements around release pace")
}
