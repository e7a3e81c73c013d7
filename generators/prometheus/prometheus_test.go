package prometheus

import (
	"bytes"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/golden"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/obsgen/obsgen/internal/specload"
	"github.com/obsgen/obsgen/internal/testtool"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/config"
	"github.com/prometheus/prometheus/discovery"
	_ "github.com/prometheus/prometheus/discovery/dns" // dns_sd_configs
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/model/relabel"
	"github.com/prometheus/prometheus/model/rulefmt"
)

// catalogues are the inputs every test checks: the test spec, the
// two-variant alert fixture and both seeds.
var catalogues = map[string]string{
	"test spec": "testdata/spec",
	"variants":  variantsSpec,
	"rstmdb":    "../../specs/rstmdb",
	"stemedb":   "../../specs/stemedb",
}

func generate(t *testing.T, dir string) (*catalogue.Catalogue, []generators.File) {
	t.Helper()
	c := testtool.Load(t, dir)
	return c, testtool.Generate(t, Generator{}, c)
}

func TestGeneratedFilesMatchTheGoldenFiles(t *testing.T) {
	_, files := generate(t, "testdata/spec")
	got := map[string][]byte{}
	for _, f := range files {
		got[f.Path] = f.Data
	}
	golden.CheckDir(t, "testdata/golden", got)
}

func TestGenerationIsDeterministic(t *testing.T) {
	_, a := generate(t, "testdata/spec")
	_, b := generate(t, "testdata/spec")
	if len(a) != len(b) {
		t.Fatalf("%d files, then %d", len(a), len(b))
	}
	for i := range a {
		if a[i].Path != b[i].Path || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Errorf("%s differs between two runs", a[i].Path)
		}
	}
}

func TestRuleFilesParseBackStrictlyWithRulefmt(t *testing.T) {
	for name, dir := range catalogues {
		t.Run(name, func(t *testing.T) {
			c, files := generate(t, dir)
			for _, f := range files {
				base := filepath.Base(f.Path)
				if base != "alerts.yaml" && base != "recording.yaml" && f.Path != c.Service.Name+"/vmalert/global.yaml" {
					continue
				}
				groups, errs := rulefmt.Parse(f.Data, false, model.UTF8Validation, promql.Parser, slog.New(slog.DiscardHandler))
				if len(errs) > 0 {
					t.Fatalf("%s: rulefmt rejects it: %v", f.Path, errs)
				}
				want := catalogue.LocalGroups(c.AlertGroups)
				switch base {
				case "recording.yaml":
					want = catalogue.LocalGroups(c.RecordGroups)
				case "global.yaml":
					want = c.GlobalRuleGroups()
				}
				if len(groups.Groups) != len(want) {
					t.Fatalf("%s: %d groups, want %d", f.Path, len(groups.Groups), len(want))
				}
				for gi, g := range groups.Groups {
					for ri, r := range g.Rules {
						spec := want[gi].Rules[ri]
						if r.Alert != spec.Alert || r.Record != spec.Record {
							t.Errorf("rule %d of %s is %s%s, want %s", ri, g.Name, r.Alert, r.Record, spec.Name())
						}
						if r.Expr != strings.TrimSpace(spec.Expr.Text) {
							t.Errorf("%s: expr %q, want %q", spec.Name(), r.Expr, spec.Expr.Text)
						}
						if model.Duration(spec.For) != r.For {
							t.Errorf("%s: for %s, want %s", spec.Name(), r.For, spec.For)
						}
						for k, v := range spec.Labels {
							if r.Labels[k] != v {
								t.Errorf("%s: label %s=%q, want %q", spec.Name(), k, r.Labels[k], v)
							}
						}
						for k, v := range spec.Annotations {
							if r.Annotations[k] != v {
								t.Errorf("%s: annotation %s=%q, want %q", spec.Name(), k, r.Annotations[k], v)
							}
						}
					}
				}
			}
		})
	}
}

