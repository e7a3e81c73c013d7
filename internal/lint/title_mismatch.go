package lint

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/promql/parser"
)

// titleMismatch finds queries and panels whose title says something the
// expression does not compute.
var titleMismatch = &Check{
	Code:     "title-mismatch",
	Severity: diag.Warning,
	Docs: "A query's or panel's title contradicts its expression: it says average but computes a percentile, names one " +
		"percentile (p99) but computes another, or says MB while dividing by 1024 (MiB), so readers misread the numbers.",
	run: func(x *Context, r *reporter) {
		for _, e := range x.Exprs {
			if e.Title == "" || (e.Kind != KindQuery && e.Kind != KindPanel) {
				continue
			}
			if !averageMismatch(x, e, r) && !percentileMismatch(e, r) {
				unitMismatch(e, r)
			}
		}
	},
}

var (
	averageRE = regexp.MustCompile(`(?i)\b(average|avg|mean)\b`)
	// Two digits: p50, P99, p99.9; P0 to P9 are priorities, not percentiles.
	percentileRE = regexp.MustCompile(`\b[pP](\d{2}(?:\.\d+)?)\b|(?i)\b(\d{1,2}(?:\.\d+)?)(?:st|nd|rd|th) percentile\b|\b(median)\b`)
	decimalRE    = regexp.MustCompile(`\b([KMGT])B\b`)
	binaryRE     = regexp.MustCompile(`\b([KMGT])iB\b`)
)

// averageMismatch reports a title that says average over a percentile.
func averageMismatch(x *Context, e *Expression, r *reporter) bool {
	if !averageRE.MatchString(e.Title) {
		return false
	}
	var q *promql.Quantile
	switch v := promql.Unwrap(e.Root()).(type) {
	case *parser.Call, *parser.AggregateExpr:
		for _, c := range promql.Quantiles(e.Root()) {
			if c.Node == v {
				q = &c
				break
			}
		}
	}
	if q == nil {
		return false
	}
	what := "a percentile"
	if q.Known {
		what = "the " + ordinal(q.Value) + " percentile"
	}
	name := "<histogram>"
	for _, vs := range promql.Selectors(q.Node) {
		if s := x.resolve(promql.SelectorName(vs)); s.metric != nil && s.suffix == "_bucket" {
			name = s.metric.Name
		}
	}
	r.at(e.Pos(q.Node), len(funcName(q.Node)), "the title %q says average, but the expression computes %s; the average is rate(%s_sum[5m]) / rate(%s_count[5m])",
		e.Title, what, name, name)
	return true
}

// funcName returns the function or aggregation name a node starts with.
func funcName(n parser.Node) string {
	switch v := n.(type) {
	case *parser.Call:
		return v.Func.Name
	case *parser.AggregateExpr:
		return v.Op.String()
	}
	return ""
}

// percentileMismatch reports a title naming a percentile the expression
// does not compute.
func percentileMismatch(e *Expression, r *reporter) bool {
	m := percentileRE.FindStringSubmatch(e.Title)
	if m == nil {
		return false
	}
	want := 50.0
	if s := m[1] + m[2]; s != "" {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return false
		}
		want = f
	}
	qs := promql.Quantiles(e.Root())
	if len(qs) == 0 {
		r.at(e.Pos(e.Root()), 0, "the title %q names the %s percentile, but the expression computes no quantile", e.Title, ordinal(want/100))
		return true
	}
	for _, q := range qs {
		if !q.Known || math.Abs(q.Value*100-want) < 1e-9 {
			return false
		}
	}
	q := qs[0]
	r.at(e.Pos(q.Phi), e.Len(q.Phi), "the title %q names the %s percentile, but the expression computes the %s (%s)",
		e.Title, ordinal(want/100), ordinal(q.Value), strconv.FormatFloat(q.Value, 'g', -1, 64))
	return true
}

// unitMismatch reports MB in a title over a division by 1024 (and MiB
// over a division by 1000).
func unitMismatch(e *Expression, r *reporter) {
	dec, bin := decimalRE.FindStringSubmatch(e.Title), binaryRE.FindStringSubmatch(e.Title)
	if dec == nil && bin == nil {
		return
	}
	// Report the first divisor as written: Inspect meets (x / 1024) / 1024
	// at its outer division first.
	var first *parser.BinaryExpr
	var d float64
	for _, b := range promql.Nodes[*parser.BinaryExpr](e.Root()) {
		if b.Op != parser.DIV {
			continue
		}
		v, ok := promql.Number(b.RHS)
		if !ok || !(dec != nil && isPowerOf(v, 1024) || bin != nil && isPowerOf(v, 1000)) {
			continue
		}
		if first == nil || b.RHS.PositionRange().Start < first.RHS.PositionRange().Start {
			first, d = b, v
		}
	}
	if first == nil {
		return
	}
	div := strconv.FormatFloat(d, 'f', -1, 64)
	if dec != nil && isPowerOf(d, 1024) {
		r.at(e.Pos(first.RHS), e.Len(first.RHS), "the title %q says %sB, but dividing by %s gives %siB (powers of 1024); write %siB, or keep bytes and let the panel's bytes unit scale",
			e.Title, dec[1], div, dec[1], dec[1])
		return
	}
	r.at(e.Pos(first.RHS), e.Len(first.RHS), "the title %q says %siB, but dividing by %s gives %sB (powers of 1000)", e.Title, bin[1], div, bin[1])
}

// isPowerOf reports whether d is base, base², base³ or base⁴.
func isPowerOf(d, base float64) bool {
	for p := base; p <= math.Pow(base, 4); p *= base {
		if d == p {
			return true
		}
	}
	return false
}

// ordinal prints a quantile as a percentile: 0.95 → "95th", 0.999 → "99.9th".
func ordinal(phi float64) string {
	p := math.Round(phi*1e6) / 1e4
	s := strconv.FormatFloat(p, 'f', -1, 64)
	if strings.Contains(s, ".") {
		return s + "th"
	}
	n := int(p)
	switch {
	case n%100 >= 11 && n%100 <= 13:
		return s + "th"
	case n%10 == 1:
		return s + "st"
	case n%10 == 2:
		return s + "nd"
	case n%10 == 3:
		return s + "rd"
	}
	return s + "th"
}
