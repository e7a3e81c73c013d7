package e2e

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/obsgen/obsgen/generators/prometheus"
	"github.com/obsgen/obsgen/generators/rulers"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/simulate"
	"github.com/obsgen/obsgen/internal/testtool"
)

// topologyTimeout bounds the whole Thanos run: two Prometheus servers, two
// sidecars, Thanos Query and the Thanos Ruler, both phases.
const topologyTimeout = 3 * time.Minute

// topologyService and topologyScenario are the service and local alert the
// topology tests drive; fleetAlert is the global alert built for the test:
// the error ratio above 1 % in more than one cluster.
const (
	topologyService  = "specs/rstmdb"
	topologyScenario = "RstmdbHighErrorRate"
	fleetAlert       = "RstmdbFleetErrorRatioHigh"
)

// fleetGroup is the global group the test adds, over the compressed
// window: it fires only when more than one cluster's error ratio is high.
func fleetGroup() catalogue.RuleGroup {
	w := promDuration(Window)
	return catalogue.RuleGroup{Name: "rstmdb-fleet", Runs: catalogue.RunsGlobal, PartialResponseStrategy: catalogue.PartialResponseAbort,
		Rules: []catalogue.Rule{{
			Alert: fleetAlert,
			Expr: catalogue.Expr{Text: "count(sum by (cluster) (rate(rstmdb_requests_errors_total[" + w + "]))" +
				" / sum by (cluster) (rate(rstmdb_requests_total[" + w + "])) > 0.01) > 1"},
			Labels:      map[string]string{"severity": "critical"},
			Annotations: map[string]string{"summary": "The error ratio is above 1 % in {{ $value }} clusters"},
		}}}
}

// promDuration prints a duration as PromQL writes it (6s).
func promDuration(d time.Duration) string { return strconv.Itoa(int(d/time.Second)) + "s" }

// queryResponse is the part of /api/v1/query the test reads.
type queryResponse struct {
	Data struct {
		Result []struct {
			Metric map[string]string `json:"metric"`
		} `json:"result"`
	} `json:"data"`
}

// switchable serves the simulator of whichever scenario was set last.
type switchable struct{ h atomic.Pointer[http.Handler] }

func (s *switchable) set(c *catalogue.Catalogue, scenario string) {
	h := simulate.Handler(c, simulate.Options{Scenario: scenario})
	s.h.Store(&h)
}

func (s *switchable) ServeHTTP(w http.ResponseWriter, r *http.Request) { (*s.h.Load()).ServeHTTP(w, r) }

// cluster is one cluster of the test: its simulator, Prometheus and
// Thanos sidecar.
type cluster struct {
	name    string
	sim     *switchable
	prom    *server
	sidecar string // gRPC address
}

// startCluster serves the simulator (healthy) and runs a Prometheus with
// external labels cluster=name and replica=0 on the generated local rules,
// with a Thanos sidecar beside it; it returns once Prometheus is ready and
// every local rule evaluates.
func startCluster(ctx context.Context, t *testing.T, promBin, thanosBin, name string, c *catalogue.Catalogue) *cluster {
	t.Helper()
	cl := &cluster{name: name, sim: &switchable{}}
	cl.sim.set(c, "")
	srv := httptest.NewServer(cl.sim)
	t.Cleanup(srv.Close)
	dir := t.TempDir()
	want := writeConfigWith(t, c, dir, strings.TrimPrefix(srv.URL, "http://"), func(cfg *prometheus.Config) {
		cfg.Global.ExternalLabels = map[string]string{"cluster": name, "replica": "0"}
	})
	cl.prom = startServer(ctx, t, promBin, func(listen string) []string {
		return []string{"--config.file=" + filepath.Join(dir, "prometheus.yml"), "--storage.tsdb.path=" + filepath.Join(dir, "data"),
			"--storage.tsdb.min-block-duration=2h", "--storage.tsdb.max-block-duration=2h",
			"--web.listen-address=" + listen, "--log.level=warn"}
	})
	fail := func(format string, args ...any) {
		t.Helper()
		t.Fatalf("cluster %s: "+format+"\nprometheus said:\n%s", append(append([]any{name}, args...), cl.prom.output())...)
	}
	waitRulesHealthy(ctx, cl.prom, want, fail)
	cl.sidecar = "127.0.0.1:" + strconv.Itoa(testtool.FreePort(t))
	sc := startServer(ctx, t, thanosBin, func(listen string) []string {
		return []string{"sidecar", "--prometheus.url=" + cl.prom.base, "--tsdb.path=" + filepath.Join(dir, "data"),
			"--grpc-address=" + cl.sidecar, "--http-address=" + listen, "--log.level=warn"}
	})
	waitReady(ctx, t, sc, "sidecar "+name)
	return cl
}

