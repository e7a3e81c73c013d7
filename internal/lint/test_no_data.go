package lint

import (
	"time"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/promql/parser"
)

// lookback is how long Prometheus keeps reading a series' last sample.
const lookback = 5 * time.Minute

// testNoData finds rule tests that expect an alert not to fire at a time
// when every input series has ended: the expression reads nothing then.
var testNoData = &Check{
	Code:     "test-no-data",
	Severity: diag.Warning,
	Docs: "A rule test expects an alert not to fire (firing: []) at a time when every input series has ended and no " +
		"longer reaches the expression (its last sample plus 5m, or its longest range): the expression reads no samples " +
		"then, so the check passes whatever the rule says.",
	run: func(x *Context, r *reporter) {
		for _, rule := range x.C.Alerts() {
			if rule.SLO != nil || len(rule.Tests) == 0 {
				continue // an SLO's tests are obsgen's own
			}
			p, err := promql.Parse(rule.Expr.Text, false)
			if err != nil {
				continue
			}
			reach := reachOf(p.Expr)
			for _, t := range rule.Tests {
				end, ok := inputEnd(t)
				if !ok {
					continue
				}
				for _, a := range t.Alerts {
					if len(a.Firing) == 0 && time.Duration(a.At) > end+reach {
						r.at(x.C.At(a.Pos, "at"), 0,
							"test %q expects %s not to fire at %s, after its input series have ended (their last sample, at %s, reaches the expression until %s): "+
								"it reads no samples then, so the check passes whatever the rule says; check at %s or earlier, or extend the series",
							t.Name, rule.Alert, a.At, catalogue.Duration(end), catalogue.Duration(end+reach), catalogue.Duration(end+reach))
					}
				}
			}
		}
	},
}

// reachOf is how long after a series' last sample the expression still
// reads it: Prometheus's lookback, or the longest range or subquery window,
// plus the longest offset.
func reachOf(e parser.Expr) time.Duration {
	reach, offset := lookback, time.Duration(0)
	for _, n := range promql.Nodes[parser.Node](e) {
		switch n := n.(type) {
		case *parser.MatrixSelector:
			reach = max(reach, n.Range)
		case *parser.SubqueryExpr:
			reach = max(reach, n.Range+lookback)
			offset = max(offset, n.OriginalOffset)
		case *parser.VectorSelector:
			offset = max(offset, n.OriginalOffset)
		}
	}
	return reach + offset
}

// inputEnd is the time of a test's last input sample, over every series;
// false when a series does not parse (validation reports it).
func inputEnd(t catalogue.RuleTest) (time.Duration, bool) {
	interval := time.Duration(t.Interval)
	if interval <= 0 {
		interval = time.Minute
	}
	var end time.Duration
	for _, s := range t.Series {
		_, vals, err := promql.Parser.ParseSeriesDesc(s.Series + " " + s.Values)
		if err != nil {
			return 0, false
		}
		last := -1
		for i, v := range vals {
			if !v.Omitted {
				last = i
			}
		}
		end = max(end, time.Duration(last)*interval)
	}
	return end, len(t.Series) > 0
}
