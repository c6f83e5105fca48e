package book

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// parseHTML reads a page saved from a website. The chapter is the page's
// article: its one <article>, else its <main>, else its <body>; site chrome
// (navigation, the site's header and footer, sidebars, scripts, forms,
// cookie banners) is dropped wherever it is. The first <h1> is the title
// (else <title>), <h1>–<h6> below it make sections, and a heading's anchor
// is the page's own id for it when it has one, so deep links land where the
// page puts them. <html lang> gives the language and <link rel="canonical">
// (or og:url) the URL. Text is shaped as the Markdown reader shapes it (see
// textWriter): paragraphs split by "\n\n", a list one block of "- item"
// lines, a table one block of "a | b" rows, code one block of its non-blank
// lines.
func parseHTML(ch *Chapter, data []byte) error {
	ch.Format = FormatHTML
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		// The parser fails only on a page nested deeper than 512 elements.
		return &Problem{File: ch.File, Reason: "html: " + strings.TrimPrefix(err.Error(), "html: ")}
	}
	r := htmlReader{used: anchors{}, taken: map[string]bool{}}
	var htmlEl, head, body, main *html.Node
	var headings, articles []*html.Node
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if id := attr(n, "id"); id != "" {
			r.used[id] = 0 // a made-up anchor must not name another element of the page
		}
		switch n.DataAtom {
		case atom.Html:
			htmlEl = first(htmlEl, n)
		case atom.Head:
			head = first(head, n)
		case atom.Body:
			body = first(body, n)
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			headings = append(headings, n)
		}
		return true
	})
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if chrome(n) {
			return false
		}
		switch {
		case n.DataAtom == atom.Main || strings.EqualFold(attr(n, "role"), "main"):
			main = first(main, n)
		case n.DataAtom == atom.Article:
			articles = append(articles, n)
		}
		return true
	})
	lines, strays := scanSource(data)
	r.headText = headText(body, strays)
	r.lines = make(map[*html.Node]int, len(headings))
	for i, h := range headings {
		if i < len(lines) {
			r.lines[h] = lines[i]
		}
	}

	if htmlEl != nil {
		if l := attr(htmlEl, "lang"); l != "" {
			if base, ok := baseLang(l); ok {
				ch.Lang = base
			} else {
				ch.Warnings = append(ch.Warnings, &Problem{File: ch.File,
					Reason: "<html lang=" + quoteShort(l) + "> is not a language code; the language is detected from the text"})
			}
		}
	}
	var pageTitle string
	if head != nil {
		pageTitle = r.head(ch, head)
	}

	root := body
	switch {
	case len(articles) == 1:
		root = articles[0]
	case main != nil:
		root = main
	}
	if root == nil {
		root = doc
	}
	// The title: the first <h1> of the article, else of the page, else
	// <title>.
	for _, scope := range []*html.Node{root, body} {
		if scope == nil || r.title != nil {
			continue
		}
		walk(scope, func(n *html.Node) bool {
			if r.title != nil || n.Type != html.ElementNode || (n != scope && chrome(n)) {
				return false
			}
			if n.DataAtom == atom.H1 {
				if t := flatHeading(n); t != "" {
					r.title, ch.Title = n, t
					return false
				}
			}
			return true
		})
	}
	if ch.Title == "" {
		ch.Title = pageTitle
	}
	if ch.Title == "" {
		ch.Title = baseName(ch.File)
	}
	if r.title != nil {
		r.used.unique(Anchor(ch.Title)) // the title takes its anchor, as in Markdown
	}

	r.out = newOutline(ch)
	r.children(root)
	r.out.end(r.w.String())
	citedBy(ch, root)
	return nil
}

// htmlReader renders the article of a page into sections.
type htmlReader struct {
	out   *outline           // nil when rendering flat text (a table cell, a heading)
	w     textWriter         // the current section's text
	used  anchors            // anchors handed out, and every id on the page
	taken map[string]bool    // page ids given to sections
	lines map[*html.Node]int // heading element -> 1-based line in the file
	title *html.Node         // the <h1> that is the title
	// headText are the text nodes the parser moved into <body> from the
	// page's <head>, where the source has them (an unfilled template
	// placeholder): no browser reader would take them for the article.
	headText map[*html.Node]bool
	counted  map[*html.Node]letterCount // see letters
	inList   int                        // list nesting: blocks in an item are lines, not paragraphs
	// inHeading: rendering a heading's text, side links dropped.
	inHeading bool
	inCode    int // <code> nesting outside <pre>: its marks end no sentence (codeText)
}

