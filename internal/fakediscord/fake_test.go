package fakediscord

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"
)

// connect opens a bare discordgo session against f, the way any bot would,
// with only its HTTP client pointed at the fake.
func connect(t *testing.T, f *Server, intents discordgo.Intent, shard, shards int) *discordgo.Session {
	t.Helper()
	s, err := discordgo.New("Bot test-token")
	if err != nil {
		t.Fatal(err)
	}
	s.Client = f.Client()
	s.Identify.Intents = intents
	s.ShardID, s.ShardCount = shard, shards
	s.ShouldReconnectOnError = false
	if err := s.Open(); err != nil {
		t.Fatalf("open session: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func newServer(t *testing.T, o Options) *Server {
	t.Helper()
	t.Parallel()
	f := New(o)
	t.Cleanup(f.Close)
	return f
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func TestSessionConnects(t *testing.T) {
	for _, compress := range []bool{false, true} {
		t.Run(map[bool]string{false: "json", true: "zlib"}[compress], func(t *testing.T) {
			f := newServer(t, Options{Compress: compress})
			s := connect(t, f, discordgo.IntentsGuildMessages|discordgo.IntentsDirectMessages, 0, 1)
			if s.State.User == nil || s.State.User.ID != f.BotUser.ID || !s.State.User.Bot {
				t.Fatalf("state user = %+v, want the bot %s", s.State.User, f.BotUser.ID)
			}
			if got := s.State.Ready.Application; got == nil || got.ID != f.AppID {
				t.Fatalf("ready application = %+v, want %s", got, f.AppID)
			}
			ids, err := f.WaitIdentified(ctxT(t), 1)
			if err != nil {
				t.Fatal(err)
			}
			want := Identify{Token: "Bot test-token", Intents: discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages,
				Shard: [2]int{0, 1}, Compress: true, SessionID: ids[0].SessionID}
			if diff := cmp.Diff(want, ids[0], cmpIgnoreQuery); diff != "" {
				t.Errorf("identify (-want +got):\n%s", diff)
			}
			if q := ids[0].Query; q.Get("v") != "9" || q.Get("encoding") != "json" {
				t.Errorf("gateway query = %v, want v=9 encoding=json", q)
			}
			gw, err := f.Wait(ctxT(t), func(r Request) bool { return r.Route == RouteGateway })
			if err != nil {
				t.Fatal(err)
			}
			if gw.Path != "/api/v9/gateway" || gw.Status != http.StatusOK {
				t.Errorf("gateway request = %s %d, want /api/v9/gateway 200", gw.Path, gw.Status)
			}
			// An event arrives through the same socket.
			got := make(chan *discordgo.MessageCreate, 1)
			s.AddHandler(func(_ *discordgo.Session, m *discordgo.MessageCreate) { got <- m })
			u := f.NewUser("ada")
			msg := f.Message(f.Member(u, 0), "hello <@"+f.BotUser.ID+">")
			if err := f.DispatchMessage(msg); err != nil {
				t.Fatal(err)
			}
			select {
			case m := <-got:
				if m.Content != msg.Content || m.Author.ID != u.ID || len(m.Mentions) != 1 || m.Mentions[0].ID != f.BotUser.ID {
					t.Errorf("message = %q by %s mentioning %v", m.Content, m.Author.ID, m.Mentions)
				}
			case <-ctxT(t).Done():
				t.Fatal("no MESSAGE_CREATE")
			}
		})
	}
}

var cmpIgnoreQuery = cmp.FilterPath(func(p cmp.Path) bool { return p.String() == "Query" }, cmp.Ignore())

func TestMessageIntents(t *testing.T) {
	f := newServer(t, Options{})
	s := connect(t, f, discordgo.IntentsGuilds, 0, 1)
	_ = s
	u := f.NewUser("ada")
	if err := f.DispatchMessage(f.Message(f.Member(u, 0), "hi")); !errors.Is(err, ErrFiltered) {
		t.Errorf("guild message without GUILD_MESSAGES: err = %v, want ErrFiltered", err)
	}
	if err := f.DispatchMessage(f.DirectMessage(u, "hi")); !errors.Is(err, ErrFiltered) {
		t.Errorf("direct message without DIRECT_MESSAGES: err = %v, want ErrFiltered", err)
	}
}

func TestContentNeedsMentionWithoutPrivilegedIntent(t *testing.T) {
	f := newServer(t, Options{})
	s := connect(t, f, discordgo.IntentsGuildMessages, 0, 1)
	got := make(chan string, 2)
	s.AddHandler(func(_ *discordgo.Session, m *discordgo.MessageCreate) { got <- m.Content })
	u := f.NewUser("ada")
	for _, tc := range []struct{ content, want string }{
		{"no mention here", ""},
		{"<@" + f.BotUser.ID + "> what is a slice?", "<@" + f.BotUser.ID + "> what is a slice?"},
	} {
		if err := f.DispatchMessage(f.Message(f.Member(u, 0), tc.content)); err != nil {
			t.Fatal(err)
		}
		select {
		case c := <-got:
			if c != tc.want {
				t.Errorf("content of %q = %q, want %q", tc.content, c, tc.want)
			}
		case <-ctxT(t).Done():
			t.Fatal("no MESSAGE_CREATE")
		}
	}
}

func TestInteractionRoundTrip(t *testing.T) {
	f := newServer(t, Options{})
	s := connect(t, f, 0, 0, 1)
	cmds, err := s.ApplicationCommandBulkOverwrite(f.AppID, f.GuildID, []*discordgo.ApplicationCommand{
		{Name: "ask", Description: "Ask the book", Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionString, Name: "question", Description: "What to ask", Required: true},
		}},
	})
	if err != nil {
		t.Fatalf("bulk overwrite: %v", err)
	}
	if len(cmds) != 1 || cmds[0].ID == "" || cmds[0].GuildID != f.GuildID {
		t.Fatalf("registered = %+v", cmds)
	}
	if got := f.Commands(f.GuildID); len(got) != 1 || got[0].Name != "ask" {
		t.Fatalf("fake holds %+v", got)
	}

	received := make(chan *discordgo.InteractionCreate, 1)
	s.AddHandler(func(_ *discordgo.Session, i *discordgo.InteractionCreate) { received <- i })
	u := f.NewUser("ada")
	in := f.Command(f.Member(u, discordgo.PermissionSendMessages, "42"), "ask", Option("question", "what is a map?"))
	if err := f.DispatchInteraction(in); err != nil {
		t.Fatal(err)
	}
	var got *discordgo.InteractionCreate
	select {
	case got = <-received:
	case <-ctxT(t).Done():
		t.Fatal("no INTERACTION_CREATE")
	}
	data := got.ApplicationCommandData()
	if got.ID != in.ID || got.AppID != f.AppID || got.Member.User.ID != u.ID || got.Member.Roles[0] != "42" ||
		got.Member.Permissions != discordgo.PermissionSendMessages || data.Name != "ask" ||
		data.Options[0].StringValue() != "what is a map?" {
		t.Fatalf("interaction = %+v data %+v", got.Interaction, data)
	}

	none := &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
	if err := s.InteractionRespond(got.Interaction, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{AllowedMentions: none},
	}); err != nil {
		t.Fatalf("defer: %v", err)
	}
	// A second initial response is refused, as Discord does.
	err = s.InteractionRespond(got.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: "again"}})
	var rerr *discordgo.RESTError
	if !errors.As(err, &rerr) || rerr.Message == nil || rerr.Message.Code != 40060 {
		t.Errorf("second response: err = %v, want code 40060", err)
	}
	content := "A map is a hash table."
	edited, err := s.InteractionResponseEdit(got.Interaction, &discordgo.WebhookEdit{Content: &content, AllowedMentions: none})
	if err != nil {
		t.Fatalf("edit original: %v", err)
	}
	orig, _ := f.OriginalMessageID(in.ID)
	if edited.ID != orig || edited.Content != content || edited.Flags&discordgo.MessageFlagsLoading != 0 {
		t.Errorf("edited = %+v, want id %s without loading flag", edited, orig)
	}
	fu, err := s.FollowupMessageCreate(got.Interaction, true, &discordgo.WebhookParams{Content: "more", AllowedMentions: none,
		Files: []*discordgo.File{{Name: "a.txt", Reader: strings.NewReader("x")}}})
	if err != nil {
		t.Fatalf("follow-up: %v", err)
	}
	if fu.ID == "" || fu.Content != "more" {
		t.Errorf("follow-up = %+v", fu)
	}

	reqs := f.Requests()
	var routes []string
	for _, r := range reqs {
		routes = append(routes, r.Route)
	}
	want := []string{RouteGateway, RouteCommandOverwrite, RouteCallback, RouteCallback, RouteEditOriginal, RouteFollowup}
	if diff := cmp.Diff(want, routes); diff != "" {
		t.Errorf("routes (-want +got):\n%s", diff)
	}
	last := reqs[len(reqs)-1]
	if diff := cmp.Diff([]string{"a.txt"}, last.Files); diff != "" || !strings.Contains(string(last.Body), `"more"`) {
		t.Errorf("multipart follow-up: files %v body %s", last.Files, last.Body)
	}
	// The refused second response is a message without allowed_mentions.
	if err := CheckNoMentions(reqs); err == nil || !strings.Contains(err.Error(), "request 4") || strings.Contains(err.Error(), "request 3") {
		t.Errorf("CheckNoMentions = %v, want only request 4 reported", err)
	}
}

