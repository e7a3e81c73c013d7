package lint

import (
	"regexp"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/prometheus/promql/parser"
)

// counterRaw finds counters whose raw value is compared or shown.
var counterRaw = &Check{
	Code:     "counter-raw",
	Severity: diag.Warning,
	Docs: "A counter (or a histogram's _bucket, _sum or _count) is compared or shown by its raw value, a total since the " +
		"process started that drops to 0 on every restart; take its rate() or increase() instead (one counter less another, " +
		"streams started less streams handled, is a level: both drop to 0 together; an uptime counter's raw value is the uptime).",
	run: func(x *Context, r *reporter) {
		for _, e := range x.Exprs {
			levels := x.counterDifferences(e)
			for _, read := range promql.RawReads(e.Root(), func(fn string) bool { return counterConsumers[fn] }) {
				v := read.Selector
				name := promql.SelectorName(v)
				s := x.resolve(name)
				if !s.counter() || levels[v] || s.suffix == "" && s.metric.Clock() == catalogue.Uptime {
					continue
				}
				// The exporter may call a level a counter (squid_exporter's
				// service-time percentiles, squid_HTTP_Requests_All_50):
				// where the name does not say it counts, say how to record
				// that.
				hint := ""
				if s.suffix == "" && s.metric != nil && s.metric.ExposedAs == "" && !strings.HasSuffix(name, "_total") && !counts(s.metric.Help) {
					hint = "; if it does not count (a level or percentile its exporter serves as a counter), declare it type: gauge with exposed_as: counter under its exported name"
				}
				if (s.suffix == "_count" || s.suffix == "_sum") && s.metric != nil && !s.metric.Native {
					// postfix_exporter's queue histograms: their _count is
					// the number of messages queued now.
					hint = "; if the exporter builds " + s.metric.Name + " anew at every scrape from what exists then (the messages in a queue), declare it snapshot: true, and its " + s.suffix + " is a level"
				}
				if read.Compared {
					r.at(e.Pos(v), len(name), "%s is compared by its raw value, which only grows and drops to 0 on restart; compare its rate() or increase()%s", s.describe(), hint)
				} else {
					r.at(e.Pos(v), len(name), "%s is used by its raw value, a total since the process started that drops to 0 on restart; use its rate() or increase()%s", s.describe(), hint)
				}
			}
		}
	},
}

// countingHelp matches a help text that says its metric counts
// (postgres_exporter's pg_stat_database_deadlocks: "Number of deadlocks");
// levelHelp one that says it is a level or an identifier whatever it
// counts (bind_exporter's counters bind_recursive_clients, "Number of
// current recursive clients", and bind_zone_serial, "Zone serial number").
var (
	countingHelp = regexp.MustCompile(`(?i)\b(number of|total|count|counts|counted|times)\b`)
	levelHelp    = regexp.MustCompile(`(?i)\b(current|currently|now|serial|version|id|identifier)\b`)
)

// counts reports whether a help text says its metric counts events.
func counts(help string) bool { return countingHelp.MatchString(help) && !levelHelp.MatchString(help) }

// counterConsumers are the functions that read a counter correctly, or
// that another check judges (histogram_quantile, delta and friends).
var counterConsumers = map[string]bool{
	"rate": true, "irate": true, "increase": true, "resets": true, "changes": true,
	"absent": true, "absent_over_time": true, "present_over_time": true, "count_over_time": true,
	"timestamp": true, "histogram_quantile": true, "histogram_fraction": true,
	"delta": true, "idelta": true, "deriv": true, "predict_linear": true, "double_exponential_smoothing": true,
}

// counterDifferences returns the raw counters of e that one counter less
// another reads, as the number of streams open is
// sum(grpc_server_started_total) - sum(grpc_server_handled_total): the
// counters restart together, and their difference is a level.
func (x *Context) counterDifferences(e *Expression) map[*parser.VectorSelector]bool {
	out := map[*parser.VectorSelector]bool{}
	raw := func(n parser.Node) []*parser.VectorSelector {
		var cs []*parser.VectorSelector
		for _, read := range promql.RawReads(n, func(fn string) bool { return counterConsumers[fn] }) {
			if x.resolve(promql.SelectorName(read.Selector)).counter() {
				cs = append(cs, read.Selector)
			}
		}
		return cs
	}
	for _, b := range promql.Nodes[*parser.BinaryExpr](e.Root()) {
		if b.Op != parser.SUB {
			continue
		}
		if l, r := raw(b.LHS), raw(b.RHS); len(l) > 0 && len(r) > 0 {
			for _, v := range append(l, r...) {
				out[v] = true
			}
		}
	}
	return out
}
