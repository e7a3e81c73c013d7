package prometheus

import (
	"bytes"
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
	"github.com/obsgen/obsgen/internal/testtool"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/config"
	_ "github.com/prometheus/prometheus/discovery/dns" // dns_sd_configs
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
