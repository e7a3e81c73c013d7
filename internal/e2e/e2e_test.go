package e2e

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/obsgen/obsgen/generators/prometheus"
	"github.com/obsgen/obsgen/internal/catalogue"
	_ "github.com/obsgen/obsgen/internal/golden" // -update in every test binary
	"github.com/obsgen/obsgen/internal/simulate"
	"github.com/obsgen/obsgen/internal/specload"
	"github.com/obsgen/obsgen/internal/testtool"
	"github.com/prometheus/common/model"
	"go.yaml.in/yaml/v3"
)

// runTimeout bounds one scenario: start, readiness, rules, alerts. It is
// a bound for a hung server, not a timing: on two busy cores (the whole
// suite at once) a healthy run has taken 45 s.
const runTimeout = 90 * time.Second

// concurrentRuns is how many Prometheus servers run at once.
const concurrentRuns = 5

// services are the services the test runs, by spec folder: every service
// under specs/ and under the folders of testdata/ (a new team's payments,
// node_exporter with the node-mixin's rules; not the attacks, the broken
// specs and the mixins),
// and the fixture whose alert
// has a warning and a critical variant.
func services(t *testing.T) []string {
	t.Helper()
	root := filepath.Join("..", "..")
	args := []string{filepath.Join(root, "specs")}
	entries, err := os.ReadDir(filepath.Join(root, "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		// testdata/hostile holds attacks and testdata/bad broken specs,
		// one per folder, and testdata/mixins third-party mixins (linted
		// with --mixin): not services.
		if e.IsDir() && e.Name() != "hostile" && e.Name() != "bad" && e.Name() != "mixins" {
			args = append(args, filepath.Join(root, "testdata", e.Name()))
		}
	}
	dirs, err := specload.Discover(args)
	if err != nil {
		t.Fatal(err)
	}
	// Of the real-world catalogues, the node-mixin's: the others adopt
	// rules that a scenario cannot isolate (a team's PostgresDown beside
	// the mixin's PostgreSQLDown, both pg_up == 0) or that fire while
	// Prometheus has scraped nothing yet ((count(...) or vector(0)) < 1
	// with no for:), as they would in production; the simulator's tests
	// check that a healthy service fires none of them and what each
	// scenario fires.
	dirs = slices.DeleteFunc(dirs, func(d string) bool {
		rel, _ := filepath.Rel(filepath.Join(root, "testdata", "realworld"), d)
		return filepath.IsLocal(rel) && rel != "node"
	})
	var out []string
	for _, d := range append(dirs, filepath.Join(root, "internal", "catalogue", "testdata", "variants")) {
		rel, err := filepath.Rel(root, d)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, filepath.ToSlash(rel))
	}
	return out
}

func TestPrometheusLoadsTheRulesAndFiresOnlyTheScenariosAlert(t *testing.T) {
	bin := testtool.Require(t, "prometheus")
	start := time.Now()
	t.Cleanup(func() { t.Logf("end-to-end runs took %s", time.Since(start).Round(100*time.Millisecond)) })
	// Scenarios mostly wait on Prometheus's clock, so they run concurrently
	// (t.Run from several goroutines), at most concurrentRuns servers at once.
	var wg sync.WaitGroup
	slots := make(chan struct{}, concurrentRuns)
	alerts, undrivable := 0, 0
	for _, svc := range services(t) {
		// One scenario per alert name, which drives every variant of it,
		// and one per variant where a name has several; an alert the
		// simulator cannot drive (simulate.Drivable says why) is listed.
		c := testtool.Load(t, filepath.Join(testtool.Root(t), filepath.FromSlash(svc)))
		scenarios := []string{""}
		for _, name := range c.AlertNames() {
			if c.RunsGlobally(c.Alert(name)) {
				continue // the global ruler's: TestThanosRulerFiresTheGlobalAlertOnlyWhenBothClustersFail
			}
			drivable := true
			for _, r := range c.AlertVariants(name) {
				alerts++
				if err := simulate.Drivable(c, r); err != nil {
					t.Logf("%s: not driven: %s: %v", svc, c.VariantName(r), err)
					undrivable++
					drivable = false
				}
			}
			if !drivable {
				continue
			}
			scenarios = append(scenarios, name)
			if c.HasVariants(name) {
				for _, r := range c.AlertVariants(name) {
					scenarios = append(scenarios, c.VariantName(r))
				}
			}
		}
		for _, scenario := range scenarios {
			name := c.Service.Name + "/" + scenario
			if scenario == "" {
				name = c.Service.Name + "/healthy"
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				slots <- struct{}{}
				defer func() { <-slots }()
				t.Run(name, func(t *testing.T) { runScenario(t, bin, svc, scenario) })
			}()
		}
	}
	wg.Wait()
	t.Logf("%d alerts, %d driven by a scenario against a real Prometheus, %d the simulator cannot drive", alerts, alerts-undrivable, undrivable)
}

