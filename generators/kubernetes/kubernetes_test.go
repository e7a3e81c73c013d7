package kubernetes

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/generators/prometheus"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/golden"
	"github.com/obsgen/obsgen/internal/testtool"
	monitoringv1 "github.com/prometheus-operator/prometheus-operator/pkg/apis/monitoring/v1"
	"sigs.k8s.io/yaml"
)

// catalogues are the inputs every test checks: the test spec and both seeds.
var catalogues = map[string]string{
	"test spec": "testdata/spec",
	"rstmdb":    "../../specs/rstmdb",
	"stemedb":   "../../specs/stemedb",
	// A Pushgateway scraped with honor_labels.
	"pushgateway": "../../testdata/realworld/pushgateway",
}

func generate(t *testing.T, dir string) (*catalogue.Catalogue, map[string][]byte) {
	t.Helper()
	c := testtool.Load(t, dir)
	return c, testtool.Files(t, Generator{}, c, "")
}

// split splits a YAML stream at its document separators.
func split(data []byte) [][]byte { return bytes.Split(data, []byte("\n---\n")) }

func TestGeneratedObjectsMatchTheGoldenFiles(t *testing.T) {
	_, files := generate(t, "testdata/spec")
	golden.CheckDir(t, "testdata/golden", files)
}

func TestGenerationIsDeterministic(t *testing.T) {
	for name, dir := range catalogues {
		_, a := generate(t, dir)
		_, b := generate(t, dir)
		for p := range a {
			if !bytes.Equal(a[p], b[p]) {
				t.Errorf("%s: %s differs between two runs", name, p)
			}
		}
	}
}

func TestThePrometheusRuleDecodesStrictlyAndHoldsTheRuleFilesGroups(t *testing.T) {
	for name, dir := range catalogues {
		t.Run(name, func(t *testing.T) {
			c, files := generate(t, dir)
			data := files[generators.Join(c.Service.Name, "kubernetes", "prometheusrule.yaml")]
			var pr monitoringv1.PrometheusRule
			if err := yaml.UnmarshalStrict(data, &pr); err != nil {
				t.Fatalf("prometheusrule.yaml does not decode strictly: %v", err)
			}
			if pr.APIVersion != "monitoring.coreos.com/v1" || pr.Kind != "PrometheusRule" || pr.Name != c.Service.Name {
				t.Errorf("object %s %s %q", pr.APIVersion, pr.Kind, pr.Name)
			}
			// The local groups: global ones run in the global ruler.
			want := append(prometheus.RuleGroups(c, catalogue.LocalGroups(c.AlertGroups)).Groups, prometheus.RuleGroups(c, catalogue.LocalGroups(c.RecordGroups)).Groups...)
			want = append(want, prometheus.RuleGroups(c, c.SLOGroups).Groups...)
			if len(pr.Spec.Groups) != len(want) {
				t.Fatalf("%d groups, want %d", len(pr.Spec.Groups), len(want))
			}
			for gi, g := range pr.Spec.Groups {
				w := want[gi]
				if g.Name != w.Name || len(g.Rules) != len(w.Rules) {
					t.Fatalf("group %d: %s with %d rules, want %s with %d", gi, g.Name, len(g.Rules), w.Name, len(w.Rules))
				}
				if w.Interval != 0 && (g.Interval == nil || string(*g.Interval) != w.Interval.String()) {
					t.Errorf("group %s: interval %v, want %s", g.Name, g.Interval, w.Interval)
				}
				for ri, r := range g.Rules {
					wr := w.Rules[ri]
					if r.Alert != wr.Alert || r.Record != wr.Record || r.Expr.String() != wr.Expr {
						t.Errorf("rule %d of %s: %s%s %q, want %s%s %q", ri, g.Name, r.Alert, r.Record, r.Expr.String(), wr.Alert, wr.Record, wr.Expr)
					}
					if wr.For != 0 && (r.For == nil || string(*r.For) != wr.For.String()) {
						t.Errorf("%s: for %v, want %s", wr.Alert, r.For, wr.For)
					}
					if wr.KeepFiringFor != 0 && (r.KeepFiringFor == nil || string(*r.KeepFiringFor) != wr.KeepFiringFor.String()) {
						t.Errorf("%s: keep_firing_for %v, want %s", wr.Alert, r.KeepFiringFor, wr.KeepFiringFor)
					}
					for k, v := range wr.Annotations {
						if r.Annotations[k] != v {
							t.Errorf("%s: annotation %s %q, want %q", wr.Alert, k, r.Annotations[k], v)
						}
					}
					for k, v := range wr.Labels {
						if r.Labels[k] != v {
							t.Errorf("%s: label %s %q, want %q", r.Alert+r.Record, k, r.Labels[k], v)
						}
					}
				}
			}
		})
	}
}