func TestRunbookURLPointsAtTheGeneratedPageOrTheSpecsOwn(t *testing.T) {
	c, _ := generate(t, "testdata/spec")
	cases := []struct{ alert, want string }{
		{"ShopErrors", "https://docs.example.com/shop/alerts/ShopErrors.md"},
		{"ShopRunbookElsewhere", "https://wiki.example.com/shop-down"},
	}
	for _, tc := range cases {
		if got := RunbookURL(c, c.Alert(tc.alert)); got != tc.want {
			t.Errorf("%s: runbook_url %q, want %q", tc.alert, got, tc.want)
		}
	}
	// Published by MkDocs from out/docs/mkdocs.yml, the page is .html
	// under the service's folder; a service's own docs_base_url wins.
	c.Organisation = &catalogue.Organisation{DocsURL: "https://monitoring.example.com/"}
	if got, want := RunbookURL(c, c.Alert("ShopErrors")), "https://docs.example.com/shop/alerts/ShopErrors.md"; got != want {
		t.Errorf("with the service's docs_base_url: %q, want %q", got, want)
	}
	c.Service.DocsBaseURL = ""
	if got, want := RunbookURL(c, c.Alert("ShopErrors")), "https://monitoring.example.com/shop/docs/alerts/ShopErrors.html"; got != want {
		t.Errorf("with the organisation's docs_url: %q, want %q", got, want)
	}
	if got, want := RunbookURL(c, c.Alert("ShopRunbookElsewhere")), "https://wiki.example.com/shop-down"; got != want {
		t.Errorf("the spec's own runbook URL: %q, want %q", got, want)
	}
}

func TestConfigFilesLoadWithPrometheusConfig(t *testing.T) {
	for name, dir := range catalogues {
		t.Run(name, func(t *testing.T) {
			_, files := generate(t, dir)
			for _, f := range files {
				base := filepath.Base(f.Path)
				var text string
				switch {
				case base == "prometheus.yml":
					text = string(f.Data)
				case strings.HasPrefix(base, "scrape"):
					// scrape files hold only scrape_configs: load them as a whole config.
					text = string(f.Data)
				default:
					continue
				}
				cfg, err := config.Load(text, slog.New(slog.DiscardHandler))
				if err != nil {
					t.Fatalf("%s: config.Load rejects it: %v", f.Path, err)
				}
				if len(cfg.ScrapeConfigs) == 0 {
					t.Errorf("%s: no scrape configs", f.Path)
				}
			}
		})
	}
}

func TestPromtoolAcceptsRulesAndConfig(t *testing.T) {
	promtool := testtool.Require(t, "promtool")
	for name, dir := range catalogues {
		t.Run(name, func(t *testing.T) {
			_, files := generate(t, dir)
			tmp := t.TempDir()
			var rules, configs []string
			for _, f := range files {
				p := filepath.Join(tmp, filepath.Base(f.Path))
				if err := os.WriteFile(p, f.Data, 0o644); err != nil {
					t.Fatal(err)
				}
				switch base := filepath.Base(f.Path); {
				case base == "alerts.yaml" || base == "recording.yaml":
					rules = append(rules, p)
				case base == "prometheus.yml" || strings.HasPrefix(base, "scrape"):
					configs = append(configs, p)
				}
			}
			for _, args := range [][]string{append([]string{"check", "rules"}, rules...), append([]string{"check", "config"}, configs...)} {
				if len(args) == 2 {
					continue
				}
				out, err := exec.Command(promtool, args...).CombinedOutput()
				if err != nil {
					t.Errorf("promtool %s failed: %v\n%s", strings.Join(args[:2], " "), err, out)
				}
			}
		})
	}
}

