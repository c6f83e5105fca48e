package discord

import (
	"context"
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"

	"github.com/chapterbot/chapterbot/internal/answer"
	"github.com/chapterbot/chapterbot/internal/fakediscord"
	"github.com/chapterbot/chapterbot/internal/search"
)

// labels are the labels of a message's buttons.
func labels(t *testing.T, m fakediscord.Sent) []string {
	t.Helper()
	var out []string
	for _, raw := range m.Components {
		var row struct {
			Components []struct {
				Label string `json:"label"`
			} `json:"components"`
		}
		if err := json.Unmarshal(raw, &row); err != nil {
			t.Fatal(err)
		}
		for _, c := range row.Components {
			out = append(out, c.Label)
		}
	}
	return out
}

func TestRussianLocale(t *testing.T) {
	ans := answererFunc(func(ctx context.Context, q answer.Question) (answer.Answer, error) {
		if q.Text == "хлеб?" {
			return answer.Answer{Question: q.Text}, nil
		}
		return (&recorder{}).Ask(ctx, q)
	})
	status := func() search.Status {
		return search.Status{Version: "v", Chapters: 1, BuiltAt: time.Unix(1_700_000_000, 0)}
	}
	h := start(t, Config{Status: status}, ans, testLibrary())
	ask := func(locale discordgo.Locale, q string) fakediscord.Sent {
		in := h.f.Command(h.member("ivan"), "ask", fakediscord.Option("question", q))
		in.Locale = string(locale)
		h.dispatch(in)
		m, _ := h.final(in)
		return m
	}
	type got struct {
		Field   string
		Buttons []string
	}
	for _, tc := range []struct {
		locale discordgo.Locale
		want   got
	}{
		{discordgo.Russian, got{"Источники", []string{"Полезно", "Бесполезно"}}},
		{discordgo.EnglishUS, got{"Sources", []string{"Helpful", "Not helpful"}}},
	} {
		m := ask(tc.locale, "что такое срез?")
		if len(m.Embeds) != 1 || len(m.Embeds[0].Fields) != 1 {
			t.Fatalf("%s: answer %+v", tc.locale, m.Embeds)
		}
		if diff := cmp.Diff(tc.want, got{m.Embeds[0].Fields[0].Name, labels(t, m)}); diff != "" {
			t.Errorf("%s: (-want +got):\n%s", tc.locale, diff)
		}
	}
	if m := ask(discordgo.Russian, "хлеб?"); len(m.Embeds) != 1 || m.Embeds[0].Description != russian.notCovered {
		t.Errorf("not covered in Russian: %+v", m.Embeds)
	}
	in := h.f.Command(h.member("ivan"), "status")
	in.Locale = "ru"
	h.dispatch(in)
	if m, _ := h.final(in); len(m.Embeds) != 1 || m.Embeds[0].Title != "Состояние" || m.Embeds[0].Fields[5].Value != "выкл." {
		t.Errorf("/status in Russian: %+v", m.Embeds)
	}
	// Refusals speak the reader's language too.
	in = h.f.Command(h.member("ivan"), "chapter", fakediscord.Option("name", "хлеб"))
	in.Locale = "ru"
	h.dispatch(in)
	if m, _ := h.final(in); m.Content != "Нет главы «хлеб». Выберите главу из списка при вводе." {
		t.Errorf("unknown chapter in Russian: %q", m.Content)
	}
}

func TestCommandLocalizations(t *testing.T) {
	h := start(t, Config{GuildID: testGuild, Shelf: newShelf(t, chapters), Feedback: openStore(t),
		Status: func() search.Status { return search.Status{} }}, &recorder{}, testLibrary())
	cmds := h.f.Commands(testGuild)
	if len(cmds) != 6 {
		t.Fatalf("%d commands registered, want 6", len(cmds))
	}
	// The fake refuses names against Discord's rules; here every command and
	// option must carry a Russian name and description.
	for _, c := range cmds {
		if c.NameLocalizations == nil || (*c.NameLocalizations)[discordgo.Russian] == "" ||
			c.DescriptionLocalizations == nil || (*c.DescriptionLocalizations)[discordgo.Russian] == "" {
			t.Errorf("/%s: localizations %v %v", c.Name, c.NameLocalizations, c.DescriptionLocalizations)
		}
		for _, o := range c.Options {
			if o.NameLocalizations[discordgo.Russian] == "" || o.DescriptionLocalizations[discordgo.Russian] == "" {
				t.Errorf("/%s %s: localizations %v %v", c.Name, o.Name, o.NameLocalizations, o.DescriptionLocalizations)
			}
		}
	}
}

func TestTextTablesComplete(t *testing.T) {
	// Every string of every table is filled in.
	for name, tr := range map[string]*texts{"english": english, "russian": russian} {
		v := reflectStrings(tr)
		for field, s := range v {
			if s == "" {
				t.Errorf("%s.%s is empty", name, field)
			}
		}
	}
}

func TestComponentRoutes(t *testing.T) {
	b, err := New(Config{Token: "t"}, &recorder{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		id      string
		pattern string
		vars    map[string]string
	}{
		{"vote/up/123", "vote/{dir}/{key}", map[string]string{"dir": "up", "key": "123"}},
		// Buttons posted before routes had patterns.
		{"vote:down:456", "vote/{dir}/{key}", map[string]string{"dir": "down", "key": "456"}},
		{"share", "share", map[string]string{}},
		{"vote/up", "", nil},
		{"vote/up/1/2", "", nil},
		{"other", "", nil},
	}
	for _, tc := range tests {
		r, vars, ok := b.routes.matchComponent(tc.id)
		pattern := ""
		if ok {
			pattern = customID(r.pattern...)
		}
		if pattern != tc.pattern || !cmp.Equal(vars, tc.vars) {
			t.Errorf("%q: route %q vars %v, want %q %v", tc.id, pattern, vars, tc.pattern, tc.vars)
		}
	}
}

// reflectStrings lists a table's string fields by name.
func reflectStrings(tr *texts) map[string]string {
	out := map[string]string{}
	v := reflect.ValueOf(tr).Elem()
	for k := 0; k < v.NumField(); k++ {
		if v.Field(k).Kind() == reflect.String {
			out[v.Type().Field(k).Name] = v.Field(k).String()
		}
	}
	return out
}
