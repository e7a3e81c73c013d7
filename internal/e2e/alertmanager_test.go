package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/obsgen/obsgen/generators/alertmanager"
	"github.com/obsgen/obsgen/generators/prometheus"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/simulate"
	"github.com/obsgen/obsgen/internal/specload"
	"github.com/obsgen/obsgen/internal/testtool"
	"github.com/prometheus/common/model"
	"go.yaml.in/yaml/v3"
)

// inhibitionRun is one end-to-end run of a seed's inhibition: targets
// scraped under their jobs with a fixed instance label by the Prometheus
// server of their cluster, each serving some scenarios at once. The source
// alert must reach its receiver with its links; the inhibited alert,
// firing at the same time in the scope of the inhibition, must reach no
// one; the control, the same alert outside that scope, must reach its
// receiver, so the inhibition is shown scoped rather than the receiver
// dead. The source's cluster is watched by an HA pair of servers, which
// send the same alerts with different replica external labels: its
// receiver must get the source once.
type inhibitionRun struct {
	service                    string
	source, inhibited, control string // alert names
	targets                    []simTarget
	// inhibitedAt are where the inhibited alert fires in the source's
	// scope; controlAt where the control fires outside it.
	inhibitedAt, controlAt []where
	// pair is the cluster watched by an HA pair of Prometheus servers
	// (replica 0 and 1, scraping the same targets); every other cluster
	// has one server.
	pair string
	// dashboardURL is the source's dashboard_url: the first panel that
	// shows its series.
	dashboardURL string
}

// simTarget is one simulator the Prometheus server of a cluster scrapes.
type simTarget struct {
	cluster, job, instance string
	scenarios              []string
}

// where names an alert's origin: the cluster external label of the
// Prometheus server that sent it and its instance label; "" matches any.
type where struct{ cluster, instance string }

func (w where) String() string { return w.cluster + "/" + w.instance }

// matches reports whether an alert's labels are from w.
func (w where) matches(labels map[string]string) bool {
	return (w.cluster == "" || labels["cluster"] == w.cluster) && (w.instance == "" || labels["instance"] == w.instance)
}

var inhibitionRuns = []inhibitionRun{
	{
		// A node down in cluster eu1, and the sync lag it causes there:
		// on the gateway that reports the node down (one simulator drives
		// both, the way a cluster degrades) and on another gateway target
		// of the same cluster. The control is a sync lag in cluster us1,
		// from a target with the very same job and instance labels (static
		// target names repeat from cluster to cluster): only the cluster
		// external label, which each cluster's Prometheus adds to the
		// alerts it sends, tells it apart.
		service: "stemedb", source: "ClusterNodeDown", inhibited: "SyncLagHigh", control: "SyncLagHigh",
		targets: []simTarget{
			{"eu1", "stemedb-cluster", "gateway-a:9090", []string{"ClusterNodeDown", "SyncLagHigh"}},
			{"eu1", "stemedb-cluster", "gateway-b:9090", []string{"SyncLagHigh"}},
			{"us1", "stemedb-cluster", "gateway-a:9090", []string{"SyncLagHigh"}},
		},
		inhibitedAt:  []where{{"eu1", "gateway-a:9090"}, {"eu1", "gateway-b:9090"}},
		controlAt:    []where{{"us1", "gateway-a:9090"}},
		pair:         "eu1",
		dashboardURL: "https://grafana.example.com/d/stemedb-cluster-overview?viewPanel=2",
	},
	{
		// An instance that cannot be scraped exposes nothing, so the other
		// alert of the same instance comes from a second scrape job that
		// reaches the same server (instance label rstmdb-1:9090), as a
		// second Prometheus path to one host would. The controls are
		// another instance of the same cluster, and the same instance
		// name in cluster us1, which only the cluster label tells apart.
		service: "rstmdb", source: "RstmdbDown", inhibited: "RstmdbHighErrorRate", control: "RstmdbHighErrorRate",
		targets: []simTarget{
			{"eu1", "rstmdb", "rstmdb-1:9090", []string{"RstmdbDown"}},
			{"eu1", "rstmdb-second-path", "rstmdb-1:9090", []string{"RstmdbHighErrorRate"}},
			{"eu1", "rstmdb", "rstmdb-2:9090", []string{"RstmdbHighErrorRate"}},
			{"us1", "rstmdb", "rstmdb-1:9090", []string{"RstmdbHighErrorRate"}},
		},
		inhibitedAt: []where{{"eu1", "rstmdb-1:9090"}},
		controlAt:   []where{{"eu1", "rstmdb-2:9090"}, {"us1", "rstmdb-1:9090"}},
		pair:        "eu1",
		// RstmdbDown reads up{job="rstmdb"}, which no panel shows: no
		// dashboard_url.
	},
}

