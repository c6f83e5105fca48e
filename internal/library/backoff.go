package library

import (
	"encoding/json"
	"os"
	"path/filepath"
	"time"
)

// failedName is the marker a failed refresh leaves in the index directory
// (a full disk, a read-only directory): an automatic refresh of the same
// content is not tried again before Options.RetryAfter, so that every CLI
// question does not pay for a rebuild that will fail; the live index
// answers meanwhile. A successful refresh removes it.
const failedName = "refresh-failed.json"

type failure struct {
	At      time.Time `json:"at"`
	Content string    `json:"content"` // contentHash of what was refreshed
	Err     string    `json:"err"`
}

func readFailure(dir string) (failure, bool) {
	var f failure
	b, err := os.ReadFile(filepath.Join(dir, failedName))
	if err != nil || json.Unmarshal(b, &f) != nil {
		return failure{}, false
	}
	return f, true
}

// noteFailure records a failed refresh; best effort (the disk may be full).
func noteFailure(dir, content string, err error) {
	b, _ := json.Marshal(failure{At: time.Now().UTC(), Content: content, Err: err.Error()})
	_ = os.WriteFile(filepath.Join(dir, failedName), b, 0o644)
}

func clearFailure(dir string) {
	_ = os.Remove(filepath.Join(dir, failedName))
}
