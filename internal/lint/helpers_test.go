package lint

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	_ "github.com/obsgen/obsgen/internal/golden" // defines -update in this test binary
	"github.com/obsgen/obsgen/internal/testtool"
)

// base is the small catalogue the check tests put their expressions into.
const base = `apiVersion: obsgen.dev/v1
service:
  name: shop
labels:
  - name: op
  - name: code
  - name: type
    values:
      - value: joined
      - value: left
metric_groups:
  - name: shop
    metrics:
      - {name: shop_requests_total, type: counter, help: Requests., labels: [op]}
      - {name: shop_errors_total, type: counter, help: Errors., labels: [op, code]}
      - {name: shop_queue_length, type: gauge, help: Queue length., labels: [op]}
      - {name: shop_nodes, type: gauge, help: Nodes.}
      - {name: shop_instances_total, type: gauge, help: Instances (a gauge despite its name).}
      - {name: shop_latency_seconds, type: histogram, unit: seconds, help: Latency., labels: [op], buckets: [0.1, 0.5, 1]}
      - {name: shop_rpc_seconds, type: summary, unit: seconds, help: RPC time., labels: [op], quantiles: [0.5, 0.99]}
      - {name: shop_events_total, type: counter, help: Events., labels: [type]}
      - {name: shop_rtt_seconds, type: histogram, native: true, unit: seconds, help: Round trips (native)., labels: [op]}
      - {name: shop_pgfaults, type: untyped, help: Page faults (served untyped).}
      - {name: shop_rejected, type: counter, help: "Rejected, a counter without _total as exported."}
      - {name: shop_last_backup_timestamp_seconds, type: gauge, unit: seconds, help: Unix time of the last backup.}
      - {name: shop_queued_age_seconds, type: histogram, snapshot: true, unit: seconds, help: Ages of the orders queued now., labels: [op], buckets: [60, 600, 3600]}
`

// Where an expression of a test case is written.
const (
	inQuery  = "query"
	inAlert  = "alert"
	inRecord = "record"
	inPanel  = "panel"
)

// exprCase is one table case of an expression check: the expression, where
// it is written, and the text each expected finding points at (the first
// occurrence of each string in the expression, or the place of a ^ in it),
// in order.
type exprCase struct {
	name  string
	in    string
	title string
	expr  string
	at    []string
	// extra is YAML appended to the spec (recording rules, say).
	extra string
}

// exprSpec writes a spec with expr in the given place, as a block scalar,
// and returns it with the line and column where expr starts.
func exprSpec(in, title, expr string) (string, int, int) {
	if title == "" {
		title = "T"
	}
	var b strings.Builder
	b.WriteString(base)
	switch in {
	case inAlert:
		b.WriteString("alert_groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: |-\n")
	case inRecord:
		b.WriteString("recording_groups:\n  - name: g\n    rules:\n      - record: job:x:test\n        expr: |-\n")
	case inPanel:
		b.WriteString("dashboards:\n  - uid: d\n    title: D\n    variables: [op]\n    rows:\n      - title: R\n        panels:\n          - title: " +
			yamlQuote(title) + "\n            type: timeseries\n            queries:\n              - expr: |-\n")
	default:
		b.WriteString("queries:\n  - title: Q\n    queries:\n      - name: q\n        title: " + yamlQuote(title) + "\n        expr: |-\n")
	}
	line := strings.Count(b.String(), "\n") + 1
	indent := 10
	if in == inPanel {
		indent = 18
	}
	for _, l := range strings.Split(expr, "\n") {
		b.WriteString(strings.Repeat(" ", indent) + l + "\n")
	}
	if in == inAlert {
		b.WriteString("        for: 5m\n        labels: {severity: warning}\n        annotations: {summary: S}\n        runbook: {meaning: M}\n")
	}
	return b.String(), line, indent + 1
}

func yamlQuote(s string) string { return fmt.Sprintf("%q", s) }

// runOne runs a single check over c.
func runOne(c *catalogue.Catalogue, ch *Check) diag.List {
	r := &reporter{check: ch}
	ch.run(newContext(c), r)
	return r.diags.Sort()
}

// runExprCases runs a table of expression cases through one check and
// compares every finding's code and position.
func runExprCases(t *testing.T, ch *Check, cases []exprCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := tc.in
			if in == "" {
				in = inQuery
			}
			spec, line, col := exprSpec(in, tc.title, tc.expr)
			got := runOne(testtool.LoadSpec(t, spec+tc.extra), ch)
			var want []string
			for _, s := range tc.at {
				// A ^ in the marker points inside it: "{^op" is the op after {.
				caret := max(strings.IndexByte(s, '^'), 0)
				off := strings.Index(tc.expr, strings.Replace(s, "^", "", 1))
				if off < 0 {
					t.Fatalf("marker %q is not in the expression", s)
				}
				off += caret
				l := line + strings.Count(tc.expr[:off], "\n")
				c := col + utf8.RuneCountInString(tc.expr[strings.LastIndexByte(tc.expr[:off], '\n')+1:off])
				want = append(want, fmt.Sprintf("spec.yaml:%d:%d: %s", l, c, ch.Code))
			}
			var have []string
			for _, d := range got {
				if d.Code != ch.Code {
					t.Errorf("finding with another code: %v", d)
				}
				have = append(have, fmt.Sprintf("%s: %s", d.Pos, d.Code))
			}
			if strings.Join(have, "\n") != strings.Join(want, "\n") {
				t.Errorf("findings:\n%s\nwant:\n%s\nmessages:\n%s", strings.Join(have, "\n"), strings.Join(want, "\n"), got)
			}
		})
	}
}

// specCase is one table case of a check that reads more than an
// expression: a YAML tail for base, and the findings expected as
// "line:col" positions in order.
type specCase struct {
	name string
	yaml string
	want []string
}

// runSpecCases runs a table of spec cases through one check.
func runSpecCases(t *testing.T, ch *Check, cases []specCase) {
	t.Helper()
	baseLines := strings.Count(base, "\n")
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := runOne(testtool.LoadSpec(t, base+tc.yaml), ch)
			var have []string
			for _, d := range got {
				if d.Code != ch.Code {
					t.Errorf("finding with another code: %v", d)
				}
				// Positions are given relative to the tail, which starts
				// after base's lines.
				have = append(have, fmt.Sprintf("%d:%d", d.Pos.Line-baseLines, d.Pos.Col))
			}
			if strings.Join(have, " ") != strings.Join(tc.want, " ") {
				t.Errorf("findings at %v, want %v (lines relative to the tail):\n%s", have, tc.want, got)
			}
		})
	}
}

// alertYAML writes one alert group holding the given rules.
func alertYAML(rules ...string) string {
	return "alert_groups:\n  - name: g\n    rules:\n" + strings.Join(rules, "")
}

// goodAlert has everything the hygiene checks ask for.
const goodAlert = "      - alert: Good\n        expr: shop_nodes < 3\n        for: 5m\n        labels: {severity: critical}\n" +
	"        annotations: {summary: Few nodes}\n        runbook: {meaning: M}\n"