// head reads the page's <title> (without a " | Site" suffix) and sets
// ch.URL from <link rel="canonical"> or <meta property="og:url"> when it is
// an absolute http(s) URL.
func (r *htmlReader) head(ch *Chapter, head *html.Node) (title string) {
	var canonical, ogURL string
	walk(head, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Title:
			if title == "" {
				title = strings.Join(strings.Fields(textContent(n)), " ")
			}
		case atom.Link:
			for rel := range strings.FieldsSeq(strings.ToLower(attr(n, "rel"))) {
				if rel == "canonical" && canonical == "" {
					canonical = strings.TrimSpace(attr(n, "href"))
				}
			}
		case atom.Meta:
			if strings.EqualFold(attr(n, "property"), "og:url") && ogURL == "" {
				ogURL = strings.TrimSpace(attr(n, "content"))
			}
		}
		return true
	})
	if i := strings.LastIndex(title, " | "); i > 0 {
		title = strings.TrimSpace(title[:i])
	}
	url, from := canonical, `<link rel="canonical">`
	if url == "" {
		url, from = ogURL, `<meta property="og:url">`
	}
	if url != "" {
		if reason := checkURL(url); reason != "" {
			ch.Warnings = append(ch.Warnings, &Problem{File: ch.File, Reason: from + " " + reason + "; the chapter is indexed without links"})
		} else {
			ch.URL = url
		}
	}
	return title
}

func (r *htmlReader) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.node(c)
	}
}

func (r *htmlReader) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		if !r.headText[n] {
			r.text(n.Data)
		}
		return
	case html.ElementNode:
	default: // comments, doctype
		return
	}
	if chrome(n) || r.headText[n] || r.out != nil && r.out.intro() && r.linkBlock(n) || r.inHeading && bracketLink(n) {
		return
	}
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		switch {
		case n == r.title:
		case r.out == nil || r.inList > 0:
			r.block(n) // a heading in a list or a table cell is text
		default:
			r.heading(n)
		}
	case atom.Br:
		r.w.brk("\n")
	case atom.Hr:
		r.w.brk(r.sep())
	case atom.Ul, atom.Ol, atom.Menu:
		r.list(n)
	case atom.Table:
		r.table(n)
	case atom.Pre:
		r.pre(n)
	case atom.Dl:
		r.definitions(n)
	case atom.Img:
		if alt := strings.TrimSpace(attr(n, "alt")); alt != "" {
			r.text(" " + alt + " ")
		}
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Header, atom.Hgroup, atom.Figure,
		atom.Figcaption, atom.Blockquote, atom.Address, atom.Details, atom.Summary, atom.Dt, atom.Dd,
		atom.Li, atom.Caption, atom.Center, atom.Fieldset, atom.Legend, atom.Tr, atom.Td, atom.Th, atom.Video, atom.Audio:
		r.block(n)
	case atom.Code:
		r.inCode++
		r.children(n)
		r.inCode--
	default: // inline: a, em, span…
		if n.DataAtom == atom.A && r.out != nil {
			r.out.link(attr(n, "href"))
		}
		r.children(n)
	}
}

// sep is the separator between blocks: a blank line, or a line break
// inside a list item.
func (r *htmlReader) sep() string {
	if r.inList > 0 {
		return "\n"
	}
	return "\n\n"
}

func (r *htmlReader) block(n *html.Node) {
	r.w.brk(r.sep())
	r.children(n)
	r.w.brk(r.sep())
}

// text writes a text node with its white space collapsed, as a browser
// shows it.
func (r *htmlReader) text(s string) {
	if s == "" {
		return
	}
	words := strings.Fields(s)
	if r0, _ := utf8.DecodeRuneInString(s); len(words) == 0 || isSpace(r0) {
		r.w.space = true
	}
	if len(words) == 0 {
		return
	}
	text, mark := strings.Join(words, " "), false
	if r.inCode > 0 {
		text, mark = codeText(text)
	}
	r.w.writeString(text)
	r.w.glued = mark
	if isSpace(lastRune(s)) {
		r.w.space = true
	}
}

