package fakediscord

import (
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

func TestDisallowedIntentClosesWith4014(t *testing.T) {
	f := newServer(t, Options{})
	s, err := discordgo.New("Bot test-token")
	if err != nil {
		t.Fatal(err)
	}
	s.Client = f.Client()
	s.Identify.Intents = discordgo.IntentsGuildMessages | discordgo.IntentMessageContent
	s.ShouldReconnectOnError = false
	err = s.Open()
	var ce *websocket.CloseError
	if !errors.As(err, &ce) || ce.Code != 4014 {
		t.Fatalf("open with MESSAGE_CONTENT not granted: err = %v, want close code 4014", err)
	}

	t.Run("granted", func(t *testing.T) {
		f := newServer(t, Options{PrivilegedIntents: discordgo.IntentMessageContent})
		s := connect(t, f, discordgo.IntentsGuildMessages|discordgo.IntentMessageContent, 0, 1)
		got := make(chan string, 1)
		s.AddHandler(func(_ *discordgo.Session, m *discordgo.MessageCreate) { got <- m.Content })
		if err := f.DispatchMessage(f.Message(f.Member(f.NewUser("ada"), 0), "no mention here")); err != nil {
			t.Fatal(err)
		}
		select {
		case c := <-got:
			if c != "no mention here" {
				t.Errorf("content = %q, want it whole with MESSAGE_CONTENT", c)
			}
		case <-ctxT(t).Done():
			t.Fatal("no MESSAGE_CREATE")
		}
	})
}

func TestThreads(t *testing.T) {
	f := newServer(t, Options{})
	s := connect(t, f, discordgo.IntentsGuildMessages, 0, 1)
	u := f.NewUser("ada")

	// A thread without a starter message.
	th, err := s.ThreadStart(f.ChannelID, "What is a slice?", discordgo.ChannelTypeGuildPublicThread, 1440)
	if err != nil {
		t.Fatal(err)
	}
	if th.ID == "" || th.ParentID != f.ChannelID || th.Name != "What is a slice?" || th.Type != discordgo.ChannelTypeGuildPublicThread ||
		th.GuildID != f.GuildID || th.OwnerID != f.BotUser.ID || !th.IsThread() {
		t.Errorf("thread = %+v", th)
	}
	if got, ok := f.Thread(th.ID); !ok || got.Name != th.Name {
		t.Errorf("Thread(%s) = %+v, %v", th.ID, got, ok)
	}
	if _, err := s.ChannelMessageSend(th.ID, "in the thread"); err != nil {
		t.Fatalf("post in the thread: %v", err)
	}

	// A thread from a message takes the message's ID.
	m := f.Message(f.Member(u, 0), "<@"+f.BotUser.ID+"> what is a map?")
	if err := f.DispatchMessage(m); err != nil {
		t.Fatal(err)
	}
	mth, err := s.MessageThreadStart(f.ChannelID, m.ID, "what is a map?", 60)
	if err != nil {
		t.Fatal(err)
	}
	if mth.ID != m.ID || mth.ParentID != f.ChannelID || mth.Type != discordgo.ChannelTypeGuildPublicThread {
		t.Errorf("message thread = %+v, want ID %s in %s", mth, m.ID, f.ChannelID)
	}
	if stored, _ := f.StoredMessage(m.ID); stored.Thread == nil || stored.Thread.ID != m.ID || stored.Flags&discordgo.MessageFlagsHasThread == 0 {
		t.Errorf("starter message = %+v, want its thread", stored)
	}

	// A message in a thread reaches the bot with the thread as its channel.
	got := make(chan *discordgo.Message, 1)
	s.AddHandler(func(_ *discordgo.Session, mc *discordgo.MessageCreate) {
		// The earlier message's MESSAGE_CREATE may still be on its way.
		if strings.HasSuffix(mc.Content, "and arrays?") {
			got <- mc.Message
		}
	})
	if err := f.DispatchMessage(f.MessageIn(th.ID, f.Member(u, 0), "<@"+f.BotUser.ID+"> and arrays?")); err != nil {
		t.Fatal(err)
	}
	select {
	case msg := <-got:
		if msg.ChannelID != th.ID || msg.GuildID != f.GuildID {
			t.Errorf("thread message in channel %s guild %s, want %s %s", msg.ChannelID, msg.GuildID, th.ID, f.GuildID)
		}
	case <-ctxT(t).Done():
		t.Fatal("no MESSAGE_CREATE")
	}

	long := strings.Repeat("й", 101)
	for _, tc := range []struct {
		name string
		call func() error
		code int
	}{
		{"name too long", func() error {
			_, err := s.ThreadStart(f.ChannelID, long, discordgo.ChannelTypeGuildPublicThread, 1440)
			return err
		}, 50035},
		{"empty name", func() error {
			_, err := s.ThreadStart(f.ChannelID, "", discordgo.ChannelTypeGuildPublicThread, 1440)
			return err
		}, 50035},
		{"no type", func() error {
			_, err := s.ThreadStartComplex(f.ChannelID, &discordgo.ThreadStart{Name: "x"})
			return err
		}, 50035},
		{"bad archive duration", func() error {
			_, err := s.ThreadStart(f.ChannelID, "x", discordgo.ChannelTypeGuildPublicThread, 30)
			return err
		}, 50035},
		{"thread in a thread", func() error {
			_, err := s.ThreadStart(th.ID, "x", discordgo.ChannelTypeGuildPublicThread, 1440)
			return err
		}, 50024},
		{"message thread in a thread", func() error { _, err := s.MessageThreadStart(th.ID, m.ID, "x", 60); return err }, 50024},
		{"second thread of a message", func() error { _, err := s.MessageThreadStart(f.ChannelID, m.ID, "x", 60); return err }, 160004},
		{"unknown message", func() error { _, err := s.MessageThreadStart(f.ChannelID, "123", "x", 60); return err }, 10008},
		{"unknown channel", func() error {
			_, err := s.ThreadStart("123", "x", discordgo.ChannelTypeGuildPublicThread, 1440)
			return err
		}, 10003},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			var re *discordgo.RESTError
			if !errors.As(err, &re) || re.Message == nil || re.Message.Code != tc.code {
				t.Fatalf("err = %v, want Discord error code %d", err, tc.code)
			}
			if re.Response.StatusCode != http.StatusBadRequest && re.Response.StatusCode != http.StatusNotFound {
				t.Errorf("status %d", re.Response.StatusCode)
			}
		})
	}
	if n := len(f.Threads()); n != 2 {
		t.Errorf("%d threads, want 2", n)
	}
}