func TestRefusals(t *testing.T) {
	f := newServer(t, Options{InteractionDeadline: time.Hour})
	s := connect(t, f, 0, 0, 1)
	u := f.NewUser("ada")
	long := strings.Repeat("a", MaxContent+1)
	bigEmbed := &discordgo.MessageEmbed{Description: strings.Repeat("b", MaxEmbedDescription+1)}
	sixK := []*discordgo.MessageEmbed{
		{Description: strings.Repeat("c", 4000)}, {Description: strings.Repeat("d", 2001)},
	}
	tests := []struct {
		name string
		resp *discordgo.InteractionResponse
		code int
	}{
		{"content over 2000", &discordgo.InteractionResponse{Type: 4, Data: &discordgo.InteractionResponseData{Content: long}}, 50035},
		{"description over 4096", &discordgo.InteractionResponse{Type: 4, Data: &discordgo.InteractionResponseData{Embeds: []*discordgo.MessageEmbed{bigEmbed}}}, 50035},
		{"embeds over 6000", &discordgo.InteractionResponse{Type: 4, Data: &discordgo.InteractionResponseData{Embeds: sixK}}, 50035},
		{"empty", &discordgo.InteractionResponse{Type: 4, Data: &discordgo.InteractionResponseData{}}, 50006},
		{"autocomplete result to a command", &discordgo.InteractionResponse{Type: 8, Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{}}}, 50035},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := f.Command(f.Member(u, 0), "ask")
			if err := f.DispatchInteraction(in); err != nil {
				t.Fatal(err)
			}
			err := s.InteractionRespond(&discordgo.Interaction{ID: in.ID, Token: in.Token, AppID: f.AppID}, tc.resp)
			var rerr *discordgo.RESTError
			if !errors.As(err, &rerr) || rerr.Message == nil || rerr.Message.Code != tc.code {
				t.Fatalf("err = %v, want code %d", err, tc.code)
			}
		})
	}

	// An autocomplete request takes only its result (type 8).
	for _, typ := range []discordgo.InteractionResponseType{4, 5, 6, 7, 9} {
		t.Run(fmt.Sprintf("type %d to autocomplete", typ), func(t *testing.T) {
			in := f.Autocomplete(f.Member(u, 0), "chapter", Focused("name", "sl"))
			if err := f.DispatchInteraction(in); err != nil {
				t.Fatal(err)
			}
			resp := &discordgo.InteractionResponse{Type: typ, Data: &discordgo.InteractionResponseData{Content: "hi",
				CustomID: "m", Title: "t", Components: []discordgo.MessageComponent{discordgo.ActionsRow{
					Components: []discordgo.MessageComponent{discordgo.TextInput{CustomID: "x", Label: "x", Style: discordgo.TextInputShort}}}}}}
			err := s.InteractionRespond(&discordgo.Interaction{ID: in.ID, Token: in.Token, AppID: f.AppID}, resp)
			var rerr *discordgo.RESTError
			if !errors.As(err, &rerr) || rerr.Message == nil || rerr.Message.Code != 50035 {
				t.Fatalf("err = %v, want code 50035", err)
			}
			// The refusal acknowledged nothing: the result is still taken.
			err = s.InteractionRespond(&discordgo.Interaction{ID: in.ID, Token: in.Token, AppID: f.AppID},
				&discordgo.InteractionResponse{Type: 8, Data: &discordgo.InteractionResponseData{
					Choices: []*discordgo.ApplicationCommandOptionChoice{{Name: "Slices", Value: "slices"}}}})
			if err != nil {
				t.Fatalf("autocomplete result after the refusal: %v", err)
			}
		})
	}

	t.Run("unknown interaction", func(t *testing.T) {
		err := s.InteractionRespond(&discordgo.Interaction{ID: "1", Token: "x"}, &discordgo.InteractionResponse{Type: 4,
			Data: &discordgo.InteractionResponseData{Content: "hi"}})
		var rerr *discordgo.RESTError
		if !errors.As(err, &rerr) || rerr.Message == nil || rerr.Message.Code != 10062 {
			t.Fatalf("err = %v, want code 10062", err)
		}
	})
	t.Run("edit before response", func(t *testing.T) {
		in := f.Command(f.Member(u, 0), "ask")
		if err := f.DispatchInteraction(in); err != nil {
			t.Fatal(err)
		}
		c := "x"
		_, err := s.InteractionResponseEdit(&discordgo.Interaction{ID: in.ID, Token: in.Token, AppID: f.AppID}, &discordgo.WebhookEdit{Content: &c})
		var rerr *discordgo.RESTError
		if !errors.As(err, &rerr) || rerr.Message == nil || rerr.Message.Code != 10015 {
			t.Fatalf("err = %v, want code 10015", err)
		}
	})
	t.Run("unknown route", func(t *testing.T) {
		if _, err := s.User("@me"); err == nil {
			t.Fatal("GET /users/@me succeeded, want 404")
		}
		r, err := f.Wait(ctxT(t), func(r Request) bool { return r.Route == RouteUnknown })
		if err != nil {
			t.Fatal(err)
		}
		if r.Status != http.StatusNotFound || r.Path != "/api/v9/users/@me" {
			t.Errorf("recorded %s %d", r.Path, r.Status)
		}
	})
}

