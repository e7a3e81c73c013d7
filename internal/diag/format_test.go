package diag

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/golden"
)

// sample is a list that exercises every format: the three severities, a
// position without a line (from Jsonnet), characters the GitHub format
// must escape, a non-ASCII line, a tab, a line longer than the excerpt
// window, an underline and a file without its source.
func sample() (List, Sources) {
	long := "    expr: " + strings.Repeat("a + ", 80) + "rate(x_total[5m])"
	src := Sources{
		"specs/shop/alerts.yaml":  []byte("alerts:\n  - alert: Down\n    expr: up == 0\n\tfor: 1m\n" + long + "\n"),
		"specs/shop/metrics.yaml": []byte("# Größe\n  - name: shop_größe_bytes\r\n"),
	}
	l := List{
		{Pos: Pos{File: "specs/shop/alerts.yaml", Line: 3, Col: 11}, Severity: Error, Code: "unknown-metric", Message: "up2 is not a metric", Len: 2},
		{Pos: Pos{File: "specs/shop/alerts.yaml", Line: 4, Col: 2}, Severity: Warning, Code: "alert-no-for", Message: "50% of alerts: a, b\nsecond line"},
		{Pos: Pos{File: "specs/shop/alerts.yaml", Line: 5, Col: len(long) - 16}, Severity: Error, Code: "rate-on-gauge", Message: "rate() on gauge x_total", Len: 4},
		{Pos: Pos{File: "specs/shop/metrics.yaml", Line: 2, Col: 18}, Severity: Info, Code: "unused-metric", Message: "metric shop_größe_bytes is used by nothing", Len: 5},
		{Pos: Pos{File: "specs/shop/spec.jsonnet", Path: "alert_groups[0].rules[1].expr"}, Severity: Warning, Code: "counter-raw", Message: "counter x_total is used raw"},
		{Pos: Pos{File: "specs/shop/gone.yaml", Line: 9, Col: 1}, Severity: Error, Code: "unknown-metric", Message: "no source for this file"},
	}
	return l, src
}

func TestEveryFormatMatchesItsGolden(t *testing.T) {
	l, src := sample()
	for _, f := range []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"text", func(b *bytes.Buffer) error { return WriteText(b, l, src) }},
		{"json", func(b *bytes.Buffer) error { return WriteJSON(b, l) }},
		{"github", func(b *bytes.Buffer) error { return WriteGitHub(b, l) }},
		{"sarif", func(b *bytes.Buffer) error { return WriteSARIF(b, l) }},
	} {
		t.Run(f.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := f.write(&b); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, "testdata/sample."+f.name, b.Bytes())
		})
	}
}

func TestJSONDecodesStrictlyIntoItsModel(t *testing.T) {
	l, _ := sample()
	var b bytes.Buffer
	if err := WriteJSON(&b, l); err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(&b)
	dec.DisallowUnknownFields()
	var got []jsonDiagnostic
	if err := dec.Decode(&got); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(l) {
		t.Fatalf("%d diagnostics, want %d", len(got), len(l))
	}
	for i, d := range got {
		if d.Line < 1 || d.Column < 1 || d.Code != l[i].Code || d.Severity != l[i].Severity.String() {
			t.Errorf("diagnostic %d decoded as %+v", i, d)
		}
	}
	if !strings.HasSuffix(got[4].Message, "(at alert_groups[0].rules[1].expr)") {
		t.Errorf("a position without a line must name the value's path, got %q", got[4].Message)
	}
	var empty bytes.Buffer
	if err := WriteJSON(&empty, nil); err != nil || strings.TrimSpace(empty.String()) != "[]" {
		t.Errorf("no diagnostics must print [], got %q (%v)", empty.String(), err)
	}
}

func TestSARIFDecodesStrictlyIntoItsModel(t *testing.T) {
	l, _ := sample()
	var b bytes.Buffer
	if err := WriteSARIF(&b, l); err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(&b)
	dec.DisallowUnknownFields()
	var got sarifLog
	if err := dec.Decode(&got); err != nil {
		t.Fatal(err)
	}
	if got.Version != "2.1.0" || len(got.Runs) != 1 {
		t.Fatalf("want one SARIF 2.1.0 run, got %+v", got)
	}
	run := got.Runs[0]
	if len(run.Results) != len(l) {
		t.Fatalf("%d results, want %d", len(run.Results), len(l))
	}
	rules := map[string]bool{}
	for _, r := range run.Tool.Driver.Rules {
		rules[r.ID] = true
	}
	levels := map[string]bool{"error": true, "warning": true, "note": true}
	for _, r := range run.Results {
		if !rules[r.RuleID] {
			t.Errorf("result %s has no rule in the driver", r.RuleID)
		}
		if !levels[r.Level] {
			t.Errorf("level %q is not a SARIF level", r.Level)
		}
		reg := r.Locations[0].PhysicalLocation.Region
		if reg.StartLine < 1 || reg.StartColumn < 1 {
			t.Errorf("SARIF regions count from 1: %+v", reg)
		}
	}
}

func TestGitHubEscapesWhatTheRunnerWouldMisread(t *testing.T) {
	var b bytes.Buffer
	l := List{{Pos: Pos{File: "a,b:c.yaml", Line: 1, Col: 1}, Severity: Warning, Code: "x", Message: "100%\nnext"}}
	if err := WriteGitHub(&b, l); err != nil {
		t.Fatal(err)
	}
	want := "::warning file=a%2Cb%3Ac.yaml,line=1,col=1,title=x::100%25%0Anext\n"
	if b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}
