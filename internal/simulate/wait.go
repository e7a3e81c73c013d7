package simulate

import (
	"time"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/promql/parser"
)

// Wait is how long after a scenario starts its alert r may take to fire
// in Prometheus: its longest window, which must fill with the scenario's
// samples before a rate over it reaches the driven value (a rate over 15
// minutes at twice its threshold crosses it after seven and a half), and
// then its for:. A scrape interval or two more pass before Prometheus
// has read the first sample and evaluated the rule.
func Wait(r *catalogue.Rule) (window, hold time.Duration) {
	parsed, err := promql.Parse(r.Expr.Text, false)
	if err == nil {
		for _, ms := range promql.Nodes[*parser.MatrixSelector](parsed.Expr) {
			window = max(window, ms.Range)
		}
		for _, sq := range promql.Nodes[*parser.SubqueryExpr](parsed.Expr) {
			window = max(window, sq.Range)
		}
	}
	return window, time.Duration(r.For)
}
