package importer_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/golden"
	"github.com/obsgen/obsgen/internal/importer"
	"github.com/obsgen/obsgen/internal/pipeline"
	"github.com/obsgen/obsgen/internal/verify"
)

// lintSpec writes spec into a fresh service folder and runs what
// `obsgen lint` runs over it, returning the catalogue and every diagnostic.
func lintSpec(t *testing.T, spec []byte) (*catalogue.Catalogue, diag.List) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "svc")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "spec.yaml"), spec, 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := pipeline.Load(pipeline.Options{Specs: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Catalogues) != 1 {
		t.Fatalf("no catalogue: %v", res.Diags)
	}
	return res.Catalogues[0], res.Diags
}

// codes returns the distinct codes of diagnostics at least as severe as min.
func codes(l diag.List, min diag.Severity) []string {
	var out []string
	for _, d := range l {
		if d.Severity >= min && !slices.Contains(out, d.Code) {
			out = append(out, d.Code)
		}
	}
	slices.Sort(out)
	return out
}

func readExposition(t *testing.T, path string) *verify.Exposition {
	t.Helper()
	e, err := verify.ReadFile(path, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestImportThenVerifyRoundTripsOnCapturedExporters(t *testing.T) {
	cases := []struct {
		name, file, service string
		ignore              []string
	}{
		{"the node exporter, everything", "../verify/testdata/node-exporter.prom", "node", nil},
		{"the Prometheus server, without the Go client's own series", "../verify/testdata/prometheus.prom", "prometheus", []string{"go_*", "process_*", "promhttp_*"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := readExposition(t, tc.file)
			spec, err := importer.Import(e, importer.Options{Service: tc.service, Ignore: tc.ignore})
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", tc.service+".yaml"), spec)
			c, diags := lintSpec(t, spec)
			if got := codes(diags, diag.Warning); len(got) != 0 {
				t.Errorf("obsgen lint finds problems in the imported spec: %v\n%v", got, diags)
			}
			r := verify.Verify(c, e, verify.Options{})
			if len(r.Diags) != 0 || !r.Coverage.Complete() || r.Coverage.Documented == 0 {
				t.Errorf("import then verify is not clean and complete:\n%v\n%s", r.Diags, r.Coverage)
			}
		})
	}
}

func TestImportAdaptsWhatTheCatalogueRejects(t *testing.T) {
	e := readExposition(t, "testdata/edge.prom")
	spec, err := importer.Import(e, importer.Options{Service: "edge"})
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/edge.yaml", spec)
	c, diags := lintSpec(t, spec)
	if diags.HasErrors() {
		t.Fatalf("obsgen lint rejects the imported spec:\n%v", diags)
	}
	// Only what the exposition really does against the rules remains, as
	// the comments in the spec announce.
	if got, want := codes(diags, diag.Warning), []string{"gauge-name", "reserved-label"}; !slices.Equal(got, want) {
		t.Errorf("lint warnings %v, want %v:\n%v", got, want, diags)
	}
	for _, note := range []string{
		"exposed as app_requests, without _total",
		"exposed untyped; declared a counter",
		"exposed untyped; declared a gauge",
		"HELP had line breaks",
		"the exposition has no HELP",
		"series have different buckets",
		"more than 10 distinct values",
		"some values are blank",
		"carried by _info metrics only",
		"label my.label left out",
		"app_hits: its catalogue name app_hits_total is taken",
		"app.dotted.name: not a metric name",
	} {
		if !strings.Contains(string(spec), note) {
			t.Errorf("the spec has no comment saying %q", note)
		}
	}
	r := verify.Verify(c, e, verify.Options{})
	if r.Diags.HasErrors() || r.Coverage.Documented != r.Coverage.DocumentedPresent {
		t.Errorf("verify finds errors in what import wrote:\n%v", r.Diags)
	}
	if got, want := codes(r.Diags, diag.Info), []string{"counter-without-total", "extra-label", "undocumented-metric"}; !slices.Equal(got, want) {
		t.Errorf("verify findings %v, want %v:\n%v", got, want, r.Diags)
	}
}

func TestImportOfOpenMetricsKeepsItsUnits(t *testing.T) {
	e := readExposition(t, "../verify/testdata/small.om")
	spec, err := importer.Import(e, importer.Options{Service: "small", Ignore: []string{"go_*"}})
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/small-om.yaml", spec)
	c, diags := lintSpec(t, spec)
	if diags.Count(diag.Warning) > 0 {
		t.Errorf("lint: %v", diags)
	}
	if r := verify.Verify(c, e, verify.Options{}); len(r.Diags) != 0 || !r.Coverage.Complete() {
		t.Errorf("verify: %v %s", r.Diags, r.Coverage)
	}
}

func TestImportRefusesABadServiceName(t *testing.T) {
	e := readExposition(t, "../verify/testdata/small.prom")
	for _, name := range []string{"", "Bad Name", "-x", strings.Repeat("a", 70)} {
		if _, err := importer.Import(e, importer.Options{Service: name}); err == nil {
			t.Errorf("service %q accepted", name)
		}
	}
}
