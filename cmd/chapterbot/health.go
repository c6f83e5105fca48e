package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"time"
)

// healthcheck probes a serving bot's /healthz on METRICS_ADDR: the
// container's HEALTHCHECK, which has no curl in a minimal image.
func (a *app) healthcheck(ctx context.Context, args []string) error {
	f := newFlags("healthcheck")
	path := f.String("path", "/healthz", "path to probe (/healthz or /readyz)")
	if pos, err := f.parse(args); err != nil {
		return err
	} else if len(pos) > 0 {
		return usagef("healthcheck takes no arguments")
	}
	if a.cfg.MetricsAddr == "" {
		return fmt.Errorf("METRICS_ADDR is not set: the health endpoint is off")
	}
	host, port, err := net.SplitHostPort(a.cfg.MetricsAddr)
	if err != nil {
		return fmt.Errorf("METRICS_ADDR %q: %w", a.cfg.MetricsAddr, err)
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+net.JoinHostPort(host, port)+*path, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("health probe: %w", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("health probe %s: %s", *path, resp.Status)
	}
	fmt.Fprintln(a.stdout, "ok")
	return nil
}