func TestServiceMonitorsDecodeStrictlyOnePerJob(t *testing.T) {
	for name, dir := range catalogues {
		t.Run(name, func(t *testing.T) {
			c, files := generate(t, dir)
			data := files[generators.Join(c.Service.Name, "kubernetes", "servicemonitor.yaml")]
			jobs := map[string]bool{}
			for _, tg := range c.Scrape.Targets {
				if tg.Probe == nil {
					jobs[tg.JobName(c)] = true
				}
			}
			docs := split(data)
			if len(docs) != len(jobs) {
				t.Fatalf("%d ServiceMonitors, want one per job but probes (%d)", len(docs), len(jobs))
			}
			for _, d := range docs {
				var sm monitoringv1.ServiceMonitor
				if err := yaml.UnmarshalStrict(d, &sm); err != nil {
					t.Fatalf("a ServiceMonitor does not decode strictly: %v\n%s", err, d)
				}
				if sm.Kind != "ServiceMonitor" || len(sm.Spec.Endpoints) != 1 || len(sm.Spec.Selector.MatchLabels) == 0 {
					t.Fatalf("ServiceMonitor %q: kind %s, %d endpoints, selector %v", sm.Name, sm.Kind, len(sm.Spec.Endpoints), sm.Spec.Selector)
				}
				ep := sm.Spec.Endpoints[0]
				if ep.Port == "" || len(ep.RelabelConfigs) != 1 || ep.RelabelConfigs[0].TargetLabel != "job" {
					t.Fatalf("ServiceMonitor %q: endpoint %+v", sm.Name, ep)
				}
				job := *ep.RelabelConfigs[0].Replacement
				if !jobs[job] {
					t.Errorf("ServiceMonitor %q sets job %q, not a scrape job of the spec", sm.Name, job)
				}
				for _, tg := range c.Scrape.Targets {
					if tg.JobName(c) == job && tg.HonorLabels != ep.HonorLabels {
						t.Errorf("ServiceMonitor %q: honorLabels %v, the scrape target's honor_labels %v", sm.Name, ep.HonorLabels, tg.HonorLabels)
					}
				}
				delete(jobs, job)
				if strings.Contains(string(d), "creationTimestamp") || strings.Contains(string(d), "{}") {
					t.Errorf("ServiceMonitor %q carries empty fields:\n%s", sm.Name, d)
				}
			}
		})
	}
}

func TestAProbeJobIsAnOperatorProbeThatDecodesStrictly(t *testing.T) {
	_, files := generate(t, "testdata/spec")
	docs := split(files["shop/kubernetes/operator-probe.yaml"])
	if len(docs) != 1 {
		t.Fatalf("%d Probes, want the spec's one probe job", len(docs))
	}
	var p monitoringv1.Probe
	if err := yaml.UnmarshalStrict(docs[0], &p); err != nil {
		t.Fatalf("the Probe does not decode strictly: %v\n%s", err, docs[0])
	}
	sc := p.Spec.Targets.StaticConfig
	if p.Kind != "Probe" || p.Spec.JobName != "shop-probe" || p.Spec.ProberSpec.URL != "blackbox-exporter.monitoring:9115" ||
		p.Spec.Module != "http_2xx" || sc == nil || len(sc.Targets) != 1 || sc.Targets[0] != "https://shop.example.com/health" ||
		p.Spec.Interval != "30s" || p.Spec.ProberSpec.Path != "" {
		t.Errorf("Probe %+v", p)
	}
}

