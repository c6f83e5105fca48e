package answer

import "regexp"

// valueDefaultRe finds an English sentence that states a default in words
// defaultRe does not read: the default "of" what comes between the word
// and its value ("The default value of this parameter is 511 (not 512)."),
// or the value comes first ("... if the port (9229 by default) is not
// firewall-protected.", "listens on port 9092 by default"). A number must
// come right before "by default", with its unit at most: "By default
// EventEmitters will print a warning ..." gives no value there.
var valueDefaultRe = regexp.MustCompile(`(?i)\bdefault\s+(?:value\s+)?of\s+(?:the|this|that|its|each)\s+[\pL\pN_.$-]+\s+is\s+\S|\b\d[\d,._]*(?:\s*[\pL%]+)?\s+by\s+default\b`)

// statesDefaultValue reports whether s states a default in the words of
// valueDefaultRe.
func statesDefaultValue(s string) bool { return valueDefaultRe.MatchString(s) }