func TestThanosRulerFiresTheGlobalAlertOnlyWhenBothClustersFail(t *testing.T) {
	promBin := testtool.Require(t, "prometheus")
	thanosBin := testtool.RequireFrom(t, "thanos", testtool.Engines)
	start := time.Now()
	t.Cleanup(func() { t.Logf("the Thanos topology run took %s", time.Since(start).Round(100*time.Millisecond)) })
	ctx, cancel := context.WithTimeout(context.Background(), topologyTimeout)
	defer cancel()
	c := testtool.Load(t, filepath.Join(testtool.Root(t), filepath.FromSlash(topologyService)))
	if err := compress(c); err != nil {
		t.Fatal(err)
	}
	a := startCluster(ctx, t, promBin, thanosBin, "a", c)
	b := startCluster(ctx, t, promBin, thanosBin, "b", c)

	// Thanos Query over both sidecars, deduplicating on replica.
	query := startServer(ctx, t, thanosBin, func(listen string) []string {
		return []string{"query", "--http-address=" + listen, "--grpc-address=127.0.0.1:" + strconv.Itoa(testtool.FreePort(t)),
			"--endpoint=" + a.sidecar, "--endpoint=" + b.sidecar, "--query.replica-label=replica", "--log.level=warn"}
	})
	waitReady(ctx, t, query, "thanos query")
	// Through the query tier every series carries its cluster, and the
	// deduplication label is gone.
	if ok, why := poll(ctx, func() (bool, string) {
		var qr queryResponse
		if _, err := query.get(ctx, "/api/v1/query?query=up", &qr); err != nil {
			return false, err.Error()
		}
		clusters := map[string]bool{}
		for _, r := range qr.Data.Result {
			if _, ok := r.Metric["replica"]; ok {
				return false, fmt.Sprintf("%v keeps the replica label", r.Metric)
			}
			clusters[r.Metric["cluster"]] = true
		}
		return clusters["a"] && clusters["b"], fmt.Sprintf("clusters %v", clusters)
	}); !ok {
		t.Fatalf("thanos query: %s\nit said:\n%s", why, lastLines(query, 20))
	}

	// The Thanos Ruler on the generated global rules (thanos/rules.yaml),
	// querying Thanos Query.
	dir := t.TempDir()
	data, err := rulers.ThanosFile(c, []catalogue.RuleGroup{fleetGroup()})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "rules.yaml"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	// And StemeDB's global group as generated (thanos/rules.yaml): it loads
	// and evaluates with health ok (no StemeDB series here, so it is silent).
	stemedb := testtool.Load(t, filepath.Join(testtool.Root(t), filepath.FromSlash("specs/stemedb")))
	seedFiles, err := rulers.Generator{}.Generate(stemedb)
	if err != nil {
		t.Fatal(err)
	}
	wantRules := []string{fleetAlert}
	for _, f := range seedFiles {
		if f.Path == "stemedb/thanos/rules.yaml" {
			if err := os.WriteFile(filepath.Join(dir, "stemedb.yaml"), f.Data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, g := range stemedb.GlobalRuleGroups() {
		for _, r := range g.Rules {
			wantRules = append(wantRules, r.Name())
		}
	}
	sort.Strings(wantRules)
	ruler := startServer(ctx, t, thanosBin, func(listen string) []string {
		return []string{"rule", "--http-address=" + listen, "--grpc-address=127.0.0.1:" + strconv.Itoa(testtool.FreePort(t)),
			"--data-dir=" + filepath.Join(dir, "data"), "--rule-file=" + filepath.Join(dir, "rules.yaml"), "--rule-file=" + filepath.Join(dir, "stemedb.yaml"),
			"--query=" + strings.TrimPrefix(query.base, "http://"), "--eval-interval=1s",
			"--label=ruler_cluster=\"global\"", "--label=replica=\"r0\"", "--log.level=warn"}
	})
	waitReady(ctx, t, ruler, "thanos rule")
	if ok, why := poll(ctx, func() (bool, string) { return rulesHealthy(ctx, ruler, wantRules) }); !ok {
		t.Fatalf("thanos rule: %s\nit said:\n%s\nthanos query said:\n%s", why, lastLines(ruler, 10), lastLines(query, 20))
	}

	// Phase 1: the scenario in cluster a only. Its Prometheus fires the
	// local alert; the global alert stays silent while the ruler sees both
	// clusters' series through Thanos Query for several windows.
	a.sim.set(c, topologyScenario)
	waitFiring(ctx, t, a.prom, "cluster a", topologyScenario)
	quiet := time.Now()
	for time.Since(quiet) < Window+4*time.Second {
		if as, err := firing(ctx, ruler, fleetAlert); err == nil && len(as) > 0 {
			t.Fatalf("%s fires with the scenario in one cluster only: %v", fleetAlert, as)
		}
		if as, err := firing(ctx, b.prom, topologyScenario); err == nil && len(as) > 0 {
			t.Fatalf("cluster b fires %s while healthy: %v", topologyScenario, as)
		}
		time.Sleep(200 * time.Millisecond)
	}

	// Phase 2: the scenario in both clusters: each Prometheus fires its
	// local alert, and the Thanos Ruler the global one.
	b.sim.set(c, topologyScenario)
	waitFiring(ctx, t, b.prom, "cluster b", topologyScenario)
	got := waitFiring(ctx, t, ruler, "thanos rule", fleetAlert)
	// The ruler's own labels (--label) join when it sends the alert, as
	// Prometheus's external labels do; its API shows the rule's.
	if got["severity"] != "critical" {
		t.Errorf("global alert labels %v: want the rule's severity", got)
	}
	if _, ok := got["cluster"]; ok {
		t.Errorf("global alert labels %v: a fleet-wide count carries no cluster", got)
	}
	local := waitFiring(ctx, t, a.prom, "cluster a", topologyScenario)
	t.Logf("local alert in cluster a: %v; global alert in the Thanos Ruler: %v", local, got)
}
