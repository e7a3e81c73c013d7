package lint

import (
	"regexp"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/promql/parser"
)

// humanizePercentage finds alert templates that format as a percentage a
// value the expression already multiplied by 100.
var humanizePercentage = &Check{
	Code:     "humanize-percentage",
	Severity: diag.Warning,
	Docs: "An alert template formats $value with humanizePercentage, which multiplies by 100, but the value the alert " +
		"compares is already a percentage (the expression multiplies by 100, or its unit is percent): the page says 9000 % for 90 %.",
	run: func(x *Context, r *reporter) {
		for _, e := range x.Exprs {
			if e.Kind != KindAlert || !x.percentValue(alertValue(e.Root())) {
				continue
			}
			for _, field := range []struct {
				what   string
				values map[string]string
			}{{"annotations", e.Rule.Annotations}, {"labels", e.Rule.Labels}} {
				for _, k := range sortedKeys(field.values) {
					if humanizedValueRE.MatchString(field.values[k]) {
						r.at(x.C.At(e.Rule.Pos, field.what+"."+k), 0, "%s %s of %s formats $value with humanizePercentage, which multiplies by 100, "+
							"but the expression's value is already a percentage: use printf \"%%.1f%%%%\" or humanize, or drop the * 100 from the expression",
							field.what[:len(field.what)-1], k, e.Rule.Alert)
					}
				}
			}
		}
	},
}

// humanizedValueRE matches $value piped into humanizePercentage or given
// to it as its argument.
var humanizedValueRE = regexp.MustCompile(`\$value\s*\|\s*humanizePercentage|humanizePercentage\s+\$value`)

// alertValue returns the expression whose value an alert's $value is: the
// left side of a filtering comparison with a number, else the whole.
func alertValue(n parser.Node) parser.Node {
	n = promql.Unwrap(n)
	if b, ok := n.(*parser.BinaryExpr); ok && b.Op.IsComparisonOperator() && !b.ReturnBool {
		if _, num := promql.Number(b.RHS); num {
			return alertValue(b.LHS)
		}
		if _, num := promql.Number(b.LHS); num {
			return alertValue(b.RHS)
		}
	}
	return n
}

// percentValue reports whether an expression's value is already a
// percentage: multiplied by 100, or a series whose unit is percent.
func (x *Context) percentValue(n parser.Node) bool {
	switch v := promql.Unwrap(n).(type) {
	case *parser.BinaryExpr:
		if v.Op == parser.MUL {
			for _, side := range []parser.Expr{v.LHS, v.RHS} {
				if f, ok := promql.Number(side); ok && f == 100 {
					return true
				}
			}
		}
		return false
	case *parser.VectorSelector:
		s := x.resolve(promql.SelectorName(v))
		if s.metric != nil && s.suffix == "" {
			return s.metric.Unit == "percent"
		}
		for _, rule := range s.records {
			if rule.Unit == "percent" {
				return true
			}
		}
	case *parser.AggregateExpr:
		switch v.Op {
		case parser.SUM, parser.COUNT, parser.COUNT_VALUES, parser.STDDEV, parser.STDVAR:
			return false
		}
		return x.percentValue(v.Expr)
	}
	return false
}
