package simulate

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
)

// labelValues returns the values the simulator gives each declared label:
// the enumerated values, or else the label's example (name-1 without one),
// plus every value an alert or recording rule selects with an equality
// matcher, so that selectors such as {code="500"} find a series (on a
// metric with its own label_values for it, those are served instead).
func labelValues(c *catalogue.Catalogue) map[string][]string {
	sets := map[string]map[string]bool{}
	add := func(name, value string) {
		if sets[name] == nil {
			sets[name] = map[string]bool{}
		}
		sets[name][value] = true
	}
	for i := range c.Labels {
		l := &c.Labels[i]
		switch {
		case len(l.Values) > 0:
			for _, v := range l.Values {
				add(l.Name, v.Value)
			}
		case l.Example != "":
			add(l.Name, l.Example)
		default:
			add(l.Name, l.Name+"-1")
		}
	}
	for _, r := range append(append([]*catalogue.Rule(nil), c.Alerts()...), c.Records()...) {
		eachMatcher(c, r.Expr.Text, false, func(m *catalogue.Metric, l *catalogue.Label, lm *labels.Matcher) {
			if _, own := m.LabelValues[l.Name]; own {
				return // the metric's own values, which valuesOf serves
			}
			if lm.Type == labels.MatchEqual && l.AllowedValue(lm.Value) && lm.Value != "" {
				add(lm.Name, lm.Value)
			}
		})
	}
	out := make(map[string][]string, len(sets))
	for name, set := range sets {
		vals := make([]string, 0, len(set))
		for v := range set {
			vals = append(vals, v)
		}
		sort.Strings(vals)
		out[name] = vals
	}
	return out
}

// maxShown bounds the values of a free label a metric's selectors add.
const maxShown = 8

// shownValues returns, by metric and label, the values of free labels
// (neither enumerated nor the label's example) that the catalogue's panels,
// queries and rules select on that metric by name, = or a regex of
// alternatives (handler=~"commit|rollback"): mysqld_exporter's
// mysql_global_status_innodb_buffer_pool_pages{state="data"} drew nothing
// in the preview, which served only the label's example. Each stays the
// metric's own: the buffer pool's states are not a thread's.
func shownValues(c *catalogue.Catalogue) map[string]map[string][]string {
	out := map[string]map[string][]string{}
	add := func(text string) {
		eachMatcher(c, text, true, func(m *catalogue.Metric, l *catalogue.Label, lm *labels.Matcher) {
			if _, own := m.LabelValues[l.Name]; own || len(l.Values) > 0 || promql.HasVariable(lm.Value) {
				return
			}
			for _, v := range promql.SelectedValues(lm) {
				if out[m.Name] == nil {
					out[m.Name] = map[string][]string{}
				}
				have := out[m.Name][lm.Name]
				if v != "" && v != l.Example && !slices.Contains(have, v) && len(have) < maxShown {
					out[m.Name][lm.Name] = append(have, v)
				}
			}
		})
	}
	for di := range c.Dashboards {
		for _, row := range c.Dashboards[di].Rows {
			for _, p := range row.Panels {
				for _, q := range p.Queries {
					add(q.Expr.Text)
				}
			}
		}
	}
	for _, g := range c.Queries {
		for _, q := range g.Queries {
			add(q.Expr.Text)
		}
	}
	for _, r := range append(slices.Clone(c.Alerts()), c.Records()...) {
		add(r.Expr.Text)
	}
	return out
}

// eachMatcher calls f for every label matcher of expression text (Grafana's
// variables allowed when grafana is set) on a label its catalogue metric
// declares, with the metric and the label.
func eachMatcher(c *catalogue.Catalogue, text string, grafana bool, f func(*catalogue.Metric, *catalogue.Label, *labels.Matcher)) {
	parsed, err := promql.Parse(text, grafana)
	if err != nil {
		return
	}
	for _, vs := range promql.Selectors(parsed.Expr) {
		m, _ := c.Series(promql.SelectorName(vs))
		if m == nil {
			continue
		}
		for _, lm := range vs.LabelMatchers {
			if lm == nil {
				continue
			}
			if l := c.Label(lm.Name); l != nil && m.HasLabel(lm.Name) {
				f(m, l, lm)
			}
		}
	}
}