// runScenario serves the simulator for one scenario, runs Prometheus on
// the generated configuration against it, and checks rules and alerts.
func runScenario(t *testing.T, bin, svc, scenario string) {
	began := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), runTimeout)
	defer cancel()
	c := testtool.Load(t, filepath.Join(testtool.Root(t), filepath.FromSlash(svc)))
	if err := compress(c); err != nil {
		t.Fatal(err)
	}
	sim := httptest.NewServer(simulate.Handler(c, simulate.Options{Scenario: scenario}))
	t.Cleanup(sim.Close)
	dir := t.TempDir()
	want := writeConfig(t, c, dir, strings.TrimPrefix(sim.URL, "http://"))
	prom := startPrometheus(ctx, t, bin, filepath.Join(dir, "prometheus.yml"), dir)
	fail := func(format string, args ...any) {
		t.Helper()
		t.Fatalf(format+"\nprometheus said:\n%s", append(args, prom.output())...)
	}

	waitRulesHealthy(ctx, prom, want, fail)

	// Wait for every rule the scenario selects to fire, then keep watching
	// until every window has filled and been evaluated a few times, so
	// that an alert that needs a full window would have had its chance; no
	// alert of another name may be pending or firing at any point. Other
	// variants of the scenario's alert may fire with it: a critical
	// threshold past the warning one on the same series fires both.
	var selected []*catalogue.Rule
	alert := ""
	if scenario != "" {
		var err error
		if selected, err = c.SelectAlerts(scenario); err != nil {
			t.Fatal(err)
		}
		alert = selected[0].Alert
	}
	ready := time.Now()
	fired := map[*catalogue.Rule]bool{}
	if ok, why := poll(ctx, func() (bool, string) {
		var ar alertsResponse
		if _, err := prom.get(ctx, "/api/v1/alerts", &ar); err != nil {
			return false, err.Error()
		}
		var others []string
		for _, a := range ar.Data.Alerts {
			name := a.Labels["alertname"]
			if name != alert {
				// A scenario that drives errors or latency up burns the
				// budget of an SLO on them too: its alert may join in. The
				// healthy service and an SLO's own scenario fire no other.
				if r := c.Alert(name); r != nil && r.SLO != nil && alert != "" && c.Alert(alert).SLO == nil {
					continue
				}
				others = append(others, name+" ("+a.State+")")
			} else if a.State == "firing" {
				fired[variantOf(c, a.Labels)] = true
			}
		}
		if len(others) > 0 {
			fail("scenario %q: other alerts are active: %v", scenario, others)
		}
		all := true
		for _, r := range selected {
			all = all && fired[r]
		}
		settled := time.Since(ready) > Window+3*time.Second
		return all && settled, fmt.Sprintf("%s firing: %v after %s", scenario, all, time.Since(ready).Round(time.Second))
	}); !ok {
		fail("scenario %q: %s", scenario, why)
	}
	t.Logf("%s took %s", t.Name(), time.Since(began).Round(100*time.Millisecond))
}

// variantOf returns the rule of an alert's name whose constant labels the
// alert instance carries, or nil.
func variantOf(c *catalogue.Catalogue, ls map[string]string) *catalogue.Rule {
	for _, r := range c.AlertVariants(ls["alertname"]) {
		match := true
		for k, v := range r.Labels {
			match = match && (strings.Contains(v, "{{") || ls[k] == v)
		}
		if match {
			return r
		}
	}
	return nil
}

