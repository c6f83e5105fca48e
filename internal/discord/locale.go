package discord

import (
	"strings"

	"github.com/bwmarrin/discordgo"
)

// texts are the bot's own words in one language: one table per language,
// picked by the interaction's locale (see textsFor). Strings with verbs
// (%s, %d) are fmt formats.
type texts struct {
	// Router and rules.
	apology, restarting, unknownCommand, staleButton string
	retry                                            string // %d: Unix time
	notModerator, noModerators                       string

	// Questions and answers.
	askUsage, mentionHelp                string
	inThread                             string // %s: the thread's ID
	sources, notCovered, nearest         string
	writing, cutShort                    string
	helpful, notHelpful, thanks          string
	share, sharedBy, nothingToShare      string // sharedBy: %s the user's mention
	searchTitle, noPassages, readInBook  string // searchTitle: %s the query
	noChapter, noSection, sectionGone    string // noChapter: %s; noSection: %s, %s
	noSections, sectionsCount, readWhole string // sectionsCount: %d
	emptySection                         string
	seeAlso, source                      string // /chapter and answers: related chapters; /chapter: a site export's source

	// /reindex.
	running, runningAt, refreshing, refreshingAt string // ...At: %d/%d files
	refreshFailed, refreshed, unchanged, rebuilt string
	bookSize, changes                            string // bookSize: %d, %d, %s; changes: %d ×4
	added, changed, removed, problems, continued string
	warnings, warningsCount, unread, andMore     string // warningsCount, andMore: %d
	summaries                                    string
	savedNew, savedReplaced                      string // %s the file
	savedWaited, savedBusy                       string
	onlyChapters, tooBig, downloadFailed         string // onlyChapters: %s; tooBig: %s
	uploadsOff, refused                          string // refused: %s the reason

	// /status.
	status, index, chapters, sections, lastRefresh, uptime, llmMode string
	on, off, none, atStartup, builtAt, builtLater, refreshedAt      string // builtAt, builtLater: %s; refreshedAt: %s, %s, %s
	builtAtBy, builtLaterBy, askedBy, pid                           string // builtAtBy, builtLaterBy: %s when, %s who; askedBy: %s; pid: %d
	// askers names the Asker names in this language.
	askers map[string]string

	// /gaps.
	gapsTitle, gapsIntro, notCoveredList, votedDown, noneRecorded, last string
}

var english = &texts{
	apology:        "Sorry, something went wrong while answering. Please try again in a moment.",
	restarting:     "I'm restarting right now. Please ask again in a minute.",
	unknownCommand: "I don't know that command any more. Please try again in a minute.",
	staleButton:    "This button no longer works.",
	retry:          "You're asking faster than I can answer. Try again <t:%d:R>.",
	notModerator:   "Only moderators can use this command.",
	noModerators:   "Moderator commands are off: the bot's operator must set DISCORD_GUILD_ID or MODERATOR_ROLE_ID first.",

	askUsage:       "Ask a question, e.g. `/ask question: what is a slice?`",
	inThread:       "The answer is in the thread <#%s>; ask follow-ups there.",
	mentionHelp:    "Mention me with a question about the book, e.g. “@chapterbot what is a slice?”, or use `/ask`.",
	sources:        "Sources",
	notCovered:     "The book doesn't cover this.",
	nearest:        " The nearest sections are:",
	writing:        "writing…",
	cutShort:       "… (the answer was too long and is cut short here)",
	helpful:        "Helpful",
	notHelpful:     "Not helpful",
	thanks:         "Thanks for the feedback!",
	share:          "Share to channel",
	sharedBy:       "Shared by %s",
	nothingToShare: "There is nothing to share any more.",
	searchTitle:    "Search: %s",
	noPassages:     "No passages match.",
	readInBook:     "Read in the book",
	noChapter:      "No chapter matches “%s”. Pick one from the list as you type.",
	noSection:      "No section of “%s” matches “%s”.",
	sectionGone:    "That section is no longer in the book's index.",
	noSections:     "This chapter has no sections.",
	sectionsCount:  "%d sections",
	readWhole:      "Read the whole section",
	emptySection:   "This section has no text of its own.",
	seeAlso:        "See also",
	source:         "Source",

	running:        "A refresh is already running.",
	runningAt:      "A refresh is already running: files %d/%d.",
	refreshing:     "Refreshing…",
	refreshingAt:   "Refreshing… files %d/%d",
	refreshFailed:  "The refresh failed; the index is unchanged. The bot's log has the details.",
	refreshed:      "Index refreshed",
	unchanged:      "Index unchanged",
	rebuilt:        "The index was rebuilt from scratch.",
	bookSize:       "%d chapters, %d sections · took %s",
	changes:        "Added %d · changed %d · removed %d · problems %d",
	added:          "Added",
	changed:        "Changed",
	removed:        "Removed",
	problems:       "Problems",
	continued:      " (continued)",
	warnings:       "Warnings",
	warningsCount:  "Warnings %d",
	unread:         "Not read (chapters are .md, .markdown, .txt, .html or .htm files)",
	summaries:      "Read as the table of contents (mdBook's SUMMARY.md), not indexed as chapters",
	andMore:        "… and %d more (`chapterbot index` lists them all)",
	savedNew:       "Saved %s (new chapter).",
	savedReplaced:  "Saved %s (replaced).",
	savedWaited:    "Another refresh was running: the chapter was indexed once it had finished.",
	savedBusy:      "Another refresh is running: the chapter will be in the index after the next refresh (run /reindex again once this one ends).",
	onlyChapters:   "Only chapters (.md, .markdown, .txt, .html or .htm files) can be uploaded; “%s” is not one.",
	tooBig:         "The file is too big (%s); the limit is 1 MB.",
	downloadFailed: "I could not download the file. Please try again.",
	uploadsOff:     "Uploading chapters is not enabled on this bot.",
	refused:        "The chapter cannot be used: %s",

	status:       "Status",
	index:        "Index",
	chapters:     "Chapters",
	sections:     "Sections",
	lastRefresh:  "Last refresh",
	uptime:       "Uptime",
	llmMode:      "LLM mode",
	on:           "on",
	off:          "off",
	none:         "none",
	atStartup:    "at start-up",
	builtAt:      "at start-up; index built %s",
	builtLater:   "index built %s (by another process)",
	refreshedAt:  "%s, took %s (%s)",
	askedBy:      ", asked by %s",
	builtAtBy:    "at start-up; index built %s (%s)",
	builtLaterBy: "index built %s by another process (%s)",
	pid:          "pid %d",
	askers:       map[string]string{AskerStartup: "start-up", AskerFileWatcher: "file watcher", AskerCommandLine: "command line"},

	gapsTitle:      "Gaps in the book",
	gapsIntro:      "The questions asked most often, with the last time each was asked or voted on.",
	notCoveredList: "Not covered",
	votedDown:      "Voted 👎",
	noneRecorded:   "None recorded.",
	last:           "last",
}