// valuesOf returns the values simulated series of m take for label name:
// m's own label_values for it, else the label's, and those m's selectors
// show (shownValues), sorted.
func (p *plan) valuesOf(m *catalogue.Metric, name string) []string {
	if own, ok := m.LabelValues[name]; ok {
		return slices.Sorted(slices.Values(own))
	}
	extra := p.shown[m.Name][name]
	if len(extra) == 0 {
		return p.values[name]
	}
	vals := append(slices.Clone(p.values[name]), extra...)
	sort.Strings(vals)
	return slices.Compact(vals)
}

// maxSeries bounds the series of one metric: past it, later labels take
// fewer of their values, so that a catalogue with many enumerated labels
// cannot make the exposition explode.
const maxSeries = 1000

// combos returns every label set of metric m: the cartesian product of its
// labels' values, each set sorted by label name, the sets sorted.
func (p *plan) combos(m *catalogue.Metric) []labels.Labels {
	lists := make([][]string, len(m.Labels))
	n := 1
	for i, name := range m.Labels {
		vals := p.valuesOf(m, name)
		if len(vals) == 0 {
			vals = []string{name + "-1"}
		}
		if room := maxSeries / n; len(vals) > room {
			vals = vals[:max(1, room)]
		}
		lists[i] = vals
		n *= len(vals)
	}
	// By label name, each name once: a product taken in that order, of
	// values sorted, is sorted as labels.Compare sorts.
	order := make([]int, len(m.Labels))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return strings.Compare(m.Labels[a], m.Labels[b]) })
	for i := 1; i < len(order); i++ {
		if m.Labels[order[i]] == m.Labels[order[i-1]] {
			return p.combosOfRepeatedLabels(m)
		}
	}
	for _, l := range lists {
		if !slices.IsSorted(l) {
			return p.combosOfRepeatedLabels(m)
		}
	}
	out := make([]labels.Labels, 0, n)
	set := make([]labels.Label, len(order))
	var walk func(k int)
	walk = func(k int) {
		if k == len(order) {
			out = append(out, labels.New(set...))
			return
		}
		i := order[k]
		for _, v := range lists[i] {
			set[k] = labels.Label{Name: m.Labels[i], Value: v}
			walk(k + 1)
		}
	}
	walk(0)
	return out
}

// combosOfRepeatedLabels is combos by way of a map per label set, for a
// metric that names a label twice (a catalogue validation rejects) or
// whose values are not sorted: a later value of a label replaces an
// earlier one, and the sets are sorted once made.
func (p *plan) combosOfRepeatedLabels(m *catalogue.Metric) []labels.Labels {
	sets := []map[string]string{{}}
	for _, name := range m.Labels {
		vals := p.valuesOf(m, name)
		if len(vals) == 0 {
			vals = []string{name + "-1"}
		}
		if room := maxSeries / len(sets); len(vals) > room {
			vals = vals[:max(1, room)]
		}
		next := make([]map[string]string, 0, len(sets)*len(vals))
		for _, s := range sets {
			for _, v := range vals {
				n := make(map[string]string, len(s)+1)
				for k, x := range s {
					n[k] = x
				}
				n[name] = v
				next = append(next, n)
			}
		}
		sets = next
	}
	out := make([]labels.Labels, len(sets))
	for i, s := range sets {
		out[i] = labels.FromMap(s)
	}
	sort.Slice(out, func(i, j int) bool { return labels.Compare(out[i], out[j]) < 0 })
	return out
}

