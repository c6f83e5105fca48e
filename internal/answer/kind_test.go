package answer

import "testing"

func TestQuestionKind(t *testing.T) {
	tests := []struct {
		q       string
		kind    kind
		subject string
	}{
		{"Who created Node.js?", kindWho, ""},
		{"so who actually came up with node?", kindWho, ""},
		{"Кто создал Elixir?", kindWho, ""},
		{"кому antirez передал проект?", kindWho, ""},
		{"When was React released?", kindWhen, ""},
		{"what year did kubernetes come out", kindWhen, ""},
		{"Когда вышел React?", kindWhen, ""},
		{"В каком году появился Node.js?", kindWhen, ""},
		{"What is libuv?", kindWhat, "libuv"},
		{"what's an operator in k8s?", kindWhat, "operator"},
		{"What are Server Components?", kindWhat, "server components"},
		{"what does backpressure mean?", kindWhat, "backpressure"},
		{"what does mpsc stand for in std::sync::mpsc", kindWhat, "mpsc"},
		{"what does 'static mean on a reference?", kindWhat, "'static"},
		{"Что такое libuv?", kindWhat, "libuv"},
		{"what is liveview and how does it talk to the browser?", kindWhat, "liveview"},
		{"what is the point of typescript anyway?", kindOther, ""},
		{"what is the best way to structure a very large react app?", kindOther, ""},
		{"how do I scale websockets?", kindHow, ""},
		{"how does the borrow checker work?", kindOther, ""},
		{"main.rs is huge, how do i move a module into its own file", kindHow, ""},
		{"my connections die behind a proxy, what should I do?", kindHow, ""},
		{"how to name a function match?", kindHow, ""},
		{"Как заставить ключи попасть в один слот?", kindHow, ""},
		{"чем удалять огромный ключ?", kindHow, ""},
		{"чем Tarantool отличается от Redis?", kindOther, ""},
		{"why do browsers have to mask websocket frames?", kindWhy, ""},
		{"what was the deal with left-pad?", kindWhy, ""},
		{"Почему Node.js однопоточный?", kindWhy, ""},
		{"how many threads does libuv use?", kindNumber, ""},
		{"which TS version stopped null from sneaking in?", kindNumber, ""},
		{"what opcode is a ping frame?", kindNumber, ""},
		{"Сколько потоков использует libuv?", kindNumber, ""},
		{"с какой версии в redis есть acl?", kindNumber, ""},
		{"начиная с какой версии aof хранится в нескольких файлах?", kindNumber, ""},
		{"which node versions should I run?", kindNumber, ""},
		{"what ports does sentinel use?", kindNumber, ""},
		{"what is the maximum size of a websocket frame?", kindNumber, ""},
		{"какой максимальный размер у строкового значения?", kindNumber, ""},
		{"какого максимального размера может быть строковое значение?", kindNumber, ""},
		{"какой макс размер одного документа в монге", kindNumber, ""},
		{"с какого размера компании надо платить", kindNumber, ""},
		{"какой дефолтный размер чанка при шардировании", kindNumber, ""},
		{"какой формат у файла?", kindWhich, ""},
		{"какие версии redis ещё поддерживаются?", kindNumber, ""},
		{"what does close code 1006 mean?", kindWhat, "close code 1006"},
		{"Как работает event loop?", kindOther, ""},
		{"в какой версии завезли стримы?", kindNumber, ""},
		{"как часто редис чистит ключи?", kindNumber, ""},
		{"where does kubernetes keep the cluster state?", kindWhere, ""},
		{"where did kubernetes come from, was it really google?", kindWho, ""},
		{"откуда вообще взялся redis?", kindWho, ""},
		{"Где хранится состояние кластера?", kindWhere, ""},
		{"println! prints nothing in my tests, where does the output go?", kindWhere, ""},
		{"which hashing algorithm does HashMap use?", kindWhich, ""},
		{"in which file do tests live?", kindWhich, ""},
		{"what license is redis under now?", kindWhich, ""},
		{"what does it do?", kindOther, ""},
		{"на каком порту слушает sentinel?", kindWhich, ""},
		{"какая компания наняла автора?", kindWhich, ""},
		{"на чём делают лидерборды?", kindWhich, ""},
		{"как раньше называлась команда replicaof?", kindWhich, ""},
		{"when would i reach for Rc<RefCell<T>>?", kindOther, ""},
		{"what's the difference between liveness and readiness probes?", kindOther, ""},
		{"what even is fiber and why did they rewrite it?", kindWhat, "fiber"},
		{"what's a genserver for?", kindWhat, "genserver"},
		{"what's Buffer.poolSize by default?", kindWhat, "buffer.poolsize"},
		{"my api is slow when one request parses json, why?", kindWhy, ""},
		{"should it be &String or &str? whats more idiomatic", kindOther, ""},
		{"v[100] паникует, а v.get(100) нет — в чём разница?", kindOther, ""},
	}
	for _, tt := range tests {
		k, x := questionKind(tt.q)
		if k != tt.kind || x != tt.subject {
			t.Errorf("questionKind(%q) = %v, %q; want %v, %q", tt.q, k, x, tt.kind, tt.subject)
		}
	}
}

