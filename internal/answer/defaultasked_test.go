package answer

import (
	"testing"
	"testing/fstest"
)

// brokerBook gives the port a client connects to, and no default;
// brokerDefaultBook gives the default.
var (
	brokerBook = fstest.MapFS{
		"kafka.md": {Data: []byte(`# Kafka

## Running brokers

Our clients connect to each broker on port 9093 through the load balancer, and a topic keeps its log for seven days.
`)},
	}
	brokerDefaultBook = fstest.MapFS{
		"kafka.md": {Data: []byte(`# Kafka

## Running brokers

Each broker listens on port 9092 by default, and a topic keeps its log for seven days unless told otherwise.
`)},
	}
)

func TestAskedDefault(t *testing.T) {
	plain := New(bookIndex(t, brokerBook), Options{})
	stated := New(bookIndex(t, brokerDefaultBook), Options{})
	tests := []struct {
		e    *Engine
		q    string
		want bool
	}{
		// The default asked, which the book does not give.
		{plain, "whats the default port a kafka broker listens on", false},
		{plain, "what is the default port of a kafka broker?", false},
		// The book gives it.
		{stated, "whats the default port a kafka broker listens on", true},
		// A value that holds by default, not the default itself, asked.
		{plain, "which port does a kafka broker listen on?", true},
	}
	for _, tt := range tests {
		wantCovered(t, tt.e, tt.q, tt.want)
	}
}

func TestAskedDefaultPattern(t *testing.T) {
	for q, want := range map[string]bool{
		"whats the default port a kafka broker listens on":       true,
		"what's the default retention period for a kafka topic?": true,
		"What is the default max restarts a supervisor allows":   true,
		"how many threads does libuv use by default?":            false,
		"what port does wss:// use by default":                   false,
		"whats the defaulting rule":                              false,
	} {
		if got := askedDefault(q) != nil; got != want {
			t.Errorf("askedDefault(%q) = %v, want %v", q, got, want)
		}
	}
}

// The chapter that answers "what is the default ..." writes the word, in
// English or in Russian (the book of an English question may be Russian),
// wherever in the sentence.
func TestAskedDefaultWritten(t *testing.T) {
	re := askedDefault("whats the default port a kafka broker listens on")
	for s, want := range map[string]bool{
		"Each broker listens on port 9092 by default.": true,
		"Defaults: port 9092.":                         true,
		"Каждый брокер по умолчанию слушает порт 9092.":      true,
		"Дефолтный порт брокера 9092.":                       true,
		"Our clients connect to each broker on port 9093.":   false,
		"Наши клиенты подключаются к брокеру на порту 9093.": false,
	} {
		if got := re.MatchString(s); got != want {
			t.Errorf("askedDefault(...).MatchString(%q) = %v, want %v", s, got, want)
		}
	}
}