// selected returns the simulated series of m that match every matcher on
// m's own labels; matchers on other labels (job, instance: target labels
// Prometheus adds) cannot be checked here and are ignored.
func (p *plan) selected(m *catalogue.Metric, matchers []*labels.Matcher) []labels.Labels {
	var out []labels.Labels
	for _, ls := range p.combos(m) {
		ok := true
		for _, lm := range matchers {
			if lm.Name == model.MetricNameLabel || !m.HasLabel(lm.Name) {
				continue
			}
			if !lm.Matches(ls.Get(lm.Name)) {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, ls)
		}
	}
	return out
}

// selects reports whether some simulated series of m matches the matchers.
func (p *plan) selects(m *catalogue.Metric, matchers []*labels.Matcher) bool {
	return len(p.selected(m, matchers)) > 0
}

// groups is how many groups an aggregation by (or without) grouping
// makes of the selected series of m.
func (p *plan) groups(m *catalogue.Metric, matchers []*labels.Matcher, grouping []string, without bool) float64 {
	set := map[string]bool{}
	for _, ls := range p.selected(m, matchers) {
		set[ls.MatchLabels(!without, grouping...).String()] = true
	}
	return float64(max(1, len(set)))
}

// partOf tells whether a series of m is troubled (one of its label
// values names a failure), else a client's error (a 4xx status), else
// ordinary. An _info metric's labels are information, not a state: its
// series are ordinary (memcached_exporter_build_info{revision="unknown"}
// was served 0).
func (p *plan) partOf(m *catalogue.Metric, ls labels.Labels) part {
	pt := normalPart
	if strings.HasSuffix(m.Name, "_info") {
		return pt
	}
	ls.Range(func(l labels.Label) {
		switch {
		case troubledValue(l.Name, l.Value):
			pt = troubledPart
		case pt == normalPart && clientErrorValue(l.Name, l.Value):
			pt = clientPart
		}
	})
	return pt
}

// clientErrorValue reports whether a label value is an HTTP status of the
// client's errors, 4xx (also written 4xx or 4..), or a gRPC status of the
// request's fault (NotFound, InvalidArgument): not the service's, which
// alerts watch apart from server errors.
func clientErrorValue(name, v string) bool {
	lv := strings.ToLower(v)
	if statusLabel(name) && slices.Contains(grpcClientErrors, lv) {
		return true
	}
	return httpStatusClass(lv, '4')
}

// statusLabel reports whether a label's name says it holds a status or a
// code (grpc_code, status, code), whose values a gRPC status may be:
// elsewhere unknown, internal and aborted are ordinary words
// (prometheus_varnish_exporter's server="unknown" is a backend no probe
// watches; a Varnish trial's healthy simulation served it as failing).
func statusLabel(name string) bool {
	n := strings.ToLower(name)
	return strings.Contains(n, "code") || strings.Contains(n, "status")
}

// httpStatusClass reports whether lv is an HTTP status of the class
// starting with digit class: a code (503), or the class written 5xx or 5..
func httpStatusClass(lv string, class byte) bool {
	if len(lv) != 3 || lv[0] != class {
		return false
	}
	rest := lv[1:]
	return rest == "xx" || rest == ".." || (rest[0] >= '0' && rest[0] <= '9' && rest[1] >= '0' && rest[1] <= '9')
}

// failureWords begin the words of label values that name a failure.
var failureWords = []string{"error", "fail", "fault", "reject", "denied", "drop", "timeout", "abort", "unavailable", "invalid", "fatal", "panic", "crash"}

// grpcServerErrors and grpcClientErrors are gRPC's status codes other
// than OK, by whose fault: the server's (as gRPC maps them to HTTP 5xx,
// and as the etcd mixin's failed-requests alert lists them), or the
// request's (4xx).
var (
	grpcServerErrors = []string{"unknown", "deadlineexceeded", "resourceexhausted", "failedprecondition", "aborted", "unimplemented", "internal", "unavailable", "dataloss"}
	grpcClientErrors = []string{"canceled", "invalidargument", "notfound", "alreadyexists", "permissiondenied", "outofrange", "unauthenticated"}
)

