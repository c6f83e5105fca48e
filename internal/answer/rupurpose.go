package answer

import "regexp"

// ruPurposeRe finds a Russian sentence that says what a thing is for, its
// purpose or the part it plays, which answers "зачем нужны seed-ноды?" or
// "зачем нумеруют термы?" as a cause answers "почему": "Seed-узлы нужны
// только для начального знакомства", "Номер срока играет роль логических
// часов", "defaults роли ... предназначены для переопределения",
// "ClickHouse позволил хранить неагрегированные данные". The class is the
// Russian words of purpose and function: "нужен для / чтобы", "служит
// для", "предназначен", "позволяет", "играет роль".
var ruPurposeRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:нуж(?:ен|на|но|ны)(?: \pL+)? (?:для|чтобы)|служ(?:ит|ат|ил|или) (?:для|чтобы)|предназначен\pL*|позвол(?:яет|яют|ял|яла|яло|яли|ил|ила|ило|или)|игра(?:ет|ют|л|ла|ли) (?:\pL+ )?рол\pL*)(?:[^\pL]|$)`)
