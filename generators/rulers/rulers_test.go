package rulers

import (
	"bytes"
	"log/slog"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/generators/prometheus"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/obsgen/obsgen/internal/specload"
	"github.com/obsgen/obsgen/internal/testtool"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/rulefmt"
	"go.yaml.in/yaml/v3"
)

// seed loads specs/stemedb with its organisation, as the pipeline does.
func seed(t *testing.T) (*catalogue.Catalogue, map[string][]byte) {
	t.Helper()
	org, diags, _ := specload.LoadOrganisation("../../specs")
	if diags.HasErrors() {
		t.Fatalf("organisation: %v", diags)
	}
	c, diags, _ := specload.Load("../../specs/stemedb", specload.Options{Organisation: org})
	if diags.HasErrors() {
		t.Fatalf("stemedb: %v", diags)
	}
	files := map[string][]byte{}
	for _, g := range []generators.Generator{Generator{}, prometheus.Generator{}} {
		out, err := g.Generate(c)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range out {
			files[f.Path] = f.Data
		}
	}
	return c, files
}

// strict decodes data into v, refusing unknown fields.
func strict(t *testing.T, data []byte, v any) {
	t.Helper()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil {
		t.Fatalf("does not decode strictly: %v", err)
	}
}

// parseGroups checks groups with rulefmt's own validation (PromQL,
// templates, names) and returns them as rulefmt reads them.
func parseGroups(t *testing.T, groups []rulefmt.RuleGroup) *rulefmt.RuleGroups {
	t.Helper()
	data, err := yaml.Marshal(rulefmt.RuleGroups{Groups: groups})
	if err != nil {
		t.Fatal(err)
	}
	rg, errs := rulefmt.Parse(data, false, model.UTF8Validation, promql.Parser, slog.New(slog.DiscardHandler))
	if len(errs) > 0 {
		t.Fatalf("rulefmt rejects the groups: %v", errs)
	}
	return rg
}

func TestThanosFileHoldsTheGlobalGroupsWithTheirStrategy(t *testing.T) {
	c, files := seed(t)
	var got ThanosRuleGroups
	strict(t, files["stemedb/thanos/rules.yaml"], &got)
	global := c.GlobalRuleGroups()
	if len(got.Groups) != len(global) || len(global) == 0 {
		t.Fatalf("%d groups, want the %d global ones", len(got.Groups), len(global))
	}
	var plain []rulefmt.RuleGroup
	for i, g := range got.Groups {
		if g.Name != global[i].Name || g.PartialResponseStrategy != global[i].PartialResponseStrategy {
			t.Errorf("group %s with strategy %q, want %s with %q", g.Name, g.PartialResponseStrategy, global[i].Name, global[i].PartialResponseStrategy)
		}
		plain = append(plain, g.RuleGroup)
	}
	if got.Groups[0].PartialResponseStrategy != catalogue.PartialResponseAbort {
		t.Errorf("the seed declares abort; the file says %q", got.Groups[0].PartialResponseStrategy)
	}
	// The groups are exactly those vmalert/global.yaml has.
	parsed := parseGroups(t, plain)
	vm, errs := rulefmt.Parse(files["stemedb/vmalert/global.yaml"], false, model.UTF8Validation, promql.Parser, slog.New(slog.DiscardHandler))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	a, _ := yaml.Marshal(parsed)
	b, _ := yaml.Marshal(vm)
	if !bytes.Equal(a, b) {
		t.Errorf("thanos/rules.yaml and vmalert/global.yaml hold different rules:\n%s\n---\n%s", a, b)
	}
}

func TestCortexFileIsANamespaceNamedAfterTheService(t *testing.T) {
	c, files := seed(t)
	var got CortexNamespace
	strict(t, files["stemedb/cortex/rules.yaml"], &got)
	if got.Namespace != c.Service.Name {
		t.Errorf("namespace %q, want %q", got.Namespace, c.Service.Name)
	}
	parsed := parseGroups(t, got.Groups)
	if len(parsed.Groups) != len(c.GlobalRuleGroups()) {
		t.Errorf("%d groups, want %d", len(parsed.Groups), len(c.GlobalRuleGroups()))
	}
}