func (r *htmlReader) heading(n *html.Node) {
	text := flatHeading(n)
	if text == "" {
		return // an icon or a spacer: nothing to name a section by
	}
	anchor := ""
	if id := pageAnchor(n); id != "" && !r.taken[id] {
		anchor = id
	} else {
		anchor = r.used.unique(Anchor(text))
	}
	r.taken[anchor] = true
	r.used[anchor] = 0
	r.out.heading(r.w.String(), int(n.Data[1]-'0'), text, anchor, r.lines[n])
	r.w.reset()
}

func (r *htmlReader) list(n *html.Node) {
	ordered := n.DataAtom == atom.Ol
	num := 1
	if s, err := strconv.Atoi(strings.TrimSpace(attr(n, "start"))); err == nil && ordered && s >= 0 && s < 1e9 {
		num = s
	}
	sep := r.sep()
	r.inList++
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Li {
			r.node(c)
			continue
		}
		if chrome(c) {
			continue
		}
		r.w.brk(sep)
		sep = "\n"
		marker := "- "
		if ordered {
			marker = strconv.Itoa(num) + ". "
			num++
		}
		r.w.prefix = r.w.indent + marker
		r.w.indent += "  "
		r.children(c)
		r.w.indent = r.w.indent[:len(r.w.indent)-2]
	}
	r.inList--
	r.w.prefix = "" // an empty last item
	r.w.brk(r.sep())
}

// definitions writes a definition list as one block of "term: definition"
// lines.
func (r *htmlReader) definitions(n *html.Node) {
	r.w.brk(r.sep())
	afterTerm := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			r.node(c)
			continue
		}
		switch {
		case chrome(c):
		case c.DataAtom == atom.Dt:
			r.w.brk("\n")
			r.children(c)
			afterTerm = true
		case c.DataAtom == atom.Dd && afterTerm:
			r.w.writeString(":")
			r.w.space = true
			r.children(c)
			afterTerm = false
		default:
			r.w.brk("\n")
			r.children(c)
			afterTerm = false
		}
	}
	r.w.brk(r.sep())
}

// table writes one line a row, cells separated by " | " as the Markdown
// reader writes them; a caption is a line above the rows.
func (r *htmlReader) table(n *html.Node) {
	r.w.brk(r.sep())
	var rows func(n *html.Node)
	rows = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || chrome(c) {
				continue
			}
			switch c.DataAtom {
			case atom.Caption:
				if t := flatText(c, r.title); t != "" {
					r.w.brk("\n")
					r.w.writeString(t)
				}
			case atom.Thead, atom.Tbody, atom.Tfoot:
				rows(c)
			case atom.Tr:
				var cells []string
				filled := false
				for td := c.FirstChild; td != nil; td = td.NextSibling {
					if td.Type == html.ElementNode && (td.DataAtom == atom.Td || td.DataAtom == atom.Th) && !chrome(td) {
						t := flatText(td, r.title)
						cells = append(cells, t)
						filled = filled || t != ""
					}
				}
				if filled {
					r.w.brk("\n")
					r.w.writeString(strings.Join(cells, " | "))
				}
			}
		}
	}
	rows(n)
	r.w.brk(r.sep())
}

// pre writes preformatted text line by line, blank lines dropped, as the
// Markdown reader writes code blocks. What a reader of the page does not see
// in it is left out (see shownCode); the lines of output are marked as a
// fenced block's are (OutputMark), by the language its class names.
func (r *htmlReader) pre(n *html.Node) {
	r.w.brk(r.sep())
	output := outputLines([]byte(codeLanguage(n)))
	for line := range strings.SplitSeq(shownCode(n), "\n") {
		line = strings.TrimRight(line, " \t\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		if output != nil && output([]byte(line)) {
			line = string(markOutput([]byte(line)))
		}
		r.w.brk("\n")
		r.w.writeString(line)
	}
	r.w.brk(r.sep())
}

// flatText is the text of n on one line, chrome dropped.
func flatText(n, title *html.Node) string {
	sub := htmlReader{title: title}
	sub.children(n)
	return strings.Join(strings.Fields(sub.w.String()), " ")
}

// flatHeading is a heading's text without the permalink marks that sites
// put beside headings ("#", "¶", "§", "🔗") and the links in brackets
// ("[src]", "[edit]").
func flatHeading(n *html.Node) string {
	sub := htmlReader{inHeading: true}
	sub.children(n)
	return strings.TrimSpace(strings.Trim(strings.Join(strings.Fields(sub.w.String()), " "), "#¶§🔗 "))
}

