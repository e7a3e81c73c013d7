package exposition_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/obsgen/obsgen/internal/exposition"
)

// serve answers every request with body under contentType, recording the
// Accept header it was asked with.
func serve(t *testing.T, contentType, body string, accept *string) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if accept != nil {
			*accept = r.Header.Get("Accept")
		}
		if contentType != "" {
			w.Header().Set("Content-Type", contentType)
		} else {
			w.Header()["Content-Type"] = nil // no sniffing
		}
		_, _ = w.Write([]byte(body))
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestFetchAsksForTextAndReadsTheFormatTheServerNames(t *testing.T) {
	om := readText(t, "../verify/testdata/small.om")
	text := readText(t, "../verify/testdata/small.prom")
	cases := []struct {
		name, contentType, body string
		want                    exposition.Format
	}{
		{"text/plain is the text format", "text/plain; version=0.0.4; charset=utf-8", text, exposition.Text},
		{"application/openmetrics-text is OpenMetrics", "application/openmetrics-text; version=1.0.0; charset=utf-8", om, exposition.OpenMetrics},
		{"no Content-Type falls back to looking for # EOF", "", om, exposition.OpenMetrics},
		{"text/plain without a version is looked at too", "text/plain; charset=utf-8", om, exposition.OpenMetrics},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var accept string
			srv := serve(t, tc.contentType, tc.body, &accept)
			e, err := exposition.Fetch(context.Background(), srv.URL+"/metrics", exposition.FetchOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if e.Format != tc.want || e.Name != srv.URL+"/metrics" || len(e.Families) != 7-btoi(tc.want == exposition.Text) {
				t.Errorf("format %v, name %s, %d families", e.Format, e.Name, len(e.Families))
			}
			if !strings.HasPrefix(accept, "text/plain;version=0.0.4") {
				t.Errorf("Accept %q does not ask for the text format first", accept)
			}
		})
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func TestFetchFailures(t *testing.T) {
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	}))
	t.Cleanup(slow.Close)
	failing := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "boom", http.StatusInternalServerError)
	}))
	t.Cleanup(failing.Close)
	big := serve(t, "text/plain", strings.Repeat("a 1\n", 1000), nil)
	proto := serve(t, "application/vnd.google.protobuf; proto=io.prometheus.client.MetricFamily; encoding=delimited", "x", nil)
	bad := serve(t, "text/plain", "a one\n", nil)
	page := serve(t, "text/html; charset=UTF-8", "<html><head><title>Node Exporter</title></head></html>\n", nil)
	cases := []struct {
		name, url string
		opts      exposition.FetchOptions
		says      string
	}{
		{"a slow server times out", slow.URL, exposition.FetchOptions{Timeout: 100 * time.Millisecond}, "deadline exceeded"},
		{"a 500 is an error", failing.URL, exposition.FetchOptions{}, "500 Internal Server Error"},
		{"a body over the limit is refused", big.URL, exposition.FetchOptions{MaxSize: 100}, "larger than 100 bytes"},
		{"protobuf is refused", proto.URL, exposition.FetchOptions{}, "protobuf"},
		{"a web page (an exporter's landing page) says to check the path", page.URL, exposition.FetchOptions{}, "a web page (text/html), not metrics: check the URL's path"},
		{"a URL without a scheme is refused", "localhost:9100/metrics", exposition.FetchOptions{}, "http://"},
		{"a body that does not parse is a syntax error", bad.URL, exposition.FetchOptions{}, "expected float"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			_, err := exposition.Fetch(context.Background(), tc.url, tc.opts)
			if err == nil || !strings.Contains(err.Error(), tc.says) {
				t.Fatalf("err %v, want one saying %q", err, tc.says)
			}
			if time.Since(start) > 3*time.Second {
				t.Errorf("took %v", time.Since(start))
			}
		})
	}
	var se *exposition.SyntaxError
	if _, err := exposition.Fetch(context.Background(), bad.URL, exposition.FetchOptions{}); !errors.As(err, &se) || se.Line != 1 || se.Name != bad.URL {
		t.Errorf("a syntax error in a fetched body: %#v", err)
	}
}

func TestReadFileDetectsOpenMetricsAndLimitsSize(t *testing.T) {
	e, err := exposition.ReadFile("../verify/testdata/small.om", nil, 0)
	if err != nil || e.Format != exposition.OpenMetrics || e.Name != "../verify/testdata/small.om" {
		t.Fatalf("%v %+v", err, e)
	}
	e, err = exposition.ReadFile("-", strings.NewReader("a 1\n"), 0)
	if err != nil || e.Name != "<stdin>" || len(e.Families) != 1 {
		t.Fatalf("stdin: %v %+v", err, e)
	}
	big := filepath.Join(t.TempDir(), "big.prom")
	if err := os.WriteFile(big, []byte(strings.Repeat("a 1\n", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := exposition.ReadFile(big, nil, 50); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("an oversized file: %v", err)
	}
	if _, err := exposition.ReadFile("testdata/no-such.prom", nil, 0); err == nil {
		t.Error("a missing file is no error")
	}
}

func TestReadingAFileGivesUpAtTheTimeout(t *testing.T) {
	r, w := io.Pipe()
	defer w.Close()
	start := time.Now()
	_, err := exposition.ReadFileWithin(context.Background(), 100*time.Millisecond, "-", r, 0)
	if err == nil || !strings.Contains(err.Error(), "did not finish within 100ms") {
		t.Fatalf("reading a standard input that never ends = %v, want the timeout", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("gave up after %s", d)
	}
}

func TestReadingAFileWithinTheTimeoutParsesIt(t *testing.T) {
	e, err := exposition.ReadFileWithin(context.Background(), 10*time.Second, "-", strings.NewReader("# TYPE up gauge\nup 1\n"), 0)
	if err != nil || e.Family("up") == nil {
		t.Fatalf("ReadFileWithin = %v, %v", e, err)
	}
}

func readText(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