func TestInteractionDeadline(t *testing.T) {
	f := newServer(t, Options{InteractionDeadline: time.Nanosecond})
	s := connect(t, f, 0, 0, 1)
	in := f.Command(f.Member(f.NewUser("ada"), 0), "ask")
	if err := f.DispatchInteraction(in); err != nil {
		t.Fatal(err)
	}
	err := s.InteractionRespond(&discordgo.Interaction{ID: in.ID, Token: in.Token}, &discordgo.InteractionResponse{Type: 4,
		Data: &discordgo.InteractionResponseData{Content: "late"}})
	var rerr *discordgo.RESTError
	if !errors.As(err, &rerr) || rerr.Message == nil || rerr.Message.Code != 10062 {
		t.Fatalf("late response: err = %v, want code 10062", err)
	}
}

func TestShardRouting(t *testing.T) {
	f := newServer(t, Options{})
	s0 := connect(t, f, 0, 0, 2)
	s1 := connect(t, f, 0, 1, 2)
	if _, err := f.WaitIdentified(ctxT(t), 2); err != nil {
		t.Fatal(err)
	}
	got := make(chan int, 4)
	s0.AddHandler(func(*discordgo.Session, *discordgo.InteractionCreate) { got <- 0 })
	s1.AddHandler(func(*discordgo.Session, *discordgo.InteractionCreate) { got <- 1 })
	u := f.NewUser("ada")
	for i := 0; i < 4; i++ {
		in := f.Command(f.Member(u, 0), "ask")
		in.GuildID = f.NewID()
		if err := f.DispatchInteraction(in); err != nil {
			t.Fatal(err)
		}
		select {
		case shard := <-got:
			var g uint64
			for _, c := range in.GuildID {
				g = g*10 + uint64(c-'0')
			}
			if want := int((g >> 22) % 2); shard != want {
				t.Errorf("guild %s went to shard %d, want %d", in.GuildID, shard, want)
			}
		case <-ctxT(t).Done():
			t.Fatal("no INTERACTION_CREATE")
		}
	}
}

