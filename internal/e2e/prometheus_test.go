package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/obsgen/obsgen/internal/testtool"
)

// server is a Prometheus process the test started.
type server struct {
	base string
	mu   sync.Mutex
	log  bytes.Buffer
	// exited is closed when the process has ended.
	exited chan struct{}
}

// hasExited reports whether the process has ended (a bad flag, a
// configuration it refused), so that waiting on it can stop.
func (s *server) hasExited() bool {
	select {
	case <-s.exited:
		return true
	default:
		return false
	}
}

// Write collects the server's output for failure messages.
func (s *server) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.log.Write(p)
}

func (s *server) output() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.log.String()
}

// startPrometheus runs prometheus with config on a free 127.0.0.1 port, its
// storage under dir, bounded by ctx; the process is killed when the test
// ends, whatever happens.
func startPrometheus(ctx context.Context, t *testing.T, bin, config, dir string) *server {
	t.Helper()
	return startServer(ctx, t, bin, func(listen string) []string {
		return []string{"--config.file=" + config, "--storage.tsdb.path=" + filepath.Join(dir, "data"),
			"--web.listen-address=" + listen, "--log.level=warn"}
	})
}

// startServer runs bin with the arguments args gives for a free 127.0.0.1
// address, bounded by ctx, its output kept for messages; the process is
// killed when the test ends, whatever happens.
func startServer(ctx context.Context, t *testing.T, bin string, args func(listen string) []string) *server {
	t.Helper()
	port := testtool.FreePort(t)
	s := &server{base: "http://127.0.0.1:" + strconv.Itoa(port), exited: make(chan struct{})}
	cmd := exec.CommandContext(ctx, bin, args("127.0.0.1:"+strconv.Itoa(port))...)
	cmd.Stdout, cmd.Stderr = s, s
	cmd.WaitDelay = 5 * time.Second
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting %s: %v", filepath.Base(bin), err)
	}
	go func() {
		_ = cmd.Wait()
		close(s.exited)
	}()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-s.exited
	})
	return s
}

var client = &http.Client{Timeout: 2 * time.Second}

// get fetches path and decodes a JSON answer into v; it returns the status.
func (s *server) get(ctx context.Context, path string, v any) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.base+path, nil)
	if err != nil {
		return 0, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if v != nil && resp.StatusCode == http.StatusOK {
		if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
			return resp.StatusCode, fmt.Errorf("%s: %w", path, err)
		}
	}
	return resp.StatusCode, nil
}

// poll calls check every 100ms until it reports done or ctx ends; it
// returns the last reason check gave for not being done.
func poll(ctx context.Context, check func() (done bool, why string)) (bool, string) {
	for {
		done, why := check()
		if done {
			return true, why
		}
		select {
		case <-ctx.Done():
			return false, why
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// rulesResponse is the part of /api/v1/rules the test reads.
type rulesResponse struct {
	Data struct {
		Groups []struct {
			Name  string `json:"name"`
			Rules []struct {
				Name           string    `json:"name"`
				Health         string    `json:"health"`
				LastError      string    `json:"lastError"`
				LastEvaluation time.Time `json:"lastEvaluation"`
			} `json:"rules"`
		} `json:"groups"`
	} `json:"data"`
}

// alertsResponse is the part of /api/v1/alerts the test reads.
type alertsResponse struct {
	Data struct {
		Alerts []struct {
			Labels map[string]string `json:"labels"`
			State  string            `json:"state"`
		} `json:"alerts"`
	} `json:"data"`
}
