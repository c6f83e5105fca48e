package answer

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/chapterbot/chapterbot/internal/search"
)

//go:generate go run russian_gen.go

//go:embed russian.txt
var russianFile string

// russianWeights parses the embedded russian.txt once; TestRussianFile
// checks it, so a failure here is a build that no test passed.
var russianWeights = sync.OnceValue(func() wordWeights {
	e, err := parseWeights(russianFile)
	if err != nil {
		panic(err)
	}
	return e
})

// russianFillerWords are the conversational words of a Russian question,
// as fillerWords are of an English one: "подскажите, пожалуйста, как вообще
// сделать ...". The index's Russian stop words are gone already. A chat's
// words for a symptom and for where it shows ("тормозит", "глючит", "на
// проде") are among them: a book says what it is about in other words.
const russianFillerWords = `подскажите подскажи скажите скажи объясните объясни расскажите расскажи пожалуйста спасибо привет
здравствуйте вопрос вопросы вообще просто собственно именно вроде типа короче кстати реально действительно
можно нужно надо нельзя стоит хочу хочется хотел хотела хотим пытаюсь пробую понять понимаю знаю знать
делать сделать делает сделал использовать используют использую работать работает штука штуки вещь вещи
какой какая какое какие каким какого почему зачем откуда сколько лучше хорошо плохо правильно нормально
случиться случается бывает происходит новый старый это этот эта эти этим этого такое такой такая такие
который которая которое которые которых которым свой своя свою свои мой моя мои наш ваш всё-таки какой-то
как-то что-то где-то кто-то чего-то ли же вот вон типо щас сейчас
завезли завезти завезут дёргать дёрнуть юзать заюзать юзаю юзаем прикрутить запилить пилить замутить сварганить
шарю шарит вкурить плиз пжлст пж ребят ребята народ чё чо норм ваще кароче прям чутка скока скоко
прод проде прода тормозит тормозить тормозят глючит глючить глючат`

// Russian stems the index's stemmer makes of one word differ in their last
// letters ("хеширует": хешир, "хеширования": хеширован), so a form a
// question uses may be missing from russian.txt although its word is
// there. minRelative is the fewest letters of the shorter of two related
// stems, maxRelative the most letters by which they may differ: the
// bounds the search reads the same word within (search.MinStemForm).
const (
	minRelative = search.MinStemForm
	maxRelative = search.MaxStemTail
)

// relative returns the weight of the lightest term of e related to Russian
// term t (one a prefix of the other, as bounded by minRelative and
// maxRelative), or e.floor when none is.
func (e wordWeights) relative(t string) float64 {
	runes := []rune(t)
	w := e.floor
	for k := len(runes) - 1; k >= max(minRelative, len(runes)-maxRelative); k-- {
		w = min(w, e.weight(string(runes[:k])))
	}
	if len(runes) < minRelative {
		return w
	}
	i := sort.Search(len(e.lines), func(i int) bool { return e.term(i) >= t })
	for ; i < len(e.lines) && strings.HasPrefix(e.term(i), t); i++ {
		if utf8.RuneCountInString(e.term(i))-len(runes) <= maxRelative {
			w = min(w, e.weight(e.term(i)))
		}
	}
	return w
}

// related reports whether Russian stems a and b are two stems of one word
// (one a prefix of the other, as bounded by minRelative and maxRelative):
// the one reading of "the same Russian word stemmed otherwise" that
// coverage (relatedStem) and the answerable check (holds) share. (The
// general weights, wordWeights.relative, look up the shorter and longer
// stems of a term in a sorted list within the same bounds.)
func related(a, b string) bool {
	n, m := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if min(n, m) < minRelative || n == m || max(m, n)-min(m, n) > maxRelative {
		return false
	}
	return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}