// TestAlertmanagerPagesTheSourceAndInhibitsWhatItsSpecSays runs, for each
// seed, a real Prometheus per cluster (an HA pair for the source's) on the
// generated rules and configuration (its external labels, the cluster's
// and replica's own, and its alert relabelling) scraping `obsgen simulate`
// and sending to one real Alertmanager on the generated configuration,
// whose receivers all post to a webhook server in the test.
func TestAlertmanagerPagesTheSourceAndInhibitsWhatItsSpecSays(t *testing.T) {
	promBin := testtool.Require(t, "prometheus")
	amBin := testtool.Require(t, "prometheus-alertmanager")
	for _, run := range inhibitionRuns {
		t.Run(run.service, func(t *testing.T) {
			t.Parallel()
			runInhibition(t, promBin, amBin, run)
		})
	}
}

func runInhibition(t *testing.T, promBin, amBin string, run inhibitionRun) {
	began := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), runTimeout)
	defer cancel()
	org, diags, _ := specload.LoadOrganisation(filepath.Join("..", "..", "specs"))
	if diags.HasErrors() || org == nil {
		t.Fatalf("specs/organisation.yaml: %v", diags)
	}
	hooks := newHookServer()
	t.Cleanup(hooks.Close)
	org = toWebhooks(org, hooks.URL)
	c, diags, _ := specload.Load(filepath.Join("..", "..", "specs", run.service), specload.Options{Organisation: org})
	if diags.HasErrors() {
		t.Fatalf("%s: %v", run.service, diags)
	}
	if err := compress(c); err != nil {
		t.Fatal(err)
	}
	compressRouting(c)
	dir := t.TempDir()

	files, err := alertmanager.Files([]*catalogue.Catalogue{c})
	if err != nil || len(files) == 0 {
		t.Fatalf("alertmanager.yml: %v", err)
	}
	amConfig := filepath.Join(dir, "alertmanager.yml")
	if err := os.WriteFile(amConfig, files[0].Data, 0o644); err != nil {
		t.Fatal(err)
	}
	am := startAlertmanager(ctx, t, amBin, amConfig, dir)
	// One Prometheus server per cluster, scraping that cluster's targets.
	var clusters []string
	targets, addrs := map[string][]simTarget{}, map[string][]string{}
	for _, tg := range run.targets {
		opts := simulate.Options{Scenario: tg.scenarios[0], Also: tg.scenarios[1:]}
		sim := httptest.NewServer(simulate.Handler(c, opts))
		t.Cleanup(sim.Close)
		if _, ok := targets[tg.cluster]; !ok {
			clusters = append(clusters, tg.cluster)
		}
		targets[tg.cluster] = append(targets[tg.cluster], tg)
		addrs[tg.cluster] = append(addrs[tg.cluster], strings.TrimPrefix(sim.URL, "http://"))
	}
	servers := []*server{am}
	var names []string // of the Prometheus servers
	var pair []*server
	for _, cl := range clusters {
		replicas := []string{"0"}
		if cl == run.pair {
			replicas = []string{"0", "1"}
		}
		for _, replica := range replicas {
			cdir := filepath.Join(dir, "prometheus-"+cl+"-"+replica)
			if err := os.Mkdir(cdir, 0o755); err != nil {
				t.Fatal(err)
			}
			writeAlertingConfig(t, c, cdir, cl, replica, targets[cl], addrs[cl], strings.TrimPrefix(am.base, "http://"))
			s := startPrometheus(ctx, t, promBin, filepath.Join(cdir, "prometheus.yml"), cdir)
			servers = append(servers, s)
			names = append(names, cl+" replica "+replica)
			if cl == run.pair {
				pair = append(pair, s)
			}
		}
	}
	if len(pair) != 2 {
		t.Fatalf("no HA pair: cluster %q has no target", run.pair)
	}
	fail := func(format string, args ...any) {
		t.Helper()
		var proms []string
		for i, s := range servers[1:] {
			proms = append(proms, "prometheus of "+names[i]+" said:\n"+s.output())
		}
		t.Fatalf(format+"\nwebhook received:\n%s\nalertmanager said:\n%s\n%s",
			append(args, hooks.dump(), am.output(), strings.Join(proms, "\n"))...)
	}
	for _, s := range servers {
		if ok, why := poll(ctx, func() (bool, string) {
			code, err := s.get(ctx, "/-/ready", nil)
			return code == 200, fmt.Sprint("status ", code, " ", err)
		}); !ok {
			fail("%s never became ready: %s", s.base, why)
		}
	}

	source := c.Alert(run.source)
	want := c.PolicyOf(source).Receiver
	control := c.PolicyOf(c.Alert(run.control)).Receiver
	var got received
	if ok, why := poll(ctx, func() (bool, string) {
		var okSource bool
		okSource, got = hooks.find(want, run.source, where{})
		why := fmt.Sprintf("%s at %s: %v", run.source, want, okSource)
		done := okSource
		for _, at := range run.controlAt {
			okControl, _ := hooks.find(control, run.control, at)
			why += fmt.Sprintf(", %s for %s at %s: %v", run.control, control, at, okControl)
			done = done && okControl
		}
		return done, why
	}); !ok {
		fail("%s", why)
	}
	if got.Labels["cluster"] != run.pair {
		fail("%s arrived without the cluster external label %s of the Prometheus servers that sent it: %v", run.source, run.pair, got.Labels)
	}
	if r, ok := got.Labels["replica"]; ok {
		fail("%s arrived with the deduplication label replica=%q, which the generated alert_relabel_configs drop", run.source, r)
	}
	if u, want := got.Annotations["runbook_url"], prometheus.RunbookURL(c, source); u != want || u == "" {
		fail("%s arrived with runbook_url %q, want %q", run.source, u, want)
	}
	if u := got.Annotations["dashboard_url"]; u != run.dashboardURL || u != prometheus.DashboardURL(c, source) {
		fail("%s arrived with dashboard_url %q, want %q (DashboardURL gives %q)", run.source, u, run.dashboardURL, prometheus.DashboardURL(c, source))
	}

	// The inhibited alert reached Alertmanager from each place in the
	// source's scope, and Alertmanager holds it suppressed by the source.
	for _, at := range run.inhibitedAt {
		if ok, why := poll(ctx, func() (bool, string) {
			var alerts []amAlert
			if _, err := am.get(ctx, "/api/v2/alerts", &alerts); err != nil {
				return false, err.Error()
			}
			for _, a := range alerts {
				if a.Labels["alertname"] == run.inhibited && at.matches(a.Labels) {
					return a.Status.State == "suppressed" && len(a.Status.InhibitedBy) > 0,
						fmt.Sprintf("%s at %s is %s, inhibited by %v", run.inhibited, at, a.Status.State, a.Status.InhibitedBy)
				}
			}
			return false, fmt.Sprintf("Alertmanager has no %s at %s", run.inhibited, at)
		}); !ok {
			fail("%s", why)
		}
	}
	// Both servers of the pair have sent the source.
	for i, s := range pair {
		if ok, why := poll(ctx, func() (bool, string) {
			as, err := firing(ctx, s, run.source)
			return err == nil && len(as) > 0, fmt.Sprint(run.source, " firing: ", as, " ", err)
		}); !ok {
			fail("replica %d of %s: %s", i, run.pair, why)
		}
	}
	// Give the inhibited alert's group the time to be notified, had it not
	// been inhibited: longer than its group_wait, which the control
	// (same route) has already passed; and the source's group the time to
	// be notified again, had the pair's two copies of it been two alerts:
	// longer than its group_interval.
	time.Sleep(2 * time.Second)
	for _, at := range run.inhibitedAt {
		if n := hooks.count(run.inhibited, at); n > 0 {
			fail("%s at %s, inhibited by %s, reached a receiver %d times", run.inhibited, at, run.source, n)
		}
	}
	if n := hooks.count(run.source, where{cluster: run.pair}); n != 1 {
		fail("%s, sent by both servers of the HA pair of %s, reached a receiver %d times, want once", run.source, run.pair, n)
	}
	t.Logf("%s took %s", t.Name(), time.Since(began).Round(100*time.Millisecond))
}

