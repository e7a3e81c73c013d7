package lint

import (
	"slices"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/promql"
)

// undefinedVariable finds panel queries of the spec's own dashboards that
// read a variable the generated dashboard does not offer.
var undefinedVariable = &Check{
	Code:     "undefined-variable",
	Severity: diag.Error,
	Docs: "A panel query reads a dashboard variable ($node) that its dashboard does not offer (its variables: and the job, instance " +
		"and external labels its queries match on): Grafana leaves an unknown variable as written, so the matcher selects nothing and the panel is blank " +
		"(an imported dashboard whose variables were renamed: $node:$port for $instance), and Prometheus refuses one elsewhere ([$interval]).",
	run: func(x *Context, r *reporter) {
		for _, e := range x.Exprs {
			if e.Kind != KindPanel || e.Dashboard == nil || e.Dashboard.Offered != nil {
				continue // a mixin's dashboard offers its own list, of every kind
			}
			offered := e.Dashboard.VariableNames(x.C)
			for _, ref := range promql.VariableRefs(e.Src.Text) {
				if ref.Name == catalogue.DatasourceVariable || slices.Contains(offered, ref.Name) {
					continue
				}
				if !promql.InString(e.Src.Text, ref.Offset) {
					// [$interval], offset $shift, topk($n, …): not a value
					// a matcher compares.
					what := "the value it stood for"
					if strings.HasSuffix(strings.TrimSpace(e.Src.Text[:ref.Offset]), "[") {
						what = "the window it stood for ($__rate_interval, or a duration)"
					}
					r.at(e.Src.OffsetPos(ref.Offset), ref.Len, "%s reads $%s, which dashboard %s does not offer (it offers %s): Grafana leaves it as written, "+
						"and Prometheus refuses the query, which is then not PromQL; write %s",
						panelName(e), ref.Name, e.Dashboard.UID, offeredList(offered), what)
					continue
				}
				r.at(e.Src.OffsetPos(ref.Offset), ref.Len, "%s reads $%s, which dashboard %s does not offer (it offers %s): Grafana leaves it as written, "+
					"so the query selects nothing; add %s to the dashboard's variables if series carry a label %s, or read a variable it offers",
					panelName(e), ref.Name, e.Dashboard.UID, offeredList(offered), ref.Name, ref.Name)
			}
		}
	},
}

// panelName names the panel of a panel query for messages: panel "Title".
func panelName(e *Expression) string {
	if e.Panel != nil && e.Panel.Title != "" {
		return "panel \"" + e.Panel.Title + "\""
	}
	return "the panel"
}

// offeredList writes a dashboard's variables for messages.
func offeredList(vs []string) string {
	if len(vs) == 0 {
		return "none"
	}
	return strings.Join(vs, ", ")
}
