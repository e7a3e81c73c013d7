package pipeline

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/golden"
	"github.com/obsgen/obsgen/internal/jsonnetbox"
	"github.com/obsgen/obsgen/internal/mixinlint"
)

// realWorld are the catalogues of material nobody here wrote.
const realWorld = "../../testdata/realworld"

// TestRealWorldMaterialLintsWithoutAFalseFinding lints every catalogue under
// testdata/realworld (widely used rules adopted verbatim over what Debian's
// exporters serve): no error, and only the warnings of the golden file, each
// read and true: the postgres and redis exporters' counters without _total,
// the postgres mixin's $labels.cluster where cluster is an external label and
// its without (pod) outside Kubernetes, awesome-prometheus-alerts'
// $labels.instance over a count() that keeps no instance. A new warning is a
// false finding until read and added.
func TestRealWorldMaterialLintsWithoutAFalseFinding(t *testing.T) {
	res, err := Load(Options{Specs: []string{realWorld}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Diags.HasErrors() {
		t.Errorf("false errors on real-world material:\n%v", res.Diags.AtLeast(diag.Error))
	}
	var b strings.Builder
	for _, d := range res.Diags.AtLeast(diag.Warning) {
		fmt.Fprintf(&b, "%s: %s: %s\n", strings.TrimPrefix(d.Pos.String(), realWorld+"/"), d.Severity, d.Code)
	}
	golden.Check(t, "testdata/realworld-warnings.txt", []byte(b.String()))
	if err := res.Generate(); err != nil || len(res.Files) == 0 {
		t.Fatalf("generate: %v (%d files)", err, len(res.Files))
	}
}

// TestTheNodeDashboardOffersTheMixinsVariables checks that the Nodes
// dashboard generated from the node-mixin's queries offers what the mixin
// does: cluster multi-select with All standing for .*, instance single-select
// (its queries compare it with =), narrowed by cluster.
func TestTheNodeDashboardOffersTheMixinsVariables(t *testing.T) {
	res, err := Load(Options{Specs: []string{filepath.Join(realWorld, "node")}})
	if err != nil || res.Diags.HasErrors() {
		t.Fatalf("load: %v %v", err, res.Diags)
	}
	if err := res.Generate(); err != nil {
		t.Fatal(err)
	}
	var dash struct {
		Templating struct {
			List []struct {
				Name       string `json:"name"`
				Multi      bool   `json:"multi"`
				IncludeAll bool   `json:"includeAll"`
				AllValue   string `json:"allValue"`
				Definition string `json:"definition"`
			} `json:"list"`
		} `json:"templating"`
	}
	for _, f := range res.Files {
		if strings.HasSuffix(f.Path, "node-exporter-nodes.json") {
			if err := json.Unmarshal(f.Data, &dash); err != nil {
				t.Fatal(err)
			}
		}
	}
	var got []string
	for _, v := range dash.Templating.List {
		got = append(got, v.Name)
		switch v.Name {
		case "cluster":
			if !v.Multi || !v.IncludeAll || v.AllValue != ".*" {
				t.Errorf("cluster: want multi-select with All as .*, got %+v", v)
			}
		case "instance":
			if v.Multi || v.IncludeAll || !strings.Contains(v.Definition, `cluster=~"$cluster"`) {
				t.Errorf("instance: want single-select narrowed by cluster, got %+v", v)
			}
		}
	}
	if strings.Join(got, ",") != "datasource,cluster,instance" {
		t.Errorf("variables = %v, want datasource, cluster, instance", got)
	}
}

// TestTheNodeMixinItselfLintsWithItsTrueFindingsAlone runs `obsgen lint
// --mixin` on the node-mixin folder as published, with vendor/ as jb
// install leaves it (testdata/mixins/node-mixin, its sources and licences
// in SOURCE.md). OBSGEN_NODE_MIXIN points it at another checkout, e.g. a
// newer one. Its two findings are true: the network error alerts fire on
// errors over packets above 0.01 and print that ratio with printf "%.0f",
// so their descriptions say 0 receive errors.
func TestTheNodeMixinItselfLintsWithItsTrueFindingsAlone(t *testing.T) {
	dir := os.Getenv("OBSGEN_NODE_MIXIN")
	if dir == "" {
		dir = filepath.Join("..", "..", "testdata", "mixins", "node-mixin")
	}
	res, err := Load(Options{Specs: []string{filepath.Join(realWorld, "node")}})
	if err != nil || res.Diags.HasErrors() {
		t.Fatalf("load: %v %v", err, res.Diags)
	}
	diags, _, err := mixinlint.Lint(dir, res.Catalogues, jsonnetbox.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var unexpected diag.List
	for _, d := range diags.AtLeast(diag.Warning) {
		if d.Code != "value-rounded" || !strings.Contains(d.Message, "NodeNetworkReceiveErrs") && !strings.Contains(d.Message, "NodeNetworkTransmitErrs") {
			unexpected = append(unexpected, d)
		}
	}
	if len(unexpected) > 0 || diags.Count(diag.Warning) != 2 {
		t.Errorf("lint --mixin %s: want the two network-error descriptions' value-rounded warnings alone:\n%v", dir, diags.AtLeast(diag.Warning))
	}
}

// TestThePostgresMixinsFindingsOnDebiansExporterAreTheTrueOnes runs `obsgen
// lint --mixin` on the postgres mixin as published (testdata/mixins/
// postgres-mixin, SOURCE.md) against the catalogue of Debian's exporter.
// Its findings are a golden file, each read and true: rate() of the gauge
// pg_stat_activity_max_tx_duration, raw counters on its dashboard,
// $labels.cluster where cluster is an external label, without (pod)
// outside Kubernetes, and families that exporter does not serve without
// user tables or replication (unknown metrics).
func TestThePostgresMixinsFindingsOnDebiansExporterAreTheTrueOnes(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "mixins", "postgres-mixin")
	res, err := Load(Options{Specs: []string{filepath.Join(realWorld, "postgres")}})
	if err != nil || res.Diags.HasErrors() {
		t.Fatalf("load: %v %v", err, res.Diags)
	}
	diags, _, err := mixinlint.Lint(dir, res.Catalogues, jsonnetbox.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, d := range diags.AtLeast(diag.Warning) {
		rel, _ := filepath.Rel(dir, d.Pos.File)
		fmt.Fprintf(&b, "%s:%d:%d: %s: %s: %s\n", filepath.ToSlash(rel), d.Pos.Line, d.Pos.Col, d.Severity, d.Code, firstWords(d.Message))
	}
	golden.Check(t, "testdata/postgres-mixin-findings.txt", []byte(b.String()))
}

// firstWords is a message up to its first colon: what and where, without
// the advice, which may be reworded.
func firstWords(msg string) string {
	head, _, _ := strings.Cut(msg, ":")
	return head
}
