package lint

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/parser"
)

// badLabelValue finds matcher values outside a label's enumerated values.
var badLabelValue = &Check{
	Code:     "bad-label-value",
	Severity: diag.Error,
	Docs: "A matcher's value is not among the values the label takes on that metric (its label_values, or the label's enumeration; for le and quantile, the histogram's " +
		"buckets or the summary's quantiles): = and =~ select nothing for it (error), != and !~ have no effect (warning); a !~ that excludes " +
		"every value (!~\".*\", a mixin's configured regex) selects nothing (warning).",
	run: func(x *Context, r *reporter) {
		for _, e := range x.Exprs {
			for _, vs := range promql.Selectors(e.Root()) {
				s := x.resolve(promql.SelectorName(vs))
				if s.metric == nil {
					continue
				}
				have := x.labelsOf(vs)
				for _, m := range vs.LabelMatchers {
					if excludesEverything(m) && !(e.Kind == KindPanel && promql.HasVariable(m.Value)) {
						// The alertmanager-mixin's warning variant with its
						// default critical integrations .*: integration!~".*".
						r.sev(diag.Warning, e.PosAt(e.matcherOffset(vs, m.Name)), len(m.Name), "%s%s%q excludes every value, the empty one too: "+
							"the selector selects nothing, so the %s never has a result", m.Name, m.Type, m.Value, e.Kind)
						continue
					}
					if m == nil || m.Name == model.MetricNameLabel || !have.Has(m.Name) || m.Value == "" {
						continue
					}
					if e.Kind == KindPanel && promql.HasVariable(m.Value) {
						continue // a Grafana variable, filled in at query time
					}
					allowed, numeric := x.allowedValues(s, m.Name)
					if len(allowed) == 0 {
						continue
					}
					checkValue(e, r, vs, m, allowed, numeric)
				}
			}
		}
	},
}

// allowedValues returns the values label name may take on series s: the
// metric's own label_values or the declared label's enumeration, a
// histogram's bucket bounds for le or a summary's quantiles for quantile
// (numeric, compared as numbers).
func (x *Context) allowedValues(s series, name string) ([]string, bool) {
	switch {
	case name == "le" && s.suffix == "_bucket":
		if len(s.metric.Buckets) == 0 {
			return nil, false
		}
		out := make([]string, 0, len(s.metric.Buckets)+1)
		for _, b := range s.metric.Buckets {
			out = append(out, strconv.FormatFloat(b, 'g', -1, 64))
		}
		return append(out, "+Inf"), true
	case name == "quantile" && s.metric.Type == catalogue.Summary && s.suffix == "":
		out := make([]string, 0, len(s.metric.Quantiles))
		for _, q := range s.metric.Quantiles {
			out = append(out, strconv.FormatFloat(q, 'g', -1, 64))
		}
		return out, true
	}
	if l := s.cat.LabelDecl(name); l != nil {
		return s.metric.ValuesOf(l), false
	}
	return nil, false
}

// checkValue judges one matcher against the values its label may take.
func checkValue(e *Expression, r *reporter, vs *parser.VectorSelector, m *labels.Matcher, allowed []string, numeric bool) {
	pos := e.PosAt(e.matcherOffset(vs, m.Name))
	in := func(v string) bool {
		for _, a := range allowed {
			if a == v || numeric && sameNumber(a, v) {
				return true
			}
		}
		return false
	}
	list := strings.Join(allowed, ", ")
	switch m.Type {
	case labels.MatchEqual:
		if !in(m.Value) {
			r.at(pos, len(m.Name), "%s is never %q (its values are %s), so %s selects nothing%s", m.Name, m.Value, list, m, hint(m.Value, allowed))
		}
	case labels.MatchNotEqual:
		if !in(m.Value) {
			r.sev(diag.Warning, pos, len(m.Name), "%s is never %q (its values are %s), so %s has no effect%s", m.Name, m.Value, list, m, hint(m.Value, allowed))
		}
	case labels.MatchRegexp, labels.MatchNotRegexp:
		bad := ""
		if alts, ok := literalAlternatives(m.Value); ok {
			for _, a := range alts {
				if !in(a) {
					bad = a
					break
				}
			}
		}
		matchesAny := false
		for _, a := range allowed {
			if m.Matches(a) != (m.Type == labels.MatchNotRegexp) {
				matchesAny = true
				break
			}
		}
		switch {
		case m.Type == labels.MatchRegexp && !matchesAny:
			r.at(pos, len(m.Name), "%s matches none of the values of %s (%s), so it selects nothing", m, m.Name, list)
		case bad != "" && m.Type == labels.MatchRegexp:
			r.at(pos, len(m.Name), "%s is never %q (its values are %s); that alternative of %s matches nothing%s", m.Name, bad, list, m, hint(bad, allowed))
		case bad != "":
			r.sev(diag.Warning, pos, len(m.Name), "%s is never %q (its values are %s); that alternative of %s has no effect%s", m.Name, bad, list, m, hint(bad, allowed))
		}
	}
}

// literalRE matches a regular expression made of plain words joined by |.
var literalRE = regexp.MustCompile(`^[A-Za-z0-9_.+-]+(\|[A-Za-z0-9_.+-]+)*$`)

// literalAlternatives splits a|b|c into its words when it is nothing more.
func literalAlternatives(re string) ([]string, bool) {
	if !literalRE.MatchString(re) || strings.ContainsAny(re, "+.") && !isNumberList(re) {
		return nil, false
	}
	return strings.Split(re, "|"), true
}

// isNumberList reports whether every alternative is a number (0.5|0.99),
// where . and + are not regexp operators in practice.
func isNumberList(re string) bool {
	for _, a := range strings.Split(re, "|") {
		if _, err := strconv.ParseFloat(a, 64); err != nil {
			return false
		}
	}
	return true
}

// sameNumber compares two label values as numbers ("0.5" and "0.50").
func sameNumber(a, b string) bool {
	x, err1 := strconv.ParseFloat(a, 64)
	y, err2 := strconv.ParseFloat(b, 64)
	if err1 != nil || err2 != nil {
		return false
	}
	return x == y || math.IsInf(x, 1) && math.IsInf(y, 1)
}

// excludesEverything reports whether a negative regex matcher excludes
// every value a label can take, the empty one (a series without the
// label) too: l!~".*".
func excludesEverything(m *labels.Matcher) bool {
	if m == nil || m.Type != labels.MatchNotRegexp {
		return false
	}
	for _, v := range []string{"", "x", "Some value/1.2:3 with spaces"} {
		if m.Matches(v) {
			return false
		}
	}
	return true
}
