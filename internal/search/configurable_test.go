package search

import (
	"slices"
	"testing"
)

func TestConfigurableNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"after is", "Default: true (addresses are not reordered). Default value is configurable using dns.setDefaultResultOrder() or --dns-result-order.",
			[]string{"--dns-result-order", "dns.setdefaultresultorder"}},
		{"opening the sentence", "Defaults to 16 KiB. Configurable using the --max-http-header-size CLI option.", []string{"--max-http-header-size"}},
		{"no verb of change", "This method has a custom variant for promises that is available using timersPromises.setTimeout().", nil},
		{"a noun in -able", "Changing the TZ variable using process.env.TZ.setup() changes the timezone.", nil},
		{"named before", "dns.setDefaultResultOrder() is configurable using an option.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for n := range configurableNames(tt.text) {
				got = append(got, n)
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("configurableNames = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestConfiguredShare(t *testing.T) {
	hits := []Hit{
		{Heading: "dns.lookup(hostname[, options], callback)", Text: "verbatim <boolean> When false, IPv4 addresses are placed before IPv6 addresses. Default value is configurable using dns.setDefaultResultOrder() or --dns-result-order.", Score: 2},
		{Heading: "--dns-result-order=order", Text: "Set the default value of verbatim in dns.lookup().", Score: 1},
	}
	tests := []struct {
		q          string
		call, flag float64
	}{
		// Each means unsplit, the flag even though its entry ranks.
		{"how do i make lookups prefer ipv4 again", urgedShare * 2, urgedShare * 2},
		// Not asked how to change it: pointed to as any member the entry names.
		{"what order do lookups return addresses in", pointedShare * 2, 0},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			got := pointedNames(tt.q, hits)
			if got["dns.setdefaultresultorder"] != tt.call || got["--dns-result-order"] != tt.flag {
				t.Errorf("pointedNames = %v, want dns.setdefaultresultorder %v, --dns-result-order %v", got, tt.call, tt.flag)
			}
		})
	}
}
