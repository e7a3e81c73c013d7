package lint

import (
	"strconv"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/promql/parser"
)

// clampedDenominator finds alerts that fire on a low ratio whose
// denominator is clamped from below: with less traffic than the clamp,
// the ratio is divided by the clamp, and an idle service reads 0.
var clampedDenominator = &Check{
	Code:     "clamped-denominator",
	Severity: diag.Warning,
	Docs: "An alert fires when a ratio falls below a bound (x / clamp_min(rate(requests[5m]), 1) * 100 < 85) and its " +
		"denominator is clamped from below: with less traffic than the clamp the ratio is divided by the clamp, not by the " +
		"traffic, so a quiet service reads near 0 and fires (the squid-mixin's SquidLowCacheHitRatio on an idle proxy); " +
		"require traffic instead (and rate(requests[5m]) > 1).",
	run: func(x *Context, r *reporter) {
		for _, e := range x.Exprs {
			if e.Kind != KindAlert {
				continue
			}
			t, ok := promql.AlertThreshold(e.Root())
			if !ok || t.Op != parser.LSS && t.Op != parser.LTE {
				continue
			}
			for _, div := range promql.Nodes[*parser.BinaryExpr](t.Expr) {
				if div.Op != parser.DIV {
					continue
				}
				clamp, floor, ok := clampedFromBelow(div.RHS)
				if !ok {
					continue
				}
				r.at(e.Pos(clamp), len(clamp.Func.Name), "%s fires on a ratio below %s whose denominator is %s(…, %s): with less traffic than %s the ratio is divided by %s, so a quiet service reads near 0 and fires; require traffic instead (and the denominator > %s)",
					e.Rule.Alert, strconv.FormatFloat(t.Value, 'g', -1, 64), clamp.Func.Name, floor, floor, floor, floor)
			}
		}
	},
}

// clampedFromBelow returns the clamp_min (or clamp) a denominator is,
// through parentheses, and its positive lower bound as written.
func clampedFromBelow(n parser.Node) (*parser.Call, string, bool) {
	call, ok := promql.Unwrap(n).(*parser.Call)
	if !ok || call.Func.Name != "clamp_min" && call.Func.Name != "clamp" || len(call.Args) < 2 {
		return nil, "", false
	}
	if v, ok := promql.Number(call.Args[1]); ok && v > 0 {
		return call, strconv.FormatFloat(v, 'g', -1, 64), true
	}
	return nil, "", false
}
