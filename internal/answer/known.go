package answer

// KnownEnglish reports whether general English writes analysed term t
// (english.txt lists it): search reads no such term as a typo
// (search.Options.KnownWord).
func KnownEnglish(t string) bool {
	_, ok := englishWeights().lookup(t)
	return ok
}
