package answer

import (
	"strings"
	"unicode"
)

// doingVerbs are the words a Russian reader writes before a command they
// run: the first person of doing, running and typing ("делаю",
// "запускаю", "ввожу"), and the infinitive of a run they suppose ("если
// сделать"). Not the past, whose "сделал" is also the third person's:
// "кто сделал freenginx" asks about the name.
var doingVerbs = map[string]bool{
	"делаю": true, "сделаю": true,
	"запускаю": true, "запущу": true, "выполняю": true, "выполню": true,
	"ввожу": true, "введу": true, "набираю": true, "наберу": true, "вызываю": true,
	"сделать": true, "запустить": true, "выполнить": true,
}

// ranCommands returns the commands a Russian question says the reader ran:
// the Latin fields (and the fields of punctuation among them) right after
// a verb of doingVerbs ("делаю systemctl restart", "если сделать select
// xmin, * from t"). They are the reader's, as pasted output is: a word of
// them the book never writes names nothing the question asks about. An
// infinitive counts only after "если": "как сделать durable консьюмера"
// asks how to do the thing.
func ranCommands(query string) []string {
	fields := strings.Fields(query)
	var out []string
	for i := 0; i < len(fields); i++ {
		verb := strings.ToLower(bareWord(fields[i]))
		if !doingVerbs[verb] || strings.HasSuffix(verb, "ть") && (i == 0 || strings.ToLower(bareWord(fields[i-1])) != "если") {
			continue
		}
		j := i + 1
		for j < len(fields) && (latinField(fields[j]) || !strings.ContainsFunc(fields[j], unicode.IsLetter)) {
			j++
		}
		if j > i+1 {
			out = append(out, strings.Join(fields[i+1:j], " "))
		}
		i = j - 1
	}
	return out
}
