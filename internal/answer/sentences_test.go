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

// A question that tells its setup in a sentence of its own asks in the
// sentence after it, whose first words say its kind as a later clause's
// do: the question words after a full stop were read as none.
func TestQuestionKindAfterSentence(t *testing.T) {
	tests := []struct {
		q    string
		want kind
	}{
		{"слышал что в дебиане за системд голосовали и был ничейный счёт. кто в итоге решил?", kindWho},
		{"ансамбль из трех не собирается, пишет что-то про server id. куда надо класть файл myid?", kindWhere},
		{"my tls server socket emits an error when a client renegotiates a lot. how many renegotiations are allowed?", kindNumber},
		{"colors disappear when my cli output goes thru CI logs. which env var forces them on?", kindWhich},
		{"two of my files require each other and one of them gets an empty exports object. why", kindWhy},
		// A definition is asked only from the question's start.
		{"getting ECONNRESET from my http client. what does that code even mean", kindOther},
		// Dots inside a name or an address end no sentence.
		{"url.parse is deprecated", kindOther},
	}
	for _, tt := range tests {
		if got, _ := questionKind(tt.q); got != tt.want {
			t.Errorf("questionKind(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