// bracketLink reports whether n is a link whose text is in brackets, a
// side link in a heading ("Stream[src]", "History[edit]").
func bracketLink(n *html.Node) bool {
	if n.DataAtom != atom.A {
		return false
	}
	t := strings.TrimSpace(textContent(n))
	return len(t) > 2 && t[0] == '[' && t[len(t)-1] == ']'
}

// pageAnchor is the page's own id for a heading: its id, else the id or
// name of a link inside it, else the id of the <section> it heads.
func pageAnchor(h *html.Node) string {
	ok := func(id string) bool { return id != "" && !strings.ContainsFunc(id, isSpace) }
	if id := attr(h, "id"); ok(id) {
		return id
	}
	found := ""
	walk(h, func(n *html.Node) bool {
		if found == "" && n.Type == html.ElementNode && n.DataAtom == atom.A {
			for _, k := range []string{"id", "name"} {
				if id := attr(n, k); ok(id) {
					found = id
					break
				}
			}
		}
		return found == ""
	})
	if found != "" {
		return found
	}
	for p := h.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.DataAtom == atom.Section {
			if id := attr(p, "id"); ok(id) && firstHeading(p) == h {
				return id
			}
			break
		}
	}
	return ""
}

func firstHeading(n *html.Node) *html.Node {
	var h *html.Node
	walk(n, func(c *html.Node) bool {
		if h != nil {
			return false
		}
		if c.Type == html.ElementNode {
			switch c.DataAtom {
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				h = c
				return false
			}
		}
		return true
	})
	return h
}

// chromeTags never hold a chapter's text.
var chromeTags = map[atom.Atom]bool{
	atom.Nav: true, atom.Footer: true, atom.Aside: true, atom.Script: true, atom.Style: true,
	atom.Noscript: true, atom.Form: true, atom.Template: true, atom.Iframe: true, atom.Svg: true,
	atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Input: true, atom.Dialog: true,
	atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Head: true, atom.Link: true, atom.Meta: true,
}

// chromeRoles are the ARIA roles of site chrome.
var chromeRoles = []string{"navigation", "banner", "contentinfo", "complementary", "search"}

// chromeWords in an element's id, class or aria-label mark a cookie banner,
// a consent dialog or a sidebar.
var chromeWords = []string{"cookie", "consent", "gdpr", "banner", "sidebar"}

// chrome reports whether n is part of the site around the article: a
// navigation, header, footer, sidebar, script, form or cookie banner, or
// hidden. A <header> inside an <article> or <main> is the article's own
// (its title, its byline) and is kept.
func chrome(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch {
	case n.DataAtom == atom.Html || n.DataAtom == atom.Body:
		return false
	case chromeTags[n.DataAtom]:
		return true
	case n.DataAtom == atom.Header:
		return !inContent(n)
	}
	if _, hidden := lookup(n, "hidden"); hidden || strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	role := strings.ToLower(attr(n, "role"))
	for _, cr := range chromeRoles {
		if role == cr {
			return true
		}
	}
	if n.DataAtom == atom.Main || n.DataAtom == atom.Article || role == "main" {
		return false
	}
	for _, k := range []string{"id", "class", "aria-label"} {
		v := strings.ToLower(attr(n, k))
		for _, w := range chromeWords {
			if strings.Contains(v, w) {
				return true
			}
		}
	}
	return false
}

// inContent reports whether n lies inside an <article> or <main>.
func inContent(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && (p.DataAtom == atom.Article || p.DataAtom == atom.Main || strings.EqualFold(attr(p, "role"), "main")) {
			return true
		}
	}
	return false
}

