package lint

import (
	"bytes"
	"maps"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
	"go.yaml.in/yaml/v3"
)

// claimRules is the part of testdata/promtool/rules.yaml the test reads.
type claimRules struct {
	Groups []struct {
		Name  string `yaml:"name"`
		Rules []struct {
			Record      string            `yaml:"record"`
			Alert       string            `yaml:"alert"`
			Expr        string            `yaml:"expr"`
			Labels      map[string]string `yaml:"labels"`
			Annotations map[string]string `yaml:"annotations"`
		} `yaml:"rules"`
	} `yaml:"groups"`
}

// TestTheChecksClaimsHoldInPrometheus ties each check to what Prometheus
// really does: testdata/promtool holds expressions the checks flag, with
// promtool tests showing their empty or wrong results. The test lints each
// expression (a record check:case is flagged by check unless its case is
// the corrected form) and, when promtool is installed, runs the tests.
func TestTheChecksClaimsHoldInPrometheus(t *testing.T) {
	data, err := os.ReadFile("testdata/promtool/rules.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var rules claimRules
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&rules); err != nil {
		t.Fatal(err)
	}
	corrected := map[string]bool{"le_kept": true, "delta": true}
	for _, g := range rules.Groups {
		for _, r := range g.Rules {
			name := r.Record + r.Alert
			t.Run(name, func(t *testing.T) {
				var spec, code string
				if r.Alert != "" {
					code = "annotation-label"
					var ann strings.Builder
					for _, k := range slices.Sorted(maps.Keys(r.Annotations)) {
						ann.WriteString("          " + k + ": " + yamlQuote(r.Annotations[k]) + "\n")
					}
					spec = base + alertYAML("      - alert: "+r.Alert+"\n        expr: "+yamlQuote(r.Expr)+
						"\n        for: 1m\n        labels: {severity: page}\n        runbook: {meaning: M}\n        annotations:\n"+ann.String())
				} else {
					check, _, _ := strings.Cut(r.Record, ":")
					code = strings.ReplaceAll(check, "_", "-")
					spec, _, _ = exprSpec(inQuery, "", r.Expr)
				}
				if Lookup(code) == nil {
					t.Fatalf("%s names no check", name)
				}
				flagged := false
				for _, d := range Run(testtool.LoadSpec(t, spec)) {
					flagged = flagged || d.Code == code
				}
				_, fix, _ := strings.Cut(r.Record, ":")
				if want := !corrected[fix]; flagged != want {
					t.Errorf("%s: %s flagged=%v, want %v", r.Expr, code, flagged, want)
				}
			})
		}
	}
	promtool, err := exec.LookPath("promtool")
	if err != nil {
		t.Skip("promtool is not installed: the Prometheus side of the claims is not checked")
	}
	cmd := exec.Command(promtool, "test", "rules", "tests.yaml")
	cmd.Dir = "testdata/promtool"
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("promtool test rules: %v\n%s", err, out)
	}
}
