package lint

import (
	"slices"
	"time"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/promql/parser"
)

// twoSampleFuncs need at least two samples in their range to return
// anything.
var twoSampleFuncs = []string{"rate", "irate", "increase", "delta", "idelta", "deriv", "predict_linear"}

// testWindow finds rule tests whose input samples are too far apart for
// the rule's rate() windows: the engines disagree on them.
var testWindow = &Check{
	Code:     "test-window",
	Severity: diag.Warning,
	Docs: "A rule test's input series have a sample every interval, and the rule takes rate(), increase() or another " +
		"function needing two samples over a range shorter than two intervals: Prometheus 3 (obsgen test) sees one sample " +
		"in it, promtool 2.42 two, so the test passes in one and fails in the other.",
	run: func(x *Context, r *reporter) {
		for _, rule := range slices.Concat(x.C.Alerts(), x.C.Records()) {
			if rule.SLO != nil || len(rule.Tests) == 0 {
				continue // an SLO's tests are obsgen's own
			}
			p, err := promql.Parse(rule.Expr.Text, false)
			if err != nil {
				continue
			}
			var shortest *parser.Call
			var window time.Duration
			for _, call := range promql.Calls(p.Expr) {
				if !slices.Contains(twoSampleFuncs, call.Func.Name) || len(call.Args) == 0 {
					continue
				}
				if m, ok := call.Args[0].(*parser.MatrixSelector); ok && (shortest == nil || m.Range < window) {
					shortest, window = call, m.Range
				}
			}
			if shortest == nil {
				continue
			}
			for _, t := range rule.Tests {
				interval := time.Duration(t.Interval)
				if interval <= 0 {
					interval = time.Minute
				}
				if window >= 2*interval {
					continue
				}
				holds := "holds one sample under Prometheus 3 (obsgen test: windows leave out their start) and two under promtool 2.42: " +
					shortest.Func.Name + "() returns nothing in one and a value in the other"
				if window < interval {
					holds = "holds one sample at most: " + shortest.Func.Name + "() returns nothing, and the test checks nothing of it"
				}
				r.at(x.C.At(t.Pos, "interval"), 0, "test %q has a sample every %s, so %s()'s [%s] window %s; give the test interval: %s (half the window) or less",
					t.Name, catalogue.Duration(interval), shortest.Func.Name, catalogue.Duration(window), holds, catalogue.Duration(window/2))
			}
		}
	},
}
