package simulate

import (
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
)

// Handler serves the exposition on the service's metrics path (default
// /metrics, plus any path a scrape target sets) and answers its declared
// health endpoints with 200. Under a scenario that fires on a failed
// scrape (up == 0) both answer 503. With a zero opts.Time every request
// shows the values at the time of the request.
func Handler(c *catalogue.Catalogue, opts Options) http.Handler {
	p, err := newPlan(c, opts.scenarios())
	if p != nil {
		p.since = opts.Since
		if p.since.IsZero() {
			p.since = when(opts)
		}
	}
	metrics := set(MetricsPaths(c))
	health := set(HealthPaths(c))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case metrics[r.URL.Path]:
			if !allowed(w, r) {
				return
			}
			switch {
			case err != nil:
				http.Error(w, err.Error(), http.StatusInternalServerError)
			case p.down:
				http.Error(w, "simulated outage: scenario "+strings.Join(opts.scenarios(), ", "), http.StatusServiceUnavailable)
			default:
				body, err := p.exposition(when(opts))
				if err != nil {
					http.Error(w, err.Error(), http.StatusInternalServerError)
					return
				}
				w.Header().Set("Content-Type", ContentType)
				_, _ = w.Write(body)
			}
		case health[r.URL.Path]:
			if !allowed(w, r) {
				return
			}
			if err != nil || p.down {
				http.Error(w, "unhealthy", http.StatusServiceUnavailable)
				return
			}
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			_, _ = fmt.Fprintln(w, "OK")
		default:
			http.NotFound(w, r)
		}
	})
}

func set(paths []string) map[string]bool {
	out := make(map[string]bool, len(paths))
	for _, p := range paths {
		out[p] = true
	}
	return out
}

func allowed(w http.ResponseWriter, r *http.Request) bool {
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		return true
	}
	w.Header().Set("Allow", "GET, HEAD")
	http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	return false
}

// MetricsPaths returns the paths the exposition is served on, sorted: the
// service's metrics path (default /metrics) and each scrape job's.
func MetricsPaths(c *catalogue.Catalogue) []string {
	set := map[string]bool{}
	p := "/metrics"
	if c.Service.Metrics != nil && c.Service.Metrics.Path != "" {
		p = c.Service.Metrics.Path
	}
	set[p] = true
	if c.Scrape != nil {
		for i := range c.Scrape.Targets {
			// A probe job's /probe too: a prober's catalogue is served
			// where Prometheus asks it to probe.
			set[c.Scrape.Targets[i].ScrapePath(c)] = true
		}
	}
	return sorted(set, nil)
}

// HealthPaths returns the declared health endpoints' paths, sorted: the
// HTTP health check's, the HTTP probes', and GET endpoints whose path names
// health, readiness or liveness.
func HealthPaths(c *catalogue.Catalogue) []string {
	set := map[string]bool{}
	if h := c.Health; h != nil {
		if h.HTTP != nil {
			if u, err := url.Parse(h.HTTP.URL); err == nil && u.Path != "" {
				set[u.Path] = true
			}
		}
		for _, pr := range h.Probes {
			if pr.HTTPPath != "" {
				set[pr.HTTPPath] = true
			}
		}
	}
	for _, e := range c.Endpoints {
		lp := strings.ToLower(e.Path)
		if strings.EqualFold(e.Method, http.MethodGet) && (strings.Contains(lp, "health") || strings.Contains(lp, "ready") || strings.Contains(lp, "live")) {
			set[e.Path] = true
		}
	}
	return sorted(set, MetricsPaths(c))
}

// sorted returns the set's valid absolute paths, sorted, leaving out skip.
func sorted(set map[string]bool, skip []string) []string {
	for _, s := range skip {
		delete(set, s)
	}
	out := make([]string, 0, len(set))
	for p := range set {
		if strings.HasPrefix(p, "/") {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}
