package answer

import (
	"testing"
	"testing/fstest"
)

// TestCoverageRussianLoanOtherChapter: a slang loan that only the book's
// English chapter writes ("мейнтейнер": maintainer) says nothing of the
// Russian chapter, which says it in Russian ("сопровождающего"), as a
// loan the whole book lacks says nothing: the question is covered by its
// other words. The English chapter is still judged on it, and a word that
// is no loan ("пирожки") still counts against the Russian one.
func TestCoverageRussianLoanOtherChapter(t *testing.T) {
	book := fstest.MapFS{
		"store.md": {Data: []byte("# Хранилище\n\n## Как появилось хранилище\n\nВ 2009 году Сальваторе Санфилиппо написал первую версию хранилища для своего стартапа.\n\n## Кто развивал проект\n\n" +
			"В 2010 году компания наняла Санфилиппо, чтобы он занимался хранилищем полный день. " +
			"В июне 2020 года Санфилиппо объявил, что уходит с поста сопровождающего.\n\n" +
			"## Журнал\n\nЖурнал операций дописывается на диск каждую секунду.\n")},
		"npm.md": {Data: []byte("# npm\n\n## Supply chain\n\nIn 2018 a new maintainer of event-stream added a dependency that stole wallets.\n")},
	}
	e := New(bookIndex(t, book), Options{})
	wantCovered(t, e, "когда санфилиппо перестал быть мейнтейнером?", true)
	wantCovered(t, e, "когда санфилиппо перестал печь пирожки?", false)
}
