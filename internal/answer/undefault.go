package answer

// undefaultWeight scales the fit of a sentence that gives a value without
// stating it as the default that a factual question asks for ("how long
// does an http server keep an idle keep-alive socket open by default?": "A
// value of 0 makes the http server behave similarly to Node.js versions
// prior to 8.0.0" gives a setting and a version, "Default: 5000 (5
// seconds)." the default; "какой порт у redis по умолчанию?": Sentinel's
// port "(по умолчанию на порту 26379)" in passing, "Стандартный порт
// сервера — 6379." the server's). Tuning sets, lead: ru-kafka 0.667 ->
// 0.700, s8-nodedoc 0.233 -> 0.250 and lead-tune-ru 0.900 -> 0.933, alike
// at 0.3, 0.5 and 0.7 for number questions; at 0 questions-heldout falls
// 0.667 -> 0.636 ("how many background threads does node use ... by
// default": its answer states no default). Applied to "how do I" questions
// too, s8-nodedoc and s10-nodedoc each lose one ("whats the default cap and
// how do i raise it": the way is the answer).
const undefaultWeight = 0.5