func TestFactual(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"Who created Node.js?", true},
		{"когда вышел React?", true},
		{"What is libuv?", true},
		{"how many threads does libuv use?", true},
		{"сколько слотов в кластере?", true},
		{"where does kubernetes keep the cluster state?", true},
		{"which rfc defines websockets?", true},
		{"на каком порту слушает sentinel?", true},
		{"why do browsers mask frames?", false},
		{"how do I scale websockets?", false},
		{"is kubernetes overkill for a tiny team?", false},
		{"чем отличаются Fn и FnOnce?", false},
	}
	for _, tt := range tests {
		if got := Factual(tt.q); got != tt.want {
			t.Errorf("Factual(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestSentenceFit(t *testing.T) {
	rare := func(w string) bool { return w == "Dahl" || w == "Valim" || w == "Валим" }
	plain := func(w string) bool { return w == "The" || w == "In" || w == "March" }
	known := func(w string) bool { return w == "Valim" }
	person := []struct {
		s    string
		made bool
		want float64
	}{
		{"2009: Ryan Dahl publishes the first releases.", false, 0.6},
		{"José Valim started it in 2011.", true, 0.8},
		{"Жозе Валим начал работу над языком.", false, 0.6},
		{"Jordan Walke, an engineer at the company, built a prototype.", true, 0.8},
		{"Phoenix was created by Chris McCord.", true, 1},
		{"The Node.js Foundation was created under the Linux Foundation.", true, 0.1},
		{"In March the registry changed its rules.", false, 0},
		{"Valim started Elixir in 2011.", true, 0.8},
		{"Dahl started Node.js in 2009.", true, 0.1},
	}
	for _, tt := range person {
		if got := hasPerson(tt.s, tt.made, plain, rare, known); abs(got-tt.want) > 1e-9 {
			t.Errorf("hasPerson(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	dates := []struct {
		s    string
		want float64
	}{
		{"May 2013: React is open-sourced.", 1},
		{"React was open-sourced in May 2013.", 1},
		{"Релиз состоялся в мае 2013 года.", 0.8},
		{"2015: React Native arrives.", 0.8},
		{"React renders components.", 0},
		{"It handles 10000 connections.", 0},
	}
	for _, tt := range dates {
		if got := hasDate(tt.s); got != tt.want {
			t.Errorf("hasDate(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	numbers := []struct {
		s, q string
		want float64
	}{
		{"Year: 2016; Milestone: TypeScript 2.0 adds strict null checks", "which TS version stopped null?", 1},
		{"Opcode: 0x9; Frame: Ping", "what opcode is a ping frame?", 1},
		{"The pool has four threads by default.", "how many threads?", 0.8},
		{"Пул по умолчанию держит четыре потока.", "сколько потоков?", 0.8},
		// A Russian numeral in another case than the nominative.
		{"Счётчик записывается десятью цифрами.", "сколько цифр в суффиксе?", 0.8},
		{"Ансамбль из пяти серверов переживает отказ двух.", "сколько отказов переживёт ансамбль?", 0.8},
		{"Ветки поддерживаются около двух лет.", "сколько лет поддерживают ветку?", 0.8},
		{"Семьи протоколов различаются.", "сколько протоколов?", 0},
		{"Node.js 18 reached its end in 2025.", "when does node 18 end?", 0},
		{"React renders components.", "how many components?", 0},
		// Digits that end a name are no number the question writes.
		{"All 500 of the fastest supercomputers run Linux.", "how many of the top500 run linux?", 1},
		{"All 500 of the fastest supercomputers run Linux.", "do all 500 run linux?", 0},
	}
	for _, tt := range numbers {
		if got := hasNumber(tt.s, tt.q); got != tt.want {
			t.Errorf("hasNumber(%q, %q) = %v, want %v", tt.s, tt.q, got, tt.want)
		}
	}
	reasons := []struct {
		s    string
		want float64
	}{
		{"Masking stops bytes from appearing on the wire in a predictable form.", 1},
		{"They forked it because releases were slow.", 1},
		{"Маскирование нужно, чтобы прокси не путались.", 1},
		{"By 2014 contributors were unhappy: releases had stalled.", 1},
		{"Число выбрано не случайно: цифры соответствуют буквам MERZ.", 1},
		{"Disagreements around release pace and governance lead to a fork.", 1},
		{"Every frame from client to server must be masked.", 0},
	}
	for _, tt := range reasons {
		if got := givesReason(tt.s); got != tt.want {
			t.Errorf("givesReason(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	ways := []struct {
		s    string
		want float64
	}{
		{"So, to drop a value early, we use the std::mem::drop function.", 1},
		{"You can send the --test-threads flag to the test binary.", 1},
		{"Set RUST_BACKTRACE to get a backtrace.", 1},
		{"Add the two lines to Cargo.toml:", 1},
		{"The test passes if the code inside the function panics.", 0},
		{"A slow client lets messages pile up in server memory.", 0},
		{"You can also define structs that don’t have any fields!", 0.4},
		{"Чтобы удалить большой ключ, нужно вызвать UNLINK.", 0.4},
	}
	for _, tt := range ways {
		if got := instructs(tt.s); abs(got-tt.want) > 1e-9 {
			t.Errorf("instructs(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	defs := []struct {
		s, x string
		want float64
	}{
		{"An operator, a term coined by CoreOS, is a controller.", "operator", 1},
		{"libuv is a C library.", "libuv", 1},
		{"libuv sends jobs to a thread pool.", "libuv", 0.5},
		{"The low-level work lives in libuv, a C library.", "libuv", 0.7},
		{"Node.js runs JavaScript on one thread.", "libuv", 0},
		{"Operators run databases.", "operator", 0.5},
		{"We use the channel function; mpsc stands for multiple producer, single consumer.", "mpsc", 0.7},
		{"libuvx is something else.", "libuv", 0},
		{"A TypeError is thrown if buffer is not a Buffer.", "buffer", 0},
		{"Buffer is not a string but bytes.", "buffer", 0.5},
	}
	for _, tt := range defs {
		if got := defines(tt.s, tt.x); got != tt.want {
			t.Errorf("defines(%q, %q) = %v, want %v", tt.s, tt.x, got, tt.want)
		}
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
