package grafana

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/promql/parser"
)

// alertBound is one comparison of an alert against a constant, such as
// `stemedb_cluster_nodes_alive < 3`: the alert fires where the watched
// expression (known by its signature) is on the wrong side of value.
type alertBound struct {
	alert     string
	severity  string
	signature string
	// selects are the labels the watched expression's selectors match on,
	// by series name (promql.SelectorLabels).
	selects map[string][]string
	// at is the alert's condition, one of > >= < <= ==.
	at promql.Threshold
}

// alertBounds returns the bounds of every alert whose expression is a
// comparison of an expression with a number, sorted by signature (in spec
// order within one), so that each panel finds its own by binary search
// instead of reading every alert's (matchBounds).
func alertBounds(c *catalogue.Catalogue) []alertBound {
	var out []alertBound
	for _, r := range c.Alerts() {
		p, err := promql.Parse(r.Expr.Text, false)
		if err != nil {
			continue
		}
		b, ok := boundOf(p.Expr)
		if !ok {
			continue
		}
		b.alert, b.severity = r.Alert, r.Severity()
		out = append(out, b)
	}
	slices.SortStableFunc(out, func(a, b alertBound) int { return strings.Compare(a.signature, b.signature) })
	return out
}

// boundOf reads `expr op number` or `number op expr` with op one of
// > >= < <= or == (not bool: a filter, as alerts use it): a range of
// values, or one value (nginx_up == 0, a target down).
func boundOf(e parser.Expr) (alertBound, bool) {
	t, ok := promql.ThresholdOf(e)
	if !ok || !t.Bounds() && t.Op != parser.EQLC {
		return alertBound{}, false
	}
	return alertBound{signature: promql.Signature(t.Expr), selects: promql.SelectorLabels(t.Expr), at: t}, true
}

// selectsWithin reports whether a panel's expression selects on every
// label the alert's does (on a variable or another value alike): where it
// does not, it shows series the alert does not watch (every grpc_type
// where the alert reads the unary calls), and its thresholds would be
// drawn against them.
func (b alertBound) selectsWithin(panel map[string][]string) bool {
	for name, labels := range b.selects {
		for _, l := range labels {
			if !slices.Contains(panel[name], l) {
				return false
			}
		}
	}
	return true
}

// step is one colour step of a panel's thresholds; the first has no value
// (Grafana's base, from minus infinity).
type step struct {
	value *float64
	color string
}

// severityColors colour the range where an alert of a severity fires.
var severityColors = map[string]string{
	"critical": "red",
	"warning":  "orange",
	"info":     "blue",
}

// okColor colours the range where no alert fires.
const okColor = "green"

// severityColor is the colour of an alert severity; red when unknown.
func severityColor(s string) string {
	if c, ok := severityColors[s]; ok {
		return c
	}
	return "red"
}

// severityRank orders colours so that where several alerts fire, the most
// severe one's colour wins.
func severityRank(color string) int {
	switch color {
	case okColor:
		return 0
	case "blue":
		return 1
	case "orange":
		return 2
	}
	return 3
}

// matchBounds returns the bounds (sorted by signature) whose signature is
// one of sigs, grouped by signature.
func matchBounds(bounds []alertBound, sigs []string) []alertBound {
	var out []alertBound
	for i, s := range sigs {
		if slices.Contains(sigs[:i], s) {
			continue
		}
		j, _ := slices.BinarySearchFunc(bounds, s, func(b alertBound, s string) int { return strings.Compare(b.signature, s) })
		for ; j < len(bounds) && bounds[j].signature == s; j++ {
			out = append(out, bounds[j])
		}
	}
	return out
}

// stepsFor turns the bounds watching one panel into colour steps: green
// where no alert fires, the alert's severity colour where one does.
// Grafana colours a value by the last step at or below it: the colour
// changes at a bound, exact for >= and <, and for > and <= off by the
// bound itself, except at 0, which a count rests at while all is well:
// there the step is the next float, so that Varnish's session queue of 0,
// watched by > 0, is not orange. (Elsewhere the next float would write
// 300.00000000000006 into every graph for a value seldom met exactly.)
func stepsFor(bounds []alertBound) []step {
	bounds = slices.DeleteFunc(slices.Clone(bounds), func(b alertBound) bool { return !b.at.Bounds() })
	if len(bounds) == 0 {
		return nil
	}
	var values []float64
	for _, b := range bounds {
		values = append(values, b.at.Value)
	}
	sort.Float64s(values)
	values = compactFloats(values)
	if len(values) == 0 {
		return nil
	}
	colorAt := func(x float64) string {
		best := okColor
		for _, b := range bounds {
			if b.at.Holds(x) {
				if c := severityColor(b.severity); severityRank(c) > severityRank(best) {
					best = c
				}
			}
		}
		return best
	}
	out := []step{{color: colorAt(values[0] - 1)}}
	add := func(at float64, c string) {
		if c != out[len(out)-1].color {
			out = append(out, step{value: &at, color: c})
		}
	}
	for i, v := range values {
		if v == 0 {
			add(v, colorAt(v))
			add(math.Nextafter(v, math.Inf(1)), colorAt(math.Nextafter(v, math.Inf(1))))
			continue
		}
		probe := v + 1
		if i+1 < len(values) {
			probe = v + (values[i+1]-v)/2
		}
		add(v, colorAt(probe))
	}
	return out
}

