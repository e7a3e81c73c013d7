package importer

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/prometheus/common/model"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/obsgen/obsgen/internal/words"
)

// variables returns the labels the dashboard's label_values() variables
// list, which the generator offers as variables of its own; others are
// reported.
func (r *dashboardReader) variables(list []map[string]any, path string) []string {
	var out []string
	for i, v := range list {
		name, typ := str(v["name"]), str(v["type"])
		query := str(v["query"])
		if q, ok := v["query"].(map[string]any); ok {
			query = str(q["query"])
		}
		label, _, lists := promql.LabelValues(query)
		ds := promql.TargetDatasource(v["datasource"], nil, r.sources)
		switch {
		case typ == "datasource":
			// obsgen writes a Prometheus datasource variable of its own.
		case typ == "query" && ds != "prometheus":
			r.leaveOut(name, path+index(i), fmt.Sprintf("variable %s lists values from %s, not Prometheus: left out", name, ds), "", "")
		case typ == "query" && lists:
			if !slices.Contains(out, label) {
				out = append(out, label)
			}
			if label != name {
				if r.renamed == nil {
					r.renamed = map[string]string{}
				}
				r.renamed[name] = label
				r.warnf(path+index(i), "variable %s lists label %s: the generated dashboard names it $%s, and the queries reading $%s read $%s", name, label, label, name, label)
			}
			// Said once the queries are read: they decide how obsgen
			// offers it.
			r.selections = append(r.selections, selection{path: path + index(i), name: name, label: label, v: v})
		case typ == "interval":
			window, why := intervalOf(v)
			r.leaveOut(name, path+index(i), fmt.Sprintf("variable %s (interval) is left out: obsgen offers label_values() variables of labels only", name), window, why)
		default:
			r.leaveOut(name, path+index(i), fmt.Sprintf("variable %s (%s) is left out: obsgen offers label_values() variables of labels only", name, cmp.Or(typ, "of no type")), "", "")
		}
	}
	return out
}

// leftOutVariable is a dashboard variable obsgen does not offer, said
// once the queries are read, with how many read it: an interval
// variable's readers read window instead, the others' keep reading it,
// which lint's undefined-variable then reports.
type leftOutVariable struct {
	path, said string
	// window and why are what an interval variable's readers read
	// instead, and why that; "" for another variable.
	window, why string
	// readers counts the queries that read it.
	readers int
}

// leaveOut records variable name, left out (said at path), and what its
// readers read instead (window, why), if anything.
func (r *dashboardReader) leaveOut(name, path, said, window, why string) {
	if r.leftOut == nil {
		r.leftOut = map[string]*leftOutVariable{}
	}
	r.leftOut[name] = &leftOutVariable{path: path, said: said, window: window, why: why}
	r.leftOutOrder = append(r.leftOutOrder, name)
}

// readLeftOut writes the references of expr to interval variables as the
// windows they stand for, and counts the queries reading each variable
// left out.
func (r *dashboardReader) readLeftOut(expr string) string {
	if len(r.leftOut) == 0 {
		return expr
	}
	for _, name := range distinctRefs(expr) {
		if v, ok := r.leftOut[name]; ok {
			v.readers++
		}
	}
	return promql.ShowVariables(expr, func(name string) (string, bool) {
		v, ok := r.leftOut[name]
		if !ok || v.window == "" {
			return "", false
		}
		return v.window, true
	})
}

// distinctRefs returns the names of the variables expr reads, each once.
func distinctRefs(expr string) []string {
	var out []string
	for _, ref := range promql.VariableRefs(expr) {
		if !slices.Contains(out, ref.Name) {
			out = append(out, ref.Name)
		}
	}
	return out
}

// sayLeftOut reports the variables left out, and what the queries
// reading them read instead, or that lint reports them.
func (r *dashboardReader) sayLeftOut() {
	for _, name := range r.leftOutOrder {
		v := r.leftOut[name]
		said := v.said
		switch {
		case v.readers > 0 && v.window != "":
			said += fmt.Sprintf("; %s reading $%s read %s instead, %s", words.Count(v.readers, "query", "queries"), name, v.window, v.why)
		case v.readers > 0:
			said += fmt.Sprintf("; %s still read $%s, which lint reports (undefined-variable) until they read a variable the dashboard offers", words.Count(v.readers, "query", "queries"), name)
		}
		r.warnf(v.path, "%s", said)
	}
}