func TestAServiceMonitorFollowsTheKubernetesBlockOrSaysWhatItAssumed(t *testing.T) {
	c, _ := generate(t, "testdata/spec")
	mons := ServiceMonitors(c)
	if len(mons) != 2 {
		t.Fatalf("%d ServiceMonitors, want 2 (shop-api once, Shop_Worker)", len(mons))
	}
	api, worker := mons[0], mons[1]
	ep := api.Spec.Endpoints[0]
	if api.Name != "shop-api" || ep.Port != "http-metrics" || api.Spec.Selector.MatchLabels["tier"] != "api" ||
		len(api.Spec.NamespaceSelector.MatchNames) != 1 || api.Spec.NamespaceSelector.MatchNames[0] != "shop" {
		t.Errorf("shop-api: %+v", api)
	}
	if ep.Scheme == nil || ep.Scheme.String() != "https" || ep.Path != "/internal/metrics" || ep.Interval != "30s" || ep.ScrapeTimeout != "10s" {
		t.Errorf("shop-api endpoint: %+v", ep)
	}
	wep := worker.Spec.Endpoints[0]
	if worker.Name != "shop-worker" || wep.Port != DefaultPort || worker.Spec.Selector.MatchLabels[selectorLabel] != "shop" || wep.Path != "" {
		t.Errorf("Shop_Worker (no kubernetes block): %+v", worker)
	}
	_, files := generate(t, "testdata/spec")
	if !strings.Contains(string(files["shop/kubernetes/servicemonitor.yaml"]), "has no kubernetes block") {
		t.Error("servicemonitor.yaml does not say which selector and port it assumed")
	}
}

func TestObjectNamesAreDNSLabels(t *testing.T) {
	cases := []struct{ in, want string }{
		{"shop", "shop"},
		{"Shop_Worker", "shop-worker"},
		{"--a..b--", "a--b"},
		{"", "obsgen"},
		{"é/é", "obsgen"},
		{strings.Repeat("a", 70), strings.Repeat("a", 63)},
		{strings.Repeat("a", 62) + "-b", strings.Repeat("a", 62)},
	}
	for _, tc := range cases {
		if got := dnsLabel(tc.in); got != tc.want {
			t.Errorf("dnsLabel(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestACatalogueWithoutRulesOrTargetsWritesNothing(t *testing.T) {
	files, err := Generator{}.Generate(&catalogue.Catalogue{Service: catalogue.Service{Name: "empty"}})
	if err != nil || len(files) != 0 {
		t.Errorf("files %v, error %v", files, err)
	}
}

func TestEveryObjectFilePassesYamllint(t *testing.T) {
	yamllint := testtool.Require(t, "yamllint")
	// Expressions and annotations are written on one line however long, so
	// that they read and diff whole: line-length is off.
	args := []string{"-d", "{extends: default, rules: {document-start: disable, line-length: disable}}"}
	dir := t.TempDir()
	for name, spec := range catalogues {
		_, files := generate(t, spec)
		for p, data := range files {
			path := filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+"-"+filepath.Base(p))
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			args = append(args, path)
		}
	}
	if out, err := exec.Command(yamllint, args...).CombinedOutput(); err != nil {
		t.Errorf("yamllint: %v\n%s", err, out)
	}
}

func TestControlCharactersYAMLRefusesAreEscaped(t *testing.T) {
	for _, text := range []string{"del \x7f", "c1 \u0086", "bom \ufeff", "nel \u0085 ok"} {
		got, err := documents("", map[string]string{"summary": text})
		if err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		var back map[string]string
		if err := yaml.Unmarshal(got, &back); err != nil {
			t.Fatalf("%q: the output does not parse: %v\n%s", text, err, got)
		}
		if back["summary"] != text {
			t.Errorf("%q came back as %q", text, back["summary"])
		}
	}
}