// toWebhooks returns a copy of the organisation whose every receiver, kept
// by name, posts to the test's webhook server at /<name>.
func toWebhooks(o *catalogue.Organisation, base string) *catalogue.Organisation {
	out := *o
	out.Receivers = nil
	for _, r := range o.Receivers {
		out.Receivers = append(out.Receivers, catalogue.Receiver{Name: r.Name, Kind: catalogue.ReceiverWebhook, URL: base + "/" + r.Name})
	}
	if o.Routing != nil {
		rt := *o.Routing
		rt.GroupWait = catalogue.Duration(time.Second)
		rt.GroupInterval = catalogue.Duration(time.Second)
		out.Routing = &rt
	}
	return &out
}

// compressRouting makes the service's routing fast and always on: every
// group waits a second (the warning route three, so that an inhibited
// warning is still waiting when its source arrives, whatever the order the
// two fired in), and no time interval keeps the ticket route quiet outside
// working hours, which would make the inhibited alert's silence prove
// nothing.
func compressRouting(c *catalogue.Catalogue) {
	fast := func(l *catalogue.Routing) {
		if l == nil {
			return
		}
		l.MuteTimeIntervals, l.ActiveTimeIntervals = nil, nil
		for i := range l.Routes {
			rt := &l.Routes[i]
			rt.GroupWait = catalogue.Duration(time.Second)
			if rt.Match["severity"] == "warning" {
				rt.GroupWait = catalogue.Duration(3 * time.Second)
			}
			rt.GroupInterval = catalogue.Duration(time.Second)
			rt.MuteTimeIntervals, rt.ActiveTimeIntervals = nil, nil
		}
		if l.GroupWait > 0 {
			l.GroupWait = catalogue.Duration(time.Second)
		}
	}
	fast(c.Routing)
	for _, r := range c.Alerts() {
		fast(r.Routing)
	}
}

