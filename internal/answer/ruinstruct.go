package answer

import "regexp"

// ruInstructRe finds a Russian sentence that tells how something is done
// in the impersonal way Russian prose tells it, where English says "you
// can" or "we use" (instructRe): a purpose clause that opens it, as "To
// ..., use ..." does in English ("Чтобы удалить ключ совсем, продюсер
// отправляет запись с пустым значением"), or "one uses", "serves for"
// ("Для PHP используется fastcgi_pass", "Для шардирования служит движок
// Distributed").
var ruInstructRe = regexp.MustCompile(`(?i)^(?:чтобы|для того чтобы)\s|(?:^|[^\pL])(?:используют|используется|используются|применяют|применяется|применяются|служит|служат)(?:[^\pL]|$)`)

// ruRoleRe finds "used as" ("которое чаще всего используют как кэш",
// "используется в качестве брокера"), which says what something serves
// as, not how to do a thing: the verbs of ruInstructRe then instruct
// nothing.
var ruRoleRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:используют|используется|используются|применяют|применяется|применяются)\s+(?:как|в качестве)(?:[^\pL]|$)`)
