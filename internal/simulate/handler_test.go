package simulate

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

func TestTheHandlerServesMetricsAndHealthAndNothingElse(t *testing.T) {
	cases := []struct {
		name, spec, scenario, method, path string
		status                             int
		contentType, body                  string
	}{
		{"metrics on the spec's path", "rstmdb", "", "GET", "/metrics", 200, ContentType, "# TYPE rstmdb_connections_active gauge"},
		{"the declared health endpoint", "rstmdb", "", "GET", "/health", 200, "text/plain; charset=utf-8", "OK"},
		{"a HEAD request", "rstmdb", "", "HEAD", "/metrics", 200, ContentType, ""},
		{"an undeclared path", "rstmdb", "", "GET", "/admin", 404, "", ""},
		{"a POST", "rstmdb", "", "POST", "/metrics", 405, "", ""},
		{"metrics when the target is down", "rstmdb", "RstmdbDown", "GET", "/metrics", 503, "", "simulated outage"},
		{"health when the target is down", "rstmdb", "RstmdbDown", "GET", "/health", 503, "", "unhealthy"},
		{"a custom metrics path", "shop", "", "GET", "/internal/metrics", 200, ContentType, "shop_queue_depth"},
		{"/metrics when the spec moved it", "shop", "", "GET", "/metrics", 404, "", ""},
		{"an unknown scenario", "rstmdb", "Nope", "GET", "/metrics", 500, "", "is not an alert of rstmdb"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(Handler(testtool.Load(t, specs[tc.spec]), Options{Scenario: tc.scenario}))
			defer srv.Close()
			req, _ := http.NewRequest(tc.method, srv.URL+tc.path, nil)
			resp, err := srv.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tc.status {
				t.Errorf("status %d, want %d (%s)", resp.StatusCode, tc.status, body)
			}
			if tc.contentType != "" && resp.Header.Get("Content-Type") != tc.contentType {
				t.Errorf("Content-Type %q, want %q", resp.Header.Get("Content-Type"), tc.contentType)
			}
			if !strings.Contains(string(body), tc.body) {
				t.Errorf("body lacks %q:\n%.300s", tc.body, body)
			}
		})
	}
}

func TestHealthPathsComeFromTheHealthCheckProbesAndEndpoints(t *testing.T) {
	if got := strings.Join(HealthPaths(testtool.Load(t, specs["rstmdb"])), " "); got != "/health" {
		t.Errorf("rstmdb health paths %q, want /health", got)
	}
	if got := HealthPaths(testtool.Load(t, specs["stemedb"])); len(got) != 0 {
		t.Errorf("stemedb declares no health endpoint, got %q", got)
	}
	if got := strings.Join(MetricsPaths(testtool.Load(t, specs["shop"])), " "); got != "/internal/metrics" {
		t.Errorf("shop metrics paths %q", got)
	}
}