var russian = &texts{
	apology:        "Извините, при ответе что-то пошло не так. Попробуйте ещё раз чуть позже.",
	restarting:     "Я сейчас перезапускаюсь. Спросите ещё раз через минуту.",
	unknownCommand: "Эта команда мне больше не известна. Попробуйте ещё раз через минуту.",
	staleButton:    "Эта кнопка больше не работает.",
	retry:          "Вы спрашиваете быстрее, чем я успеваю отвечать. Попробуйте снова <t:%d:R>.",
	notModerator:   "Эта команда доступна только модераторам.",
	noModerators:   "Команды модераторов отключены: оператор бота должен сначала задать DISCORD_GUILD_ID или MODERATOR_ROLE_ID.",

	askUsage:       "Задайте вопрос, например `/ask question: что такое срез?`",
	inThread:       "Ответ — в ветке <#%s>; уточняющие вопросы задавайте там.",
	mentionHelp:    "Упомяните меня с вопросом о книге, например «@chapterbot что такое срез?», или используйте `/ask`.",
	sources:        "Источники",
	notCovered:     "В книге об этом нет.",
	nearest:        " Ближайшие разделы:",
	writing:        "пишу…",
	cutShort:       "… (ответ слишком длинный и здесь обрезан)",
	helpful:        "Полезно",
	notHelpful:     "Бесполезно",
	thanks:         "Спасибо за отзыв!",
	share:          "Поделиться в канале",
	sharedBy:       "Поделился(-ась) %s",
	nothingToShare: "Делиться больше нечем.",
	searchTitle:    "Поиск: %s",
	noPassages:     "Ничего не найдено.",
	readInBook:     "Читать в книге",
	noChapter:      "Нет главы «%s». Выберите главу из списка при вводе.",
	noSection:      "В главе «%s» нет раздела «%s».",
	sectionGone:    "Этого раздела больше нет в индексе книги.",
	noSections:     "В этой главе нет разделов.",
	sectionsCount:  "разделов: %d",
	readWhole:      "Читать раздел целиком",
	emptySection:   "У этого раздела нет собственного текста.",
	seeAlso:        "См. также",
	source:         "Источник",

	running:        "Обновление индекса уже идёт.",
	runningAt:      "Обновление индекса уже идёт: файлы %d/%d.",
	refreshing:     "Обновляю…",
	refreshingAt:   "Обновляю… файлы %d/%d",
	refreshFailed:  "Обновление не удалось; индекс не изменён. Подробности в журнале бота.",
	refreshed:      "Индекс обновлён",
	unchanged:      "Индекс не изменился",
	rebuilt:        "Индекс перестроен с нуля.",
	bookSize:       "глав: %d, разделов: %d · заняло %s",
	changes:        "Добавлено %d · изменено %d · удалено %d · проблем %d",
	added:          "Добавлено",
	changed:        "Изменено",
	removed:        "Удалено",
	problems:       "Проблемы",
	continued:      " (продолжение)",
	warnings:       "Предупреждения",
	warningsCount:  "Предупреждений %d",
	unread:         "Не прочитаны (главы — это файлы .md, .markdown, .txt, .html или .htm)",
	summaries:      "Прочитаны как оглавление (SUMMARY.md из mdBook), не проиндексированы как главы",
	andMore:        "… и ещё %d (`chapterbot index` перечисляет все)",
	savedNew:       "Сохранён %s (новая глава).",
	savedReplaced:  "Сохранён %s (заменён).",
	savedWaited:    "Шло другое обновление: глава проиндексирована после его окончания.",
	savedBusy:      "Идёт другое обновление: глава попадёт в индекс при следующем обновлении (запустите /reindex, когда это закончится).",
	onlyChapters:   "Загружать можно только главы (файлы .md, .markdown, .txt, .html или .htm); «%s» не такой файл.",
	tooBig:         "Файл слишком большой (%s); предел — 1 MB.",
	downloadFailed: "Не удалось скачать файл. Попробуйте ещё раз.",
	uploadsOff:     "Загрузка глав в этом боте выключена.",
	refused:        "Главу нельзя использовать: %s",

	status:       "Состояние",
	index:        "Индекс",
	chapters:     "Главы",
	sections:     "Разделы",
	lastRefresh:  "Последнее обновление",
	uptime:       "Время работы",
	llmMode:      "Режим LLM",
	on:           "вкл.",
	off:          "выкл.",
	none:         "нет",
	atStartup:    "при запуске",
	builtAt:      "при запуске; индекс построен %s",
	builtLater:   "индекс построен %s (другим процессом)",
	refreshedAt:  "%s, заняло %s (%s)",
	askedBy:      ", запросил: %s",
	builtAtBy:    "при запуске; индекс построен %s (%s)",
	builtLaterBy: "индекс построен %s другим процессом (%s)",
	pid:          "pid %d",
	askers:       map[string]string{AskerStartup: "запуск бота", AskerFileWatcher: "наблюдение за файлами", AskerCommandLine: "командная строка"},

	gapsTitle:      "Пробелы в книге",
	gapsIntro:      "Самые частые вопросы и когда каждый из них задавали или оценивали в последний раз.",
	notCoveredList: "Нет в книге",
	votedDown:      "Оценены 👎",
	noneRecorded:   "Ничего не записано.",
	last:           "последний раз",
}

