package answer

// undefaultWeight scales the fit of a sentence that gives a number without
// stating it as the default that a question asks for ("how long does an
// http server keep an idle keep-alive socket open by default?": "A value
// of 0 makes the http server behave similarly to Node.js versions prior to
// 8.0.0" gives a setting and a version, "Default: 5000 (5 seconds)." the
// default). Tuning sets, lead: ru-kafka 0.667 -> 0.700 and s8-nodedoc
// 0.233 -> 0.250 alike at 0.3, 0.5 and 0.7; at 0 questions-heldout
// falls 0.667 -> 0.636 ("how many background threads does node use ...
// by default": its answer states no default).
const undefaultWeight = 0.5