// writeConfig writes the generated rule files and a copy of the generated
// prometheus.yml that scrapes the simulator at addr every second, into dir.
// It returns the names of the generated rules.
func writeConfig(t *testing.T, c *catalogue.Catalogue, dir, addr string) []string {
	t.Helper()
	return writeConfigWith(t, c, dir, addr, nil)
}

// writeConfigWith is writeConfig with edit applied to the configuration
// last (external labels, remote write).
func writeConfigWith(t *testing.T, c *catalogue.Catalogue, dir, addr string, edit func(*prometheus.Config)) []string {
	t.Helper()
	files, err := prometheus.Generator{}.Generate(c)
	if err != nil {
		t.Fatal(err)
	}
	var cfgData []byte
	for _, f := range files {
		switch base := filepath.Base(f.Path); base {
		case "alerts.yaml", "recording.yaml", prometheus.SLOFile:
			if err := os.WriteFile(filepath.Join(dir, base), f.Data, 0o644); err != nil {
				t.Fatal(err)
			}
		case "prometheus.yml":
			cfgData = f.Data
		}
	}
	var cfg prometheus.Config
	dec := yaml.NewDecoder(strings.NewReader(string(cfgData)))
	dec.KnownFields(true)
	if err := dec.Decode(&cfg); err != nil {
		t.Fatalf("generated prometheus.yml: %v", err)
	}
	if len(cfg.ScrapeConfigs) == 0 {
		t.Fatal("generated prometheus.yml has no scrape jobs")
	}
	second := model.Duration(time.Second)
	cfg.Global.ScrapeInterval, cfg.Global.EvaluationInterval = second, second
	for i := range cfg.ScrapeConfigs {
		sc := &cfg.ScrapeConfigs[i]
		sc.ScrapeInterval, sc.ScrapeTimeout = second, 0
		sc.Scheme = ""
		sc.DNSSDConfigs = nil
		sc.StaticConfigs = []prometheus.StaticConfig{{Targets: []string{addr}}}
	}
	if edit != nil {
		edit(&cfg)
	}
	data, err := yaml.Marshal(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "prometheus.yml"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	var rules []string
	for _, r := range append(append([]*catalogue.Rule(nil), c.Alerts()...), c.Records()...) {
		if !c.RunsGlobally(r) {
			rules = append(rules, r.Name())
		}
	}
	sort.Strings(rules)
	return rules
}

// waitRulesHealthy waits until Prometheus is ready and lists exactly the
// rules in want, each evaluated with health ok; fail reports what it saw.
func waitRulesHealthy(ctx context.Context, prom *server, want []string, fail func(format string, args ...any)) {
	if ok, why := poll(ctx, func() (bool, string) {
		code, err := prom.get(ctx, "/-/ready", nil)
		return code == 200, fmt.Sprint("status ", code, " ", err)
	}); !ok {
		fail("prometheus never became ready: %s", why)
	}
	if ok, why := poll(ctx, func() (bool, string) { return rulesHealthy(ctx, prom, want) }); !ok {
		fail("rules: %s", why)
	}
}

// rulesHealthy reports whether Prometheus lists exactly the generated rules,
// each evaluated with health ok.
func rulesHealthy(ctx context.Context, prom *server, want []string) (bool, string) {
	var rr rulesResponse
	if _, err := prom.get(ctx, "/api/v1/rules", &rr); err != nil {
		return false, err.Error()
	}
	var got, bad []string
	for _, g := range rr.Data.Groups {
		for _, r := range g.Rules {
			got = append(got, r.Name)
			if r.Health != "ok" || r.LastEvaluation.IsZero() {
				bad = append(bad, fmt.Sprintf("%s: health %q %s", r.Name, r.Health, r.LastError))
			}
		}
	}
	sort.Strings(got)
	if strings.Join(got, ",") != strings.Join(want, ",") {
		return false, fmt.Sprintf("loaded rules %v, want %v", got, want)
	}
	if len(bad) > 0 {
		return false, strings.Join(bad, "; ")
	}
	return true, ""
}
