package promql

import (
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/parser"
)

// AllValues returns a panel query as Prometheus can run it with every
// dashboard variable set to All: Grafana's built-in variables become the
// values Parse substitutes ($__rate_interval is 5m), a matcher whose value
// is a variable selects every value (label=~".*"), and a negative one
// (label!~"$x") is dropped, since All excludes nothing. Dashboard previews
// evaluate panels this way.
func AllValues(text string) (string, error) {
	expr, err := AllValuesExpr(text)
	if err != nil {
		return "", err
	}
	return expr.String(), nil
}

// AllValuesExpr is AllValues' expression as a tree. A query without a
// variable in a matcher is the tree Parse caches, which callers must not
// modify.
func AllValuesExpr(text string) (parser.Expr, error) {
	p, perr := Parse(text, true)
	if perr != nil {
		return nil, perr
	}
	if !variableMatchers(p.Expr) {
		return p.Expr, nil
	}
	// The cached tree must not change: parse a copy of its text.
	expr, err := Parser.ParseExpr(p.Text)
	if err != nil {
		return nil, err
	}
	visit(expr, func(n parser.Node) {
		vs, ok := n.(*parser.VectorSelector)
		if !ok {
			return
		}
		kept := vs.LabelMatchers[:0]
		for _, m := range vs.LabelMatchers {
			if m == nil || !HasVariable(m.Value) {
				kept = append(kept, m)
				continue
			}
			switch m.Type {
			case labels.MatchEqual, labels.MatchRegexp:
				kept = append(kept, labels.MustNewMatcher(labels.MatchRegexp, m.Name, ".*"))
			}
		}
		vs.LabelMatchers = kept
	})
	return expr, nil
}

// variableMatchers reports whether a matcher of expr has a variable in
// its value.
func variableMatchers(expr parser.Expr) bool {
	found := false
	visit(expr, func(n parser.Node) {
		if vs, ok := n.(*parser.VectorSelector); ok {
			for _, m := range vs.LabelMatchers {
				found = found || m != nil && HasVariable(m.Value)
			}
		}
	})
	return found
}
