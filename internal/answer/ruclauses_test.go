package answer

import "testing"

// A Russian question that pastes a message asks of it in its Russian
// words: after the message's last sentence ("... 'maxmemory'. что
// крутить"), or around a message pasted in its middle. Both were read as
// no kind, and the quote of the message led their answers.
func TestQuestionKindAfterPaste(t *testing.T) {
	tests := []struct {
		q    string
		want kind
	}{
		{"(error) OOM command not allowed when used memory > 'maxmemory'. что крутить в конфиге для кеша", kindHow},
		{"пересобрал ядро, теперь при загрузке паника:\nKernel panic - not syncing: VFS: Unable to mount root fs on unknown-block(0,0)\nчто делать?", kindHow},
		{"ключи скопировал с флешки. Permissions 0644 are too open. чо делать", kindHow},
		// A message the Russian words ask nothing of keeps no kind.
		{"пересобрал ядро, теперь при загрузке паника:\nKernel panic - not syncing: VFS: Unable to mount root fs on unknown-block(0,0)\nспасибо", kindOther},
	}
	for _, tt := range tests {
		if got, _ := questionKind(tt.q); got != tt.want {
			t.Errorf("questionKind(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
