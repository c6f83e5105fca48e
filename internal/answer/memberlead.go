package answer

import (
	"regexp"
	"strings"
)

// memberHeadRe finds a heading that names one member of an API, and its
// name: a dotted name, called or not ("worker.isMainThread",
// "crypto.randomInt([min, ]max[, callback])", "new Console(options)"), or
// a command-line flag ("--unhandled-rejections=mode"). The name's last
// part is what code writes to use it.
var memberHeadRe = regexp.MustCompile(`^(?:new )?(?:[\pL_$][\pL\pN_$]*\.)+([\pL_$][\pL\pN_$]*)(?:\(.*\))?$|^(--?[\pL\pN][\pL\pN-]*)(?:[= \[].*)?$`)

// memberName returns the name of the API member that heading names (see
// memberHeadRe), "" when it names none.
func memberName(heading string) string {
	m := memberHeadRe.FindStringSubmatch(strings.TrimSpace(heading))
	if m == nil {
		return ""
	}
	if m[1] != "" {
		return m[1]
	}
	return m[2]
}

// namesMember reports whether the lead of an answer needs the heading of
// its section, an API member's (memberName), to say what it answers with:
// a reference page describes a member in sentences that leave its name to
// the heading ("Is true if this code is not running inside of a Worker
// thread." under "worker.isMainThread"), and a reader who asks how to do
// something ("how can code tell if it's running in the main thread") is
// asking for that name. A lead or a question that writes the name has it
// already.
func namesMember(heading, lead, question string) bool {
	name := memberName(heading)
	if name == "" {
		return false
	}
	return !writesCodeWord(lead, name) && !writesCodeWord(question, name)
}

// codeWordRe finds a word as code writes it: letters, digits, "_", "$"
// and "-" ("isMainThread", "--unhandled-rejections").
var codeWordRe = regexp.MustCompile(`[\pL\pN_$-]+`)

// writesCodeWord reports whether text writes name as a word of its own,
// in any case and with or without a flag's dashes: "platform" is no
// "platformSpecific", and "unhandled-rejections" is "--unhandled-rejections".
func writesCodeWord(text, name string) bool {
	name = strings.TrimLeft(strings.ToLower(name), "-")
	for _, w := range codeWordRe.FindAllString(strings.ToLower(text), -1) {
		if strings.TrimLeft(w, "-") == name {
			return true
		}
	}
	return false
}