// scanSource returns the 1-based line of each <h1>–<h6> start tag of data,
// in order, and the text written inside <head> outside its elements
// (trimmed; none of <title>, <script>, <style>…). html.Parse keeps no
// positions, so the parsed headings are matched to these lines by order; a
// page whose parse moves a heading (one stray inside a table) only gets an
// approximate line, never a line outside the file or before the previous
// heading's.
func scanSource(data []byte) (lines []int, headText []string) {
	z := html.NewTokenizer(bytes.NewReader(data))
	line := 1
	inHead := false
	depth := 0 // open elements inside <head>
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return lines, headText
		}
		raw := z.Raw()
		start := line
		line += bytes.Count(raw, []byte{'\n'})
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(bytes.ToLower(name))
			switch {
			case len(name) == 2 && (name[0] == 'h' || name[0] == 'H') && name[1] >= '1' && name[1] <= '6':
				lines = append(lines, start)
				inHead = false
			case a == atom.Head:
				inHead, depth = true, 0
			case !inHead:
			case !headElements[a]:
				inHead = false // the body has begun without a <body> tag
			case tt == html.StartTagToken && a != atom.Meta && a != atom.Link && a != atom.Base:
				depth++
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			switch a := atom.Lookup(bytes.ToLower(name)); {
			case a == atom.Head:
				inHead = false
			case inHead && headElements[a] && depth > 0:
				depth--
			}
		case html.TextToken:
			if t := strings.TrimSpace(string(z.Text())); inHead && depth == 0 && t != "" {
				headText = append(headText, t)
			}
		}
	}
}

// headElements may stand in <head>.
var headElements = map[atom.Atom]bool{
	atom.Title: true, atom.Meta: true, atom.Link: true, atom.Base: true, atom.Script: true,
	atom.Style: true, atom.Noscript: true, atom.Template: true,
}

// headText finds the text nodes of body that the parser moved there from
// <head>: they come before any element of body, in the order of strays.
func headText(body *html.Node, strays []string) map[*html.Node]bool {
	if body == nil || len(strays) == 0 {
		return nil
	}
	found := map[*html.Node]bool{}
	for c := body.FirstChild; c != nil && c.Type != html.ElementNode && len(strays) > 0; c = c.NextSibling {
		if c.Type != html.TextNode {
			continue
		}
		if t := strings.TrimSpace(c.Data); t != "" && t == strays[0] {
			found[c] = true
			strays = strays[1:]
		}
	}
	return found
}

// linkBlock reports whether n is a block of links: a list, a table, a
// details or a div with no heading whose text, its label (<summary>,
// <caption>) aside, is nearly all (nine tenths of its letters) the text of
// links. Before the article's first section
// that is a site's menu, a page's table of contents or a logo that links
// home, whatever markup it is written in: their words name other pages
// and sections, not what this one says. (Further down, a list of links is
// the article's: "Examples of writable streams include: …".)
func (r *htmlReader) linkBlock(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Ul, atom.Ol, atom.Menu, atom.Table, atom.Details, atom.Div:
	default:
		return false
	}
	c := r.letters(n)
	return !c.heading && c.all > 0 && c.linked*10 >= c.all*9
}

// letterCount is what linkBlock reads of an element: the letters and
// digits of its text, those in links, and whether it holds a heading.
type letterCount struct {
	all, linked int
	heading     bool
}

// letters counts n's text for linkBlock, chrome and block labels left out,
// remembering every element's count: nested blocks are counted once, not
// once for each block around them.
func (r *htmlReader) letters(n *html.Node) letterCount {
	var c letterCount
	switch n.Type {
	case html.TextNode:
		for _, ch := range n.Data {
			if unicode.IsLetter(ch) || unicode.IsDigit(ch) {
				c.all++
			}
		}
		return c
	case html.ElementNode:
		if have, ok := r.counted[n]; ok {
			return have
		}
	default:
		return c
	}
	switch n.DataAtom {
	case atom.Summary, atom.Caption: // the block's label ("Table of contents")
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		c.heading = true
	default:
		if chrome(n) {
			break
		}
		for k := n.FirstChild; k != nil; k = k.NextSibling {
			kc := r.letters(k)
			c.all += kc.all
			c.linked += kc.linked
			c.heading = c.heading || kc.heading
		}
		if _, href := lookup(n, "href"); href && n.DataAtom == atom.A {
			c.linked = c.all
		}
	}
	if r.counted == nil {
		r.counted = map[*html.Node]letterCount{}
	}
	r.counted[n] = c
	return c
}

// walk calls fn on n and its descendants in document order; fn returns
// false to skip a node's descendants.
func walk(n *html.Node, fn func(*html.Node) bool) {
	if !fn(n) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, fn)
	}
}

// textContent is all the text under n, as written.
func textContent(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
		return c.Type != html.ElementNode || !chrome(c) || c == n
	})
	return b.String()
}

func lookup(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func attr(n *html.Node, key string) string {
	v, _ := lookup(n, key)
	return v
}

func first(have, n *html.Node) *html.Node {
	if have != nil {
		return have
	}
	return n
}
