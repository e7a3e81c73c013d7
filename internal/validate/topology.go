package validate

import "github.com/obsgen/obsgen/internal/catalogue"

// organisationTopology checks the organisation's topology: the
// deduplication label is one of its external labels, and the query tier
// has a URL Grafana can reach.
func (v *validator) organisationTopology(o *catalogue.Organisation) {
	if o.DeduplicationLabel != "" {
		p := v.c.At(o.Pos, "deduplication_label")
		found := false
		names := make([]string, 0, len(o.ExternalLabels))
		for _, l := range o.ExternalLabels {
			names = append(names, l.Name)
			found = found || l.Name == o.DeduplicationLabel
		}
		if !found {
			v.oneOf(p, o.DeduplicationLabel, "deduplication_label: the external label", names...)
		}
	}
	if q := o.QueryTier; q != nil {
		if v.required(q.Pos, q.URL, "a url", "query_tier") {
			v.httpURL(v.c.At(q.Pos, "url"), q.URL, "query_tier.url")
		}
		if q.Name != "" {
			v.oneLine(v.c.At(q.Pos, "name"), q.Name, "query_tier.name")
		}
	}
}

// ruleGroupTopology checks where a rule group runs: local or global, and a
// partial response strategy only where the Thanos Ruler reads it.
func (v *validator) ruleGroupTopology(g catalogue.RuleGroup) {
	if g.Runs != "" {
		v.oneOf(v.c.At(g.Pos, "runs"), g.Runs, "runs", catalogue.RunsLocal, catalogue.RunsGlobal)
	}
	if g.PartialResponseStrategy == "" {
		return
	}
	p := v.c.At(g.Pos, "partial_response_strategy")
	if !v.oneOf(p, g.PartialResponseStrategy, "partial_response_strategy", catalogue.PartialResponseAbort, catalogue.PartialResponseWarn) {
		return
	}
	if !g.IsGlobal() {
		v.errorf(p, "bad-value", "partial_response_strategy is read by the Thanos Ruler only, which evaluates global groups: add runs: global, or remove it")
	}
}
