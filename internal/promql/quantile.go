package promql

import (
	"strconv"

	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/parser"
)

// Quantile is one quantile an expression computes: the node computing it,
// the node giving φ, and φ when it is written as a number.
type Quantile struct {
	Node  parser.Node
	Phi   parser.Node
	Value float64
	Known bool
}

// Quantiles returns the quantiles n computes, in the order written:
// histogram_quantile(), quantile_over_time(), quantile(), and selections
// of a summary's quantile label (quantile="0.99").
func Quantiles(n parser.Node) []Quantile {
	var out []Quantile
	add := func(at, phi parser.Node) {
		q := Quantile{Node: at, Phi: phi}
		q.Value, q.Known = Number(phi)
		out = append(out, q)
	}
	if n == nil {
		return nil
	}
	visit(n, func(c parser.Node) {
		switch v := c.(type) {
		case *parser.Call:
			if v.Func != nil && (v.Func.Name == "histogram_quantile" || v.Func.Name == "quantile_over_time") && len(v.Args) > 0 {
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
						out = append(out, Quantile{Node: v, Phi: v, Value: Phi(f), Known: true})
					}
				}
			}
		}
	})
	return out
}

// Phi returns a summary's quantile label value as φ: a value above 1 is a
// percentile (redis_exporter serves quantile="99" and "99.9" where client
// libraries write 0.99), divided by 100.
func Phi(label float64) float64 {
	if label > 1 && label <= 100 {
		return label / 100
	}
	return label
}