// writeAlertingConfig writes the generated rule files and a copy of the
// generated prometheus.yml, with its external labels but cluster's and
// replica's values for the cluster and replica labels, that scrapes each
// simulator under its job and instance every second and sends alerts to
// the Alertmanager at amAddr.
func writeAlertingConfig(t *testing.T, c *catalogue.Catalogue, dir, cluster, replica string, targets []simTarget, addrs []string, amAddr string) {
	t.Helper()
	writeConfig(t, c, dir, addrs[0])
	data, err := os.ReadFile(filepath.Join(dir, "prometheus.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var cfg prometheus.Config
	if err := yaml.Unmarshal(data, &cfg); err != nil {
		t.Fatal(err)
	}
	// The alerts a server sends carry its external labels, and the
	// inhibitions scoped to a cluster rely on them; the servers of an HA
	// pair differ by replica only.
	for l, v := range map[string]string{"cluster": cluster, "replica": replica} {
		if _, ok := cfg.Global.ExternalLabels[l]; !ok {
			t.Fatalf("the generated prometheus.yml sets no %s external label: %v", l, cfg.Global.ExternalLabels)
		}
		cfg.Global.ExternalLabels[l] = v
	}
	template := cfg.ScrapeConfigs[0]
	jobs := map[string]int{}
	cfg.ScrapeConfigs = nil
	for i, tg := range targets {
		at, ok := jobs[tg.job]
		if !ok {
			sc := template
			sc.JobName, sc.StaticConfigs = tg.job, nil
			cfg.ScrapeConfigs = append(cfg.ScrapeConfigs, sc)
			at = len(cfg.ScrapeConfigs) - 1
			jobs[tg.job] = at
		}
		cfg.ScrapeConfigs[at].StaticConfigs = append(cfg.ScrapeConfigs[at].StaticConfigs,
			prometheus.StaticConfig{Targets: []string{addrs[i]}, Labels: map[string]string{"instance": tg.instance}})
	}
	// The generated alerting section (the alert relabelling that drops
	// the deduplication label) is kept: only the Alertmanager is added.
	if cfg.Alerting == nil {
		cfg.Alerting = &prometheus.AlertingConfig{}
	}
	cfg.Alerting.Alertmanagers = []prometheus.AlertmanagerConfig{
		{StaticConfigs: []prometheus.StaticConfig{{Targets: []string{amAddr}}}},
	}
	out, err := yaml.Marshal(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "prometheus.yml"), out, 0o644); err != nil {
		t.Fatal(err)
	}
}

// startAlertmanager runs Alertmanager with config on a free 127.0.0.1 port,
// without clustering (which would listen on every address), its data under
// dir, bounded by ctx; it is killed when the test ends.
func startAlertmanager(ctx context.Context, t *testing.T, bin, config, dir string) *server {
	t.Helper()
	return startServer(ctx, t, bin, func(listen string) []string {
		return []string{"--config.file=" + config, "--storage.path=" + filepath.Join(dir, "alertmanager"),
			"--web.listen-address=" + listen, "--cluster.listen-address=", "--log.level=warn"}
	})
}

// amAlert is the part of Alertmanager's /api/v2/alerts the test reads.
type amAlert struct {
	Labels map[string]string `json:"labels"`
	Status struct {
		State       string   `json:"state"`
		InhibitedBy []string `json:"inhibitedBy"`
	} `json:"status"`
}

// received is one alert as a webhook receiver got it.
type received struct {
	Receiver    string
	Status      string            `json:"status"`
	Labels      map[string]string `json:"labels"`
	Annotations map[string]string `json:"annotations"`
}

// hookServer records what Alertmanager posts to each receiver's path.
type hookServer struct {
	*httptest.Server
	mu  sync.Mutex
	got []received
}

func newHookServer() *hookServer {
	h := &hookServer{}
	h.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var msg struct {
			Receiver string     `json:"receiver"`
			Alerts   []received `json:"alerts"`
		}
		if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&msg); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		h.mu.Lock()
		defer h.mu.Unlock()
		for _, a := range msg.Alerts {
			// The path names the receiver whose webhook was called.
			a.Receiver = strings.TrimPrefix(r.URL.Path, "/")
			h.got = append(h.got, a)
		}
	}))
	return h
}

// find returns whether receiver got a firing alert of that name from at,
// and the alert.
func (h *hookServer) find(receiver, alert string, at where) (bool, received) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, a := range h.got {
		if a.Receiver == receiver && a.Status == "firing" && a.Labels["alertname"] == alert && at.matches(a.Labels) {
			return true, a
		}
	}
	return false, received{}
}

// count returns how often any receiver got the alert from at.
func (h *hookServer) count(alert string, at where) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	n := 0
	for _, a := range h.got {
		if a.Labels["alertname"] == alert && at.matches(a.Labels) {
			n++
		}
	}
	return n
}

// dump lists what was received, for failure messages.
func (h *hookServer) dump() string {
	h.mu.Lock()
	defer h.mu.Unlock()
	var lines []string
	for _, a := range h.got {
		lines = append(lines, fmt.Sprintf("%s: %s %s", a.Receiver, a.Status, model.LabelSet(toLabelSet(a.Labels))))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

func toLabelSet(m map[string]string) model.LabelSet {
	out := model.LabelSet{}
	for k, v := range m {
		out[model.LabelName(k)] = model.LabelValue(v)
	}
	return out
}
