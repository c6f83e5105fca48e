package answer

import (
	"regexp"
	"strings"
)

// ruCommandRe finds what a Russian sentence gives the reader to type: a
// Latin name after the noun that says it is typed ("команда BGREWRITEAOF",
// "ключом -K (--ask-become-pass)", "утилита ansible-vault", "плагин
// aws_ec2", "спецификация GridFS"), one Cyrillic word between them at
// most ("Команда CREATE INDEX CONCURRENTLY"); or a statement of SQL, its
// verb and a keyword after it ("CREATE PUBLICATION orders_pub"). A Latin
// word in Russian prose is often only a product's name ("в Kafka", "BRIN —
// индекс ...", "HTTP API"): the noun before it, or a statement's verb,
// make it something to type. Not the plural "команды", which lists what
// a tool has ("есть команды terraform state list, terraform state mv и
// ...") rather than the one to type. A setting is something to type when
// named as the means, "параметром", "свойством" ("Автоочистку включают
// параметрами autopurge.purgeInterval ..."), not as what a sentence is
// about ("Частоту сброса задаёт параметр appendfsync"). The noun may
// announce the name after a dash or a colon ("Самая полезная команда —
// apachectl configtest", "удобно утилитами: a2ensite и a2dissite"), and a
// script is typed as a tool is ("Скрипт ssh-copy-id дописывает ключ").
var ruCommandRe = regexp.MustCompile(`(?:^|[^\pL])(?i:команд(?:а|у|ой)|ключ(?:ом|ами)?|флаг(?:ом|и|ами)?|опци(?:я|ю|ей|и)|утилит(?:а|у|ой|ы|ами)|скрипт(?:ом)?|плагин(?:а|ом|ы)?|спецификаци(?:я|ю|ей)|директив(?:а|у|ой|ы)|параметр(?:ом|ами)|свойств(?:ом|ами))(?:\s+|\s*[—–:]\s+)(?:\p{Cyrillic}+\s+)?\(?(-{0,2}[A-Za-z][\w.=/-]*)|\b((?:CREATE|ALTER|DROP|SELECT|INSERT|UPDATE|DELETE|GRANT|REVOKE|VACUUM|ANALYZE|EXPLAIN|REINDEX|TRUNCATE|COPY)(?:\s+[A-Z]{2,})+)\b`)

// productName is a Latin word written as a name is, a capital and lower
// case letters: "Команды Redis выполняются ..." tells of Redis's commands,
// and names none to type.
var productName = regexp.MustCompile(`^[A-Z][a-z]+$`)

// namesCommand reports whether a Russian sentence names a command, a key
// or a tool (ruCommandRe) that question does not write: what to type, to a
// "how" question, as code is (codeRe), which Russian prose quotes less
// than English prose does. A command the question names is what it asks
// about, not the way ("чем заменить команду keys").
func namesCommand(s, question string) bool {
	lq := strings.ToLower(question)
	for _, m := range ruCommandRe.FindAllStringSubmatch(s, -1) {
		name := strings.TrimRight(m[1]+m[2], ".=/-") // "команда KEYS."
		if !productName.MatchString(name) && !strings.Contains(lq, strings.ToLower(name)) {
			return true
		}
	}
	return false
}