func TestButtonCarriesMessage(t *testing.T) {
	f := newServer(t, Options{})
	s := connect(t, f, 0, 0, 1)
	// The handler is in place before anything is dispatched, and the test
	// picks the click out by its ID and type: the /search command arrives
	// through it too.
	received := make(chan *discordgo.InteractionCreate, 8)
	s.AddHandler(func(_ *discordgo.Session, i *discordgo.InteractionCreate) {
		select {
		case received <- i:
		default:
		}
	})
	u := f.NewUser("ada")
	in := f.Command(f.Member(u, 0), "search")
	if err := f.DispatchInteraction(in); err != nil {
		t.Fatal(err)
	}
	if err := s.InteractionRespond(&discordgo.Interaction{ID: in.ID, Token: in.Token}, &discordgo.InteractionResponse{Type: 4,
		Data: &discordgo.InteractionResponseData{
			Embeds: []*discordgo.MessageEmbed{{Title: "results"}},
			Flags:  discordgo.MessageFlagsEphemeral,
			Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
				discordgo.Button{Label: "Share", CustomID: "share", Style: discordgo.SecondaryButton}}}},
		}}); err != nil {
		t.Fatal(err)
	}
	id, ok := f.OriginalMessageID(in.ID)
	if !ok {
		t.Fatal("no original message")
	}
	if _, err := f.Button(f.Member(u, 0), id, "nope"); err == nil {
		t.Error("button with an unknown custom ID was built")
	}
	click, err := f.Button(f.Member(u, 0), id, "share")
	if err != nil {
		t.Fatal(err)
	}
	if err := f.DispatchInteraction(click); err != nil {
		t.Fatal(err)
	}
	ctx := ctxT(t)
	for {
		var got *discordgo.InteractionCreate
		select {
		case got = <-received:
		case <-ctx.Done():
			t.Fatal("no INTERACTION_CREATE for the click")
		}
		if got.ID != click.ID {
			if got.ID != in.ID {
				t.Errorf("unexpected interaction %s of type %v", got.ID, got.Type)
			}
			continue
		}
		if got.Type != discordgo.InteractionMessageComponent {
			t.Fatalf("click arrived as type %v, want a message component", got.Type)
		}
		if got.MessageComponentData().CustomID != "share" || got.Message == nil || got.Message.ID != id ||
			len(got.Message.Embeds) != 1 || got.Message.Embeds[0].Title != "results" {
			t.Errorf("click = %+v message %+v", got.MessageComponentData(), got.Message)
		}
		return
	}
}