// loadWithOrganisation loads a seed with specs/organisation.yaml, whose
// external labels include the deduplication label replica.
func loadWithOrganisation(t *testing.T, service string) *catalogue.Catalogue {
	t.Helper()
	org, diags, _ := specload.LoadOrganisation("../../specs")
	if diags.HasErrors() || org == nil {
		t.Fatalf("specs/organisation.yaml does not load: %v", diags)
	}
	c, diags, _ := specload.Load(filepath.Join("../../specs", service), specload.Options{Organisation: org})
	if diags.HasErrors() {
		t.Fatalf("%s does not load: %v", service, diags)
	}
	return c
}

// TestAlertsLeaveWithoutTheDeduplicationLabel: both servers of an HA pair
// evaluate the same rules and send the same alerts, each with its own
// replica external label; unless prometheus.yml drops that label from the
// alerts, Alertmanager sees two alerts (two notifications, two targets for
// an inhibition). The relabelling must drop replica and nothing else
// (Prometheus anchors the regex), and load in Prometheus 3 (config.Load,
// relabel.Process) and in promtool 2.42.
func TestAlertsLeaveWithoutTheDeduplicationLabel(t *testing.T) {
	promtool, _ := exec.LookPath("promtool")
	if promtool == "" && os.Getenv("OBSGEN_REQUIRE_TOOLS") == "1" {
		promtool = testtool.Require(t, "promtool")
	}
	for _, service := range []string{"rstmdb", "stemedb"} {
		t.Run(service, func(t *testing.T) {
			c := loadWithOrganisation(t, service)
			if c.DeduplicationLabel() != "replica" {
				t.Fatalf("the organisation's deduplication label is %q, want replica", c.DeduplicationLabel())
			}
			files := testtool.Generate(t, Generator{}, c)
			var data []byte
			for _, f := range files {
				if filepath.Base(f.Path) == "prometheus.yml" {
					data = f.Data
				}
			}
			cfg, err := config.Load(string(data), slog.New(slog.DiscardHandler))
			if err != nil {
				t.Fatalf("config.Load rejects prometheus.yml: %v\n%s", err, data)
			}
			if n := len(cfg.AlertingConfig.AlertRelabelConfigs); n != 1 {
				t.Fatalf("%d alert_relabel_configs, want 1:\n%s", n, data)
			}
			alert := labels.FromStrings("alertname", "X", "cluster", "eu1", "replica", "1",
				"replica_set", "a", "xreplica", "b", "instance", "replica:9090", "severity", "critical")
			lb := labels.NewBuilder(alert)
			if !relabel.ProcessBuilder(lb, cfg.AlertingConfig.AlertRelabelConfigs...) {
				t.Fatal("the alert relabelling drops the whole alert")
			}
			want := labels.FromStrings("alertname", "X", "cluster", "eu1",
				"replica_set", "a", "xreplica", "b", "instance", "replica:9090", "severity", "critical")
			if got := lb.Labels(); !labels.Equal(got, want) {
				t.Errorf("an alert leaves with %s, want %s", got, want)
			}
			if promtool == "" {
				t.Log("no promtool: config.Load only")
				return
			}
			p := filepath.Join(t.TempDir(), "prometheus.yml")
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
			// promtool also checks the rule files prometheus.yml names.
			for _, f := range files {
				if base := filepath.Base(f.Path); base == "alerts.yaml" || base == "recording.yaml" || base == SLOFile {
					if err := os.WriteFile(filepath.Join(filepath.Dir(p), base), f.Data, 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
			if out, err := exec.Command(promtool, "check", "config", p).CombinedOutput(); err != nil {
				t.Errorf("promtool check config rejects it: %v\n%s", err, out)
			}
		})
	}
}

func TestNoAlertRelabellingWithoutADeduplicationLabel(t *testing.T) {
	c := testtool.Seed(t, "rstmdb") // without the organisation
	if rc := AlertRelabelConfigs(c); rc != nil {
		t.Errorf("alert relabelling without a deduplication label: %v", rc)
	}
}

// TestAProbeJobRelabelsAsTheBlackboxExporterPrescribes applies the
// generated probe job's relabelling with Prometheus's own relabel package to
// each target as Prometheus discovers it: the target becomes the target
// parameter and the instance, and the prober is what is scraped.
// loadPrometheusYML loads the prometheus.yml generated from the spec in
// dir as Prometheus 3 does.
func loadPrometheusYML(t *testing.T, dir string) *config.Config {
	t.Helper()
	_, files := generate(t, dir)
	var text string
	for _, f := range files {
		if filepath.Base(f.Path) == "prometheus.yml" {
			text = string(f.Data)
		}
	}
	cfg, err := config.Load(text, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

func TestAProbeJobRelabelsAsTheBlackboxExporterPrescribes(t *testing.T) {
	cfg := loadPrometheusYML(t, "testdata/spec")
	var job *config.ScrapeConfig
	for _, sc := range cfg.ScrapeConfigs {
		if sc.JobName == "shop-probe" {
			job = sc
		}
	}
	if job == nil {
		t.Fatal("no shop-probe job")
	}
	if job.MetricsPath != "/probe" || job.Params.Get("module") != "http_2xx" {
		t.Errorf("path %s, params %v", job.MetricsPath, job.Params)
	}
	for _, target := range []string{"https://shop.example.com/", "https://api.shop.example.com/health"} {
		lb := labels.NewBuilder(labels.FromStrings(model.AddressLabel, target, model.JobLabel, job.JobName))
		keep := relabel.ProcessBuilder(lb, job.RelabelConfigs...)
		ls := lb.Labels()
		if !keep || ls.Get(model.AddressLabel) != "blackbox:9115" || ls.Get(model.ParamLabelPrefix+"target") != target || ls.Get(model.InstanceLabel) != target {
			t.Errorf("%s relabels to %v", target, ls)
		}
	}
}

// TestTheOrganisationsAlertmanagersAreWhereAlertsGo: host:port and URLs
// (an HTTPS one behind a path prefix), as Prometheus 3 loads them.
func TestTheOrganisationsAlertmanagersAreWhereAlertsGo(t *testing.T) {
	c := testtool.Load(t, "../../specs/rstmdb")
	c.Organisation = &catalogue.Organisation{Alertmanagers: []string{"am-0:9093", "https://am.example.com/alertmanager", "http://am-1:9093"}}
	data, err := ConfigFile(c, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Load(string(data), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatalf("config.Load rejects it: %v\n%s", err, data)
	}
	var got []string
	for _, am := range cfg.AlertingConfig.AlertmanagerConfigs {
		var targets []string
		for _, sd := range am.ServiceDiscoveryConfigs {
			if static, ok := sd.(discovery.StaticConfig); ok {
				for _, g := range static {
					for _, tg := range g.Targets {
						targets = append(targets, string(tg["__address__"]))
					}
				}
			}
		}
		got = append(got, fmt.Sprintf("%s %s %v", am.Scheme, am.PathPrefix, targets))
	}
	want := []string{"http  [am-0:9093 am-1:9093]", "https /alertmanager [am.example.com:443]"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("alertmanagers:\n got %q\nwant %q", got, want)
	}
}

// TestAPushgatewayIsScrapedWithHonorLabels: the Pushgateway's pushed
// series keep their pushers' job and instance only with honor_labels, as
// its README says to scrape it; Prometheus 3 loads the job so.
func TestAPushgatewayIsScrapedWithHonorLabels(t *testing.T) {
	cfg := loadPrometheusYML(t, "../../testdata/realworld/pushgateway")
	if len(cfg.ScrapeConfigs) != 1 || cfg.ScrapeConfigs[0].JobName != "pushgateway" || !cfg.ScrapeConfigs[0].HonorLabels {
		t.Errorf("want the pushgateway job with honor_labels, got %+v", cfg.ScrapeConfigs)
	}
}
