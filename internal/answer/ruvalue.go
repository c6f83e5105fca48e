package answer

// bareValueFit is the fit of c, a sentence of the best passage that
// shares no word with the Russian question q but gives the kind of value
// q asks for: a default when it asks for one ("какая eviction policy
// стоит из коробки?": "По умолчанию стоит noeviction: ..."), a rate when
// it asks how often ("автокомит оффсетов как часто срабатывает?": "По
// умолчанию клиент фиксирует смещения автоматически: ..., раз в пять
// секунд"). The best passage is about what the question asks, and the
// sentence that gives its value often names the thing another way than
// the question does. Half the fit of one that holds the whole subject.
func bareValueFit(q string, c *sentence, askDefault bool) float64 {
	if c.hit != 0 || scriptOf(q) != scriptCyrillic {
		return 0
	}
	if askDefault && statesDefault(q, c.text) || ruOftenQRe.MatchString(q) && ruRateRe.MatchString(c.text) {
		return 0.5
	}
	return 0
}