func TestAttachment(t *testing.T) {
	f := newServer(t, Options{})
	s := connect(t, f, 0, 0, 1)
	received := make(chan *discordgo.InteractionCreate, 1)
	s.AddHandler(func(_ *discordgo.Session, i *discordgo.InteractionCreate) { received <- i })
	data := []byte("# Channels\n\nA channel carries values.\n")
	a := f.Attachment("../../etc/x.md", data)
	in := f.Command(f.Member(f.NewUser("ada"), discordgo.PermissionManageGuild), "reindex").WithAttachment("file", a)
	if err := f.DispatchInteraction(in); err != nil {
		t.Fatal(err)
	}
	var got *discordgo.InteractionCreate
	select {
	case got = <-received:
	case <-ctxT(t).Done():
		t.Fatal("no INTERACTION_CREATE")
	}
	d := got.ApplicationCommandData()
	if len(d.Options) != 1 || d.Options[0].Type != discordgo.ApplicationCommandOptionAttachment || d.Options[0].Value != a.ID {
		t.Fatalf("options = %+v", d.Options)
	}
	if d.Resolved == nil || d.Resolved.Attachments[a.ID] == nil {
		t.Fatalf("resolved = %+v", d.Resolved)
	}
	ra := d.Resolved.Attachments[a.ID]
	if ra.Filename != "../../etc/x.md" || ra.Size != len(data) || !strings.HasPrefix(ra.URL, f.URL()+"/attachments/"+a.ID+"/") {
		t.Errorf("attachment = %+v", ra)
	}
	// The URL is absolute: the session's client fetches it as it is, and
	// the CDN wants no token.
	resp, err := s.Client.Get(ra.URL)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || string(body) != string(data) {
		t.Errorf("GET %s = %d %q", ra.URL, resp.StatusCode, body)
	}
	resp, err = s.Client.Get(f.URL() + "/attachments/1/none.md")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("unknown attachment: %d", resp.StatusCode)
	}
	var got2 []string
	for _, r := range f.Requests() {
		if r.Route == RouteAttachment {
			got2 = append(got2, fmt.Sprintf("%s %d auth=%q", r.Params["attachment"], r.Status, r.Auth))
		}
	}
	want := []string{a.ID + ` 200 auth=""`, `1 404 auth=""`}
	if diff := cmp.Diff(want, got2); diff != "" {
		t.Errorf("attachment requests (-want +got):\n%s", diff)
	}
}

