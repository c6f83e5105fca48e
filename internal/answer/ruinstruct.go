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
