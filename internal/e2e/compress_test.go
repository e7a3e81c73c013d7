package e2e

import (
	"time"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/promql/parser"
)

// Window is the range every range selector spans in the compressed
// catalogue: six scrapes at one second.
const Window = 6 * time.Second

// compress rewrites the catalogue's rules in place for a fast run: range
// selectors (and subqueries) span Window, for and keep_firing_for are zero.
// An SLO's windows, from 5m to its compliance window, all become Window:
// its burn-rate conditions then all read the same ratio.
func compress(c *catalogue.Catalogue) error {
	for _, groups := range [][]catalogue.RuleGroup{c.AlertGroups, c.RecordGroups, c.SLOGroups} {
		for gi := range groups {
			groups[gi].Interval = 0
			for ri := range groups[gi].Rules {
				r := &groups[gi].Rules[ri]
				r.For, r.KeepFiringFor = 0, 0
				expr, err := promql.Parser.ParseExpr(r.Expr.Text)
				if err != nil {
					return err
				}
				parser.Inspect(expr, func(n parser.Node, _ []parser.Node) error {
					switch x := n.(type) {
					case *parser.MatrixSelector:
						x.Range, x.RangeExpr = Window, nil
					case *parser.SubqueryExpr:
						x.Range, x.RangeExpr = Window, nil
						if x.Step > 0 {
							x.Step, x.StepExpr = time.Second, nil // an SLO's gauge, every scrape
						}
					}
					return nil
				})
				r.Expr.Text = expr.String()
			}
		}
	}
	return nil
}