// valueColor colours one value a panel may show: where an alert fires on
// exactly that value (nginx_up == 0), its severity's colour, which steps
// (ranges from a value on) cannot give one value alone.
type valueColor struct {
	value float64
	color string
}

// valueColorsFor returns the values the == bounds watching a panel fire on,
// each with its most severe alert's colour, in value order.
func valueColorsFor(bounds []alertBound) []valueColor {
	var out []valueColor
	for _, b := range bounds {
		if b.at.Op != parser.EQLC || math.IsNaN(b.at.Value) || math.IsInf(b.at.Value, 0) {
			continue
		}
		c := severityColor(b.severity)
		i := slices.IndexFunc(out, func(v valueColor) bool { return v.value == b.at.Value })
		switch {
		case i < 0:
			out = append(out, valueColor{b.at.Value, c})
		case severityRank(c) > severityRank(out[i].color):
			out[i].color = c
		}
	}
	slices.SortFunc(out, func(a, b valueColor) int { return cmp.Compare(a.value, b.value) })
	return out
}

// compactFloats drops repeats and NaN or infinite values from sorted v.
func compactFloats(v []float64) []float64 {
	out := v[:0]
	for i, x := range v {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			continue
		}
		if i > 0 && len(out) > 0 && out[len(out)-1] == x {
			continue
		}
		out = append(out, x)
	}
	return out
}

// panelSteps returns the colour steps of a panel, its explicit thresholds
// or else those of the alerts watching what its queries show, and the
// values those alerts fire on exactly.
func panelSteps(p catalogue.Panel, bounds []alertBound, exprs []parser.Expr) ([]step, []valueColor) {
	if len(p.Thresholds) > 0 {
		return specSteps(p.Thresholds), nil
	}
	var sigs []string
	// selects are, by signature, the labels its queries select on.
	selects := map[string]map[string][]string{}
	for _, e := range exprs {
		if e == nil {
			continue
		}
		sig := promql.Signature(e)
		sigs = append(sigs, sig)
		if selects[sig] == nil {
			selects[sig] = map[string][]string{}
		}
		for name, labels := range promql.SelectorLabels(e) {
			selects[sig][name] = append(selects[sig][name], labels...)
		}
	}
	// Grafana applies a panel's thresholds to every series it shows. A
	// graph draws them as dashed lines beside the lines of its queries, so
	// the bounds of one quantity may be drawn beside others the alerts do
	// not watch (a p99 alert's line on a p50, p90, p99 graph), but not the
	// bounds of two (etcd's commit and WAL fsync durations, watched at
	// 0.25 s and 0.5 s, share one panel). A value coloured by them (a
	// stat) is one every query must show.
	var watching []alertBound
	for i, sig := range sigs {
		if slices.Contains(sigs[:i], sig) {
			continue
		}
		w := slices.DeleteFunc(matchBounds(bounds, []string{sig}), func(b alertBound) bool { return !b.selectsWithin(selects[sig]) })
		switch {
		case len(w) == 0 && p.Type == "timeseries":
		case len(w) == 0, len(watching) > 0:
			return nil, nil
		default:
			watching = w
		}
	}
	values := valueColorsFor(watching)
	steps := stepsFor(watching)
	if len(steps) == 0 && len(values) > 0 {
		// Green but for the values an alert fires on.
		steps = []step{{color: okColor}}
	}
	return steps, values
}

// specSteps turns a panel's explicit thresholds into colour steps above a
// green base, in value order.
func specSteps(ts []catalogue.Threshold) []step {
	if len(ts) == 0 {
		return nil
	}
	sorted := make([]catalogue.Threshold, len(ts))
	copy(sorted, ts)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Value < sorted[j].Value })
	out := []step{{color: okColor}}
	for i := range sorted {
		out = append(out, step{value: &sorted[i].Value, color: sorted[i].Color})
	}
	return out
}
