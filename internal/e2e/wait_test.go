package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// lastLines returns the last n lines of a server's output, for messages.
func lastLines(s *server, n int) string {
	lines := strings.Split(strings.TrimRight(s.output(), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// waitReady polls /-/ready until it answers 200.
func waitReady(ctx context.Context, t *testing.T, s *server, what string) {
	t.Helper()
	if ok, why := poll(ctx, func() (bool, string) {
		if s.hasExited() {
			return true, "it exited"
		}
		code, err := s.get(ctx, "/-/ready", nil)
		return code == 200, fmt.Sprint("status ", code, " ", err)
	}); !ok || s.hasExited() {
		t.Fatalf("%s never became ready: %s\nit said:\n%s", what, why, lastLines(s, 20))
	}
}

// waitHealthy polls path until it answers 200.
func waitHealthy(ctx context.Context, t *testing.T, s *server, path, what string) {
	t.Helper()
	if ok, why := poll(ctx, func() (bool, string) {
		if s.hasExited() {
			return true, "it exited"
		}
		code, err := s.get(ctx, path, nil)
		return code == 200, fmt.Sprint("status ", code, " ", err)
	}); !ok || s.hasExited() {
		t.Fatalf("%s never became healthy: %s\nit said:\n%s", what, why, lastLines(s, 20))
	}
}

// firing returns the label sets of the firing alerts named name.
func firing(ctx context.Context, s *server, name string) ([]map[string]string, error) {
	var ar alertsResponse
	if _, err := s.get(ctx, "/api/v1/alerts", &ar); err != nil {
		return nil, err
	}
	var out []map[string]string
	for _, a := range ar.Data.Alerts {
		if a.Labels["alertname"] == name && a.State == "firing" {
			out = append(out, a.Labels)
		}
	}
	return out, nil
}

// waitFiring polls until s has a firing alert name; it returns one.
func waitFiring(ctx context.Context, t *testing.T, s *server, what, name string) map[string]string {
	t.Helper()
	var got map[string]string
	if ok, why := poll(ctx, func() (bool, string) {
		as, err := firing(ctx, s, name)
		if err != nil {
			return false, err.Error()
		}
		if len(as) == 0 {
			return false, name + " not firing"
		}
		got = as[0]
		return true, ""
	}); !ok {
		t.Fatalf("%s: %s\nit said:\n%s", what, why, lastLines(s, 20))
	}
	return got
}