func TestHangUp(t *testing.T) {
	f := newServer(t, Options{InteractionDeadline: time.Hour})
	s := connect(t, f, 0, 0, 1)
	in := f.Command(f.Member(f.NewUser("ada"), 0), "ask")
	if err := f.DispatchInteraction(in); err != nil {
		t.Fatal(err)
	}
	respond := func() error {
		return s.InteractionRespond(&discordgo.Interaction{ID: in.ID, Token: in.Token, AppID: f.AppID},
			&discordgo.InteractionResponse{Type: 4, Data: &discordgo.InteractionResponseData{Content: "hi"}})
	}
	f.HangUp(RouteCallback)
	err := respond()
	var uerr *url.Error
	if !errors.As(err, &uerr) {
		t.Fatalf("err = %v, want a *url.Error", err)
	}
	var got []string
	for _, r := range f.Requests() {
		if r.Route == RouteCallback {
			got = append(got, fmt.Sprintf("%d %s", r.Status, r.Error))
		}
	}
	if diff := cmp.Diff([]string{"0 hung up"}, got); diff != "" {
		t.Errorf("callbacks (-want +got):\n%s", diff)
	}
	// Hanging up acknowledged nothing; once answered again, it is taken.
	f.HangUp()
	if err := respond(); err != nil {
		t.Fatal(err)
	}
}

func TestCommandLocalizationsValidated(t *testing.T) {
	loc := func(m map[discordgo.Locale]string) *map[discordgo.Locale]string { return &m }
	tests := []struct {
		name string
		cmd  *discordgo.ApplicationCommand
		ok   bool
	}{
		{"russian", &discordgo.ApplicationCommand{Name: "ask", Description: "Ask",
			NameLocalizations:        loc(map[discordgo.Locale]string{discordgo.Russian: "спросить"}),
			DescriptionLocalizations: loc(map[discordgo.Locale]string{discordgo.Russian: "Спросить книгу"}),
			Options: []*discordgo.ApplicationCommandOption{{Type: discordgo.ApplicationCommandOptionString, Name: "question",
				Description: "Q", NameLocalizations: map[discordgo.Locale]string{discordgo.Russian: "вопрос"}}}}, true},
		{"upper case", &discordgo.ApplicationCommand{Name: "ask", Description: "Ask",
			NameLocalizations: loc(map[discordgo.Locale]string{discordgo.Russian: "Спросить"})}, false},
		{"space", &discordgo.ApplicationCommand{Name: "ask", Description: "Ask",
			NameLocalizations: loc(map[discordgo.Locale]string{discordgo.Russian: "задать вопрос"})}, false},
		{"unknown locale", &discordgo.ApplicationCommand{Name: "ask", Description: "Ask",
			NameLocalizations: loc(map[discordgo.Locale]string{"xx": "ask"})}, false},
		{"long description", &discordgo.ApplicationCommand{Name: "ask", Description: "Ask",
			DescriptionLocalizations: loc(map[discordgo.Locale]string{discordgo.Russian: strings.Repeat("д", 101)})}, false},
		{"option name", &discordgo.ApplicationCommand{Name: "ask", Description: "Ask",
			Options: []*discordgo.ApplicationCommandOption{{Type: discordgo.ApplicationCommandOptionString, Name: "question",
				Description: "Q", NameLocalizations: map[discordgo.Locale]string{discordgo.Russian: "Вопрос"}}}}, false},
	}
	for _, tc := range tests {
		err := validateCommands([]*discordgo.ApplicationCommand{tc.cmd})
		if (err == nil) != tc.ok {
			t.Errorf("%s: validate = %v, want ok %v", tc.name, err, tc.ok)
		}
	}
}