// textsFor picks the table for a Discord locale ("ru", "en-US"): Russian
// for Russian, English for everything else.
func textsFor(locale discordgo.Locale) *texts {
	if l := strings.ToLower(string(locale)); l == "ru" || strings.HasPrefix(l, "ru-") {
		return russian
	}
	return english
}

// localized is the Russian name or description of a command or option.
type localized struct{ name, description string }

// commandRussian holds the Russian names and descriptions of commands and
// options, by "command" or "command option". Names follow Discord's rule
// for command names: lower case, ^[-_\p{L}\p{N}]{1,32}$.
var commandRussian = map[string]localized{
	"ask":             {"спросить", "Спросить книгу; ответ ссылается на источники."},
	"ask question":    {"вопрос", "Ваш вопрос"},
	"ask private":     {"лично", "Ответ увидите только вы"},
	"search":          {"поиск", "Найти отрывки книги (без пересказа); видны только вам, пока не поделитесь."},
	"search query":    {"запрос", "Что искать"},
	"search results":  {"результаты", "Сколько отрывков (1-10)"},
	"chapter":         {"глава", "Показать оглавление главы или один её раздел."},
	"chapter name":    {"название", "Глава"},
	"chapter section": {"раздел", "Раздел главы"},
	"reindex":         {"переиндексировать", "Обновить индекс книги; можно сначала добавить или заменить главу."},
	"reindex file":    {"файл", "Глава (.md, .markdown, .txt, .html, .htm, не больше 1 MB), которую добавить или заменить"},
	"status":          {"состояние", "Как дела у бота: версия индекса, размер, последнее обновление, время работы."},
	"gaps":            {"пробелы", "Вопросы, которых нет в книге, и ответы, оценённые 👎."},
}

// localize adds the Russian names and descriptions to a command and its
// options.
func localize(def *discordgo.ApplicationCommand) {
	if ru, ok := commandRussian[def.Name]; ok {
		def.NameLocalizations = &map[discordgo.Locale]string{discordgo.Russian: ru.name}
		def.DescriptionLocalizations = &map[discordgo.Locale]string{discordgo.Russian: ru.description}
	}
	for _, o := range def.Options {
		if ru, ok := commandRussian[def.Name+" "+o.Name]; ok {
			o.NameLocalizations = map[discordgo.Locale]string{discordgo.Russian: ru.name}
			o.DescriptionLocalizations = map[discordgo.Locale]string{discordgo.Russian: ru.description}
		}
	}
}