// troubledValue reports whether label name's value v names a failure: an
// error word, a state out of service (DOWN, MAINT), a gRPC status of the
// server's errors (Unavailable, Internal) in a status or code label, or
// an HTTP status of the server's errors, 5xx (also written 5xx or 5..).
func troubledValue(name, v string) bool {
	lv := strings.ToLower(v)
	switch {
	case statusLabel(name) && slices.Contains(grpcServerErrors, lv):
		return true
	case statusLabel(name) && slices.Contains(grpcClientErrors, lv):
		return false // the request's fault: clientErrorValue
	}
	switch lv {
	case "down", "maint", "maintenance", "unhealthy", "offline", "dead":
		return true // a state: haproxy_server_status{state="DOWN"}
	}
	if strings.Contains(lv, "timed_out") || strings.Contains(lv, "timedout") {
		return true
	}
	for _, word := range valueWords(v) {
		for _, w := range failureWords {
			if strings.HasPrefix(word, w) {
				return true
			}
		}
	}
	return httpStatusClass(lv, '5')
}

// valueWords splits a label value into its lower-case words, at anything
// but letters and digits and where a capital follows a small letter:
// ServerError is server and error. A failure word begins a word: the
// default backend (prometheus_varnish_exporter's backend="default") is
// no fault.
func valueWords(v string) []string {
	var words []string
	var cur []rune
	prevLower := false
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	for _, r := range v {
		switch {
		case unicode.IsUpper(r) && prevLower:
			flush()
			cur = append(cur, r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			cur = append(cur, r)
		default:
			flush()
		}
		prevLower = unicode.IsLower(r)
	}
	flush()
	return words
}

// followsClock reports whether gauge m follows the clock rather than a
// level of its own: an uptime, or a Unix time. Scenarios cannot drive its
// level.
func followsClock(m *catalogue.Metric) bool { return m.Clock() != catalogue.NotClock }

// movable reports whether a scenario can move m's Unix time by its
// offset from now (time() - last_save > 86400, expiry - time() < 14d), or
// restart the process it times: an uptime or a start time a restart
// alert reads (mysql_global_status_uptime < 60,
// time() - pg_postmaster_start_time_seconds < 60).
func movable(m *catalogue.Metric) bool {
	switch m.Clock() {
	case catalogue.PastTime, catalogue.FutureTime, catalogue.Now, catalogue.FailureTime, catalogue.Uptime, catalogue.StartTime:
		return true
	}
	return false
}

// never is the offset from now of a time that never came: a failure a
// healthy service has not had, which exporters serve as 0; of a start, a
// process that started at Start, long before any alert's window.
var never = math.Inf(-1)

// defaultOffset is a healthy Unix time's offset from now: the last event a
// minute ago, an expiry in 90 days, a clock now, a last failure never, a
// start at Start.
func defaultOffset(cl catalogue.Clock) float64 {
	switch cl {
	case catalogue.PastTime:
		return -60
	case catalogue.FutureTime:
		return 90 * 24 * 3600
	case catalogue.FailureTime, catalogue.Uptime, catalogue.StartTime:
		return never
	}
	return 0
}

// clockValue is the value of a gauge that follows the clock, up seconds
// after Start: an uptime counts them and a start time is Start, unless a
// scenario restarted the process its offset signal ago; any other Unix
// time lies its offset signal away from the time of the exposition, 0
// when it never came. false for any other metric.
func (p *plan) clockValue(m *catalogue.Metric, pt part, up float64) (float64, bool) {
	cl := m.Clock()
	if cl == catalogue.NotClock {
		return 0, false
	}
	offset := p.sig[signal{m.Name, offsetKind, pt}]
	switch {
	case cl == catalogue.Uptime && offset == never:
		return math.Floor(up), true
	case cl == catalogue.Uptime:
		// Restarted: as long ago as the scenario holds it.
		return math.Floor(-offset), true
	case cl == catalogue.StartTime && offset == never:
		return float64(Start.Unix()), true
	case offset == never:
		return 0, true
	}
	return math.Floor(float64(Start.Unix())+up) + offset, true
}