// intervalOf returns the window the queries reading interval variable v
// read in its place, and why: the choice the dashboard was saved with
// (dashboard 249's $interval, 10m of 1m to 30d), or Grafana's
// $__rate_interval when that is its automatic interval, which follows the
// time range shown, as $__rate_interval does. Left as written, Grafana
// would send [$interval] to Prometheus, which refuses it.
func intervalOf(v map[string]any) (window, why string) {
	current, _ := v["current"].(map[string]any)
	if value := strings.TrimSpace(str(current["value"])); isDuration(value) {
		return value, "the value the dashboard was saved with"
	}
	if auto, _ := v["auto"].(bool); auto {
		return "$__rate_interval", "which follows the time range shown, as its automatic interval did"
	}
	for _, option := range strings.Split(str(v["query"]), ",") {
		if option = strings.TrimSpace(option); isDuration(option) {
			return option, "its first value, which Grafana chooses when none was saved"
		}
	}
	return "$__rate_interval", "since none of its values is a duration"
}

// isDuration reports whether s is a Prometheus duration (10m, 1h30m).
func isDuration(s string) bool {
	_, err := model.ParseDuration(s)
	return err == nil
}

// selection is a dashboard's label variable, whose selection is compared
// with obsgen's once the queries are read.
type selection struct {
	path, name, label string
	v                 map[string]any
}

// selectionChange says how obsgen's variable gen of label selects
// otherwise than the dashboard's variable v did ("" when alike): obsgen's
// offers several values and All, which stands for .* (every series, those
// without the label too), unless a query compares it with =; a mixin's
// All of .+ left out the series without it, and on a set-up without the
// label showed nothing.
func selectionChange(v map[string]any, label string, gen catalogue.TemplateVariable) string {
	all, _ := v["allValue"].(string)
	includeAll, _ := v["includeAll"].(bool)
	multi, _ := v["multi"].(bool)
	switch {
	case !includeAll && !multi && gen.Multi:
		return "offered one value at a time; obsgen's offers several and All (.*, its default), since no query compares it with ="
	case (includeAll || multi) && !gen.Multi:
		return "offered several values at once and All; obsgen's offers one at a time, since a query compares it with =, which takes several values literally"
	case includeAll && all != "" && all != ".*":
		return fmt.Sprintf("stood for %s when All was chosen; obsgen's All is .*, which also selects the series without %s", all, label)
	}
	return ""
}

// rewritten is a query matcher import rewrote, said once for every query
// rewritten alike: the first's warning, at its place, and how many more.
type rewritten struct {
	path, said string
	more       int
}

// rewrite records that the query at path had matchers rewritten (parts,
// as written), with what to say of it.
func (r *dashboardReader) rewrite(path, said, parts string) {
	if w, ok := r.rewrites[parts]; ok {
		w.more++
		return
	}
	if r.rewrites == nil {
		r.rewrites = map[string]*rewritten{}
	}
	r.rewrites[parts] = &rewritten{path: path, said: said}
	r.rewriteOrder = append(r.rewriteOrder, parts)
}

// sayRewrites reports the rewrites, one warning for the queries
// rewritten alike (jonnenauha's Varnish dashboard builds instance=~"^($varnish_instance).*"
// in 23 queries, and a trial read 23 warnings of the same rewrite).
func (r *dashboardReader) sayRewrites() {
	for _, parts := range r.rewriteOrder {
		w := r.rewrites[parts]
		said := w.said
		if w.more > 0 {
			said += fmt.Sprintf("; so are %s that build it alike", words.Count(w.more, "more query", "more queries"))
		}
		r.warnf(w.path, "%s", said)
	}
}

// repeatOf returns the variable a row or panel (what, at path) is
// repeated for when the generated dashboard offers it, else "" and says
// so: Grafana shows a row repeated for a variable the dashboard lacks
// once (jonnenauha's Varnish dashboard repeats rows for a $cluster it does
// not define), and obsgen's lint refuses a repeat of an unknown variable.
func (r *dashboardReader) repeatOf(variable, what, path string) string {
	if variable == "" || slices.Contains(r.offered, r.variable(variable)) {
		return variable
	}
	r.warnf(path, "%s is repeated for $%s, which the dashboard does not offer as a label variable: Grafana shows it once, and so does the generated dashboard", what, variable)
	return ""
}

// variable returns the name the generated dashboard gives variable name:
// the label it lists.
func (r *dashboardReader) variable(name string) string {
	return cmp.Or(r.renamed[name], name)
}

// titled writes a title's references to renamed variables as the
// generated dashboard names them ("$memory_allocator - Usage" becomes
// "$alloc - Usage"): a reference to a variable the dashboard does not
// offer is shown as written.
func (r *dashboardReader) titled(title string) string {
	if len(r.renamed) == 0 {
		return title
	}
	return promql.ShowVariables(title, func(name string) (string, bool) {
		to, ok := r.renamed[name]
		return "$" + to, ok
	})
}