func TestNoGlobalGroupsNoFiles(t *testing.T) {
	c, diags, _ := specload.Load("../../specs/rstmdb", specload.Options{})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	files, err := Generator{}.Generate(c)
	if err != nil || len(files) != 0 {
		t.Errorf("%d files (%v) for a service without global groups", len(files), err)
	}
}

func TestThanosRulesCheckAcceptsTheThanosFile(t *testing.T) {
	thanos := testtool.RequireFrom(t, "thanos", testtool.Engines)
	_, files := seed(t)
	dir := testtool.WriteTree(t, files)
	out, err := exec.Command(thanos, "tools", "rules-check", "--rules="+filepath.Join(dir, "stemedb/thanos/rules.yaml")).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "result=SUCCESS") {
		t.Fatalf("thanos tools rules-check: %v\n%s", err, out)
	}
	// A strategy Thanos does not know is refused: the check is real.
	bad := bytes.Replace(files["stemedb/thanos/rules.yaml"], []byte("partial_response_strategy: abort"), []byte("partial_response_strategy: skip"), 1)
	dir = testtool.WriteTree(t, map[string][]byte{"rules.yaml": bad})
	if out, err := exec.Command(thanos, "tools", "rules-check", "--rules="+filepath.Join(dir, "rules.yaml")).CombinedOutput(); err == nil {
		t.Errorf("thanos accepts partial_response_strategy: skip:\n%s", out)
	}
}

func TestVmalertDryRunAcceptsEveryFileItReads(t *testing.T) {
	vmalert := testtool.RequireFrom(t, "vmalert", testtool.Engines)
	_, files := seed(t)
	dir := testtool.WriteTree(t, files)
	args := []string{"-dryRun", "-loggerLevel=ERROR"}
	for p := range files {
		if strings.Contains(p, "/prometheus/tests/") || !strings.HasSuffix(p, ".yaml") || strings.HasPrefix(p, "stemedb/prometheus/scrape") ||
			strings.Contains(p, "/thanos/") || strings.Contains(p, "/cortex/") {
			continue
		}
		args = append(args, "-rule="+filepath.Join(dir, filepath.FromSlash(p)))
	}
	if out, err := exec.Command(vmalert, args...).CombinedOutput(); err != nil {
		t.Fatalf("vmalert %v: %v\n%s", args, err, out)
	}
	// vmalert refuses the Thanos Ruler's file, which is why the global
	// groups get a file of their own for it.
	out, err := exec.Command(vmalert, "-dryRun", "-rule="+filepath.Join(dir, "stemedb/thanos/rules.yaml")).CombinedOutput()
	if err == nil || !strings.Contains(string(out), "partial_response_strategy") {
		t.Errorf("vmalert accepts the Thanos file (%v):\n%s", err, out)
	}
}

func TestPromtoolAcceptsTheCortexNamespacesGroups(t *testing.T) {
	promtool := testtool.Require(t, "promtool")
	_, files := seed(t)
	var ns CortexNamespace
	strict(t, files["stemedb/cortex/rules.yaml"], &ns)
	// The namespace key is the rulers' own; the groups under it are
	// Prometheus's, which promtool checks.
	data, err := yaml.Marshal(rulefmt.RuleGroups{Groups: ns.Groups})
	if err != nil {
		t.Fatal(err)
	}
	dir := testtool.WriteTree(t, map[string][]byte{"groups.yaml": data})
	if out, err := exec.Command(promtool, "check", "rules", filepath.Join(dir, "groups.yaml")).CombinedOutput(); err != nil {
		t.Fatalf("promtool check rules: %v\n%s", err, out)
	}
}
