package discord

import (
	"fmt"
	"os"
	"sync"
	"testing"
)

// closing is the bots of finished tests still closing their gateway (see
// start), which discordgo makes take a second each: they close in the
// background, all at once, and TestMain waits for them and fails when one
// of them failed.
type closing struct {
	wg   sync.WaitGroup
	mu   sync.Mutex
	errs []string
}

var closers closing

// add runs close in the background; TestMain reports its error under name.
func (c *closing) add(name string, close func() error) {
	c.wg.Add(1)
	go func() {
		defer c.wg.Done()
		if err := close(); err != nil {
			c.mu.Lock()
			c.errs = append(c.errs, fmt.Sprintf("%s: %v", name, err))
			c.mu.Unlock()
		}
	}()
}

func TestMain(m *testing.M) {
	code := m.Run()
	closers.wg.Wait()
	for _, e := range closers.errs {
		fmt.Fprintln(os.Stderr, "FAIL:", e)
		code = 1
	}
	os.Exit(code)
}
