package answer

import (
	"slices"
	"strings"
)

// moveVerbs move the reader's code from one thing to another: "switch
// to", "migrate our api to", "jump straight to", "bump it to"; the forms
// of each, listed whole.
var moveVerbs = set(strings.Fields(`switch switches switching switched move moves moving moved migrate migrates migrating
migrated jump jumps jumping jumped upgrade upgrades upgrading upgraded bump bumps bumping bumped port porting ported`))

// maxMoveGap is the most words between a verb of moveVerbs and its "to":
// an adverb, or the object moved ("move my api from node to bun").
const maxMoveGap = 5

// movedTo reports whether fields[i] is what a verb of moving moves the
// reader to: the word right after a "to" that a verb of moveVerbs stands
// before in its sentence, at most maxMoveGap words away ("should i switch
// to go", "jump straight to 22"). What the reader would move to is the
// thing asked about as much as what they move from: a language ("go"
// there is no verb) or a release.
func movedTo(fields []string, i int) bool {
	if i < 2 || !strings.EqualFold(bareWord(fields[i-1]), "to") || endsSentence(fields[i-1]) {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-2-maxMoveGap; j-- {
		if endsSentence(fields[j]) {
			return false
		}
		if moveVerbs[strings.ToLower(bareWord(fields[j]))] {
			return true
		}
	}
	return false
}

// movedVersions returns the versions a question moves to by their number
// alone ("node 18 ... should i jump straight to 22"): each a version of
// the name the question versions last before it (see questionVersions),
// with that name. A number moved to with no name versioned before it
// ("bump to 20") is left unread.
func movedVersions(prose string, named []askedVersion) []askedVersion {
	if len(named) == 0 {
		return nil
	}
	var out []askedVersion
	fields := strings.Fields(prose)
	seen := 0 // the versions of named the fields read so far write
	for i, field := range fields {
		word := bareWord(field)
		n, ok := versionNumber(word)
		if !ok {
			continue
		}
		if seen < len(named) && n == named[seen].number && i > 0 && strings.EqualFold(bareWord(fields[i-1]), named[seen].word) {
			seen++
			continue
		}
		if seen == 0 || !movedTo(fields, i) || slices.ContainsFunc(named[:seen], func(v askedVersion) bool { return v.number == n }) {
			continue
		}
		if last := named[seen-1]; movesRelease(fields[:i-1], last.word) {
			out = append(out, askedVersion{last.name, n, last.word})
		}
	}
	return out
}

// releaseMoveWords may stand between a verb of moving and the "to" of a
// release: adverbs ("jump straight to 22") and a name's old release
// ("upgrade from node 18 to 22").
var releaseMoveWords = set(strings.Fields("straight right directly over up all the way from"))

// movesRelease reports whether the words before a "to" (fields, up to
// it) move a release, not a value: between the verb of moving and the
// "to" stand only releaseMoveWords, the name (word) and its numbers. "on
// node 18, should i bump maxSockets to 50" moves a setting to a value.
func movesRelease(fields []string, name string) bool {
	for j := len(fields) - 1; j >= 0; j-- {
		w := strings.ToLower(bareWord(fields[j]))
		if moveVerbs[w] {
			return true
		}
		if _, num := versionNumber(w); !num && !releaseMoveWords[w] && w != strings.ToLower(name) && !strings.HasSuffix(w, "ly") {
			return false
		}
	}
	return false
}
