package answer

import (
	"testing"
	"testing/fstest"
)

// russianRestatedBook states a premise in the words a question uses,
// then gives the reason in the sentence after it.
var russianRestatedBook = fstest.MapFS{
	"ch.md": {Data: []byte(`---
title: "ClickHouse"
lang: ru
---

# ClickHouse

## Координация реплик

Реплики договариваются друг с другом через сервис координации. Исторически им был ZooKeeper: в нём хранятся метаданные таблицы и журнал репликации реплик. ZooKeeper написан на Java, и его обслуживание доставляло много хлопот. Поэтому появился Keeper — собственный сервис на C++. Он совместим с протоколом ZooKeeper, поэтому переключиться на него можно без изменения таблиц.

`)},
}

// A Russian "why" question whose words the sentence before the reason
// restates leads with the reason, which the sentence after it gives.
func TestAskRussianAfterRestatement(t *testing.T) {
	e := New(bookIndex(t, russianRestatedBook), Options{})
	askLeads(t, e, []struct{ q, want string }{
		{"зачем переезжать с zookeeper, чем он плох для реплик?", "Поэтому появился Keeper"},
	})
}
