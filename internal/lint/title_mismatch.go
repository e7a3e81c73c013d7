package lint

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/model/labels"
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

// quantileCall is a quantile computed by an expression: the node and its
// quantile, when written as a number.
type quantileCall struct {
	node  parser.Node
	phi   parser.Node
	value float64
	known bool
}

// quantiles returns the quantile computations of an expression:
// histogram_quantile(), quantile(), quantile_over_time() and selections of
// a summary's quantile label.
func quantiles(e *Expression) []quantileCall {
	var out []quantileCall
	add := func(n, phi parser.Node) {
		q := quantileCall{node: n, phi: phi}
		q.value, q.known = promql.Number(phi)
		out = append(out, q)
	}
	parser.Inspect(e.Root(), func(n parser.Node, _ []parser.Node) error {
		switch v := n.(type) {
		case *parser.Call:
			if (v.Func.Name == "histogram_quantile" || v.Func.Name == "quantile_over_time") && len(v.Args) > 0 {
				add(v, v.Args[0])
			}
		case *parser.AggregateExpr:
			if v.Op == parser.QUANTILE && v.Param != nil {
				add(v, v.Param)
			}
		case *parser.VectorSelector:
			for _, m := range v.LabelMatchers {
				if m != nil && m.Name == "quantile" && m.Type == labels.MatchEqual {
					if f, err := strconv.ParseFloat(m.Value, 64); err == nil {
						out = append(out, quantileCall{node: v, phi: v, value: f, known: true})
					}
				}
			}
		}
		return nil
	})
	return out
}

// averageMismatch reports a title that says average over a percentile.
func averageMismatch(x *Context, e *Expression, r *reporter) bool {
	if !averageRE.MatchString(e.Title) {
		return false
	}
	var q *quantileCall
	switch v := promql.Unwrap(e.Root()).(type) {
	case *parser.Call, *parser.AggregateExpr:
		for _, c := range quantiles(e) {
			if c.node == v {
				q = &c
				break
			}
		}
	}
	if q == nil {
		return false
	}
	what := "a percentile"
	if q.known {
		what = "the " + ordinal(q.value) + " percentile"
	}
	name := "<histogram>"
	parser.Inspect(q.node, func(n parser.Node, _ []parser.Node) error {
		if vs, ok := n.(*parser.VectorSelector); ok {
			if s := x.resolve(promql.SelectorName(vs)); s.metric != nil && s.suffix == "_bucket" {
				name = s.metric.Name
			}
		}
		return nil
	})
	r.at(e.Pos(q.node), len(funcName(q.node)), "the title %q says average, but the expression computes %s; the average is rate(%s_sum[5m]) / rate(%s_count[5m])",
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
	qs := quantiles(e)
	if len(qs) == 0 {
		r.at(e.Pos(e.Root()), 0, "the title %q names the %s percentile, but the expression computes no quantile", e.Title, ordinal(want/100))
		return true
	}
	for _, q := range qs {
		if !q.known || math.Abs(q.value*100-want) < 1e-9 {
			return false
		}
	}
	q := qs[0]
	r.at(e.Pos(q.phi), e.Len(q.phi), "the title %q names the %s percentile, but the expression computes the %s (%s)",
		e.Title, ordinal(want/100), ordinal(q.value), strconv.FormatFloat(q.value, 'g', -1, 64))
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
	parser.Inspect(e.Root(), func(n parser.Node, _ []parser.Node) error {
		b, ok := n.(*parser.BinaryExpr)
		if !ok || b.Op != parser.DIV {
			return nil
		}
		v, ok := promql.Number(b.RHS)
		if !ok || !(dec != nil && isPowerOf(v, 1024) || bin != nil && isPowerOf(v, 1000)) {
			return nil
		}
		if first == nil || b.RHS.PositionRange().Start < first.RHS.PositionRange().Start {
			first, d = b, v
		}
		return nil
	})
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
