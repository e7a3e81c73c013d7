package diff

import (
	"maps"
	"slices"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
)

// rules compares alerting or recording rules. An alert is known by its
// name and labels (several variants may share a name); a rule whose labels
// changed is still the same rule when it is the only one of its name left
// on each side, and a rule under a new name with the same expression and
// labels was renamed.
func (sc *serviceCmp) rules(kind Kind, base, head []*catalogue.Rule) {
	identity := func(r *catalogue.Rule) string { return r.Name() + catalogue.LabelSelector(r.Labels) }
	name := func(r *catalogue.Rule) string { return r.Name() }
	same := func(r *catalogue.Rule) string {
		return normExpr(r.Expr.Text, false) + "\x00" + catalogue.LabelSelector(r.Labels)
	}
	matched, removed, added := pairs(base, head, identity, name, same)
	for _, p := range matched {
		b, h := p[0], p[1]
		c := Change{Service: sc.name, Kind: kind, Op: Changed, Name: ruleName(sc.base, b),
			Pos: h.Pos, BasePos: sc.d.basePos(b.Pos), Fields: ruleFields(b, h)}
		if kind == KindAlert {
			c.Fields = append(c.Fields, sc.generatedFields(b, h)...)
			c.Fields = append(c.Fields, routingFields(sc.base, b, sc.head, h)...)
		}
		if b.Name() != h.Name() {
			c.Op, c.NewName = Renamed, ruleName(sc.head, h)
			if kind == KindRecord {
				c.Breaking = true
				c.Dependents = sc.readersOf(read{series: []string{b.Record}}, "still reads "+b.Record)
			}
		} else if len(c.Fields) == 0 {
			continue
		}
		sc.d.add(c)
	}
	for _, b := range removed {
		c := Change{Service: sc.name, Kind: kind, Op: Removed, Name: ruleName(sc.base, b),
			Pos: sc.removedAt(), BasePos: sc.d.basePos(b.Pos)}
		if kind == KindRecord && !recordsSeries(sc.head, b) {
			c.Breaking = true
			c.Dependents = sc.readersOf(read{series: []string{b.Record}}, "still reads "+b.Record)
		}
		sc.d.add(c)
	}
	for _, h := range added {
		fs := addedFields(h)
		if kind == KindAlert && sc.head.Routed() {
			// Who the new alert wakes.
			fs = field(fs, "routing.receiver", "", sc.head.PolicyOf(h).Receiver)
		}
		sc.d.add(Change{Service: sc.name, Kind: kind, Op: Added, Name: ruleName(sc.head, h), Pos: h.Pos, Fields: fs})
	}
}

// ruleName names a rule as its catalogue tells its variants apart, and a
// recording rule whose name others record too (every SLO records
// slo:objective:ratio) by its labels as well.
func ruleName(c *catalogue.Catalogue, r *catalogue.Rule) string {
	if r.Record != "" && len(c.RecordsNamed(r.Record)) > 1 {
		return r.Record + catalogue.LabelSelector(r.Labels)
	}
	return c.VariantName(r)
}

// recordsSeries reports whether c still records the series recording rule
// r records: its name with its labels. A reader of one SLO's
// slo:objective:ratio{slo="checkout"} loses it when that SLO goes, though
// the others' still record the name.
func recordsSeries(c *catalogue.Catalogue, r *catalogue.Rule) bool {
	want := catalogue.LabelSelector(r.Labels)
	for _, h := range c.RecordsNamed(r.Record) {
		if catalogue.LabelSelector(h.Labels) == want {
			return true
		}
	}
	return false
}

// ruleFields lists what changed between two versions of a rule: the
// threshold alone when that is all that changed in the expression.
func ruleFields(b, h *catalogue.Rule) []Field {
	var fs []Field
	be, he := normExpr(b.Expr.Text, false), normExpr(h.Expr.Text, false)
	bt, bok := threshold(b.Expr.Text)
	ht, hok := threshold(h.Expr.Text)
	switch {
	case be == he:
	case bok && hok && bt.Expr.String() == ht.Expr.String():
		fs = field(fs, "threshold", bt.String(), ht.String())
	default:
		fs = field(fs, "expr", oneLine(b.Expr.Text), oneLine(h.Expr.Text))
		if bok && hok {
			fs = field(fs, "threshold", bt.String(), ht.String())
		}
	}
	fs = field(fs, "for", durationText(b.For), durationText(h.For))
	fs = field(fs, "keep_firing_for", durationText(b.KeepFiringFor), durationText(h.KeepFiringFor))
	fs = field(fs, "severity", b.Labels["severity"], h.Labels["severity"])
	fs = field(fs, "labels", otherLabels(b.Labels), otherLabels(h.Labels))
	for _, k := range annotationKeys(b, h) {
		fs = field(fs, "annotations."+k, oneLine(b.Annotations[k]), oneLine(h.Annotations[k]))
	}
	return fs
}

// generatedFields lists the annotations obsgen adds to an alert (its
// runbook and dashboard links, Options.Annotations) that differ between
// b and h where neither spec sets them: a panel removed moves an alert's
// dashboard_url to another dashboard though the alert did not change.
func (sc *serviceCmp) generatedFields(b, h *catalogue.Rule) []Field {
	deployed := sc.d.opts.Annotations
	if deployed == nil {
		return nil
	}
	ba, ha := deployed(sc.base, b), deployed(sc.head, h)
	keys := slices.Collect(maps.Keys(ba))
	for k := range ha {
		if _, ok := ba[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	var fs []Field
	for _, k := range keys {
		_, inB := b.Annotations[k]
		_, inH := h.Annotations[k]
		if !inB && !inH {
			fs = field(fs, "annotations."+k+" (generated)", ba[k], ha[k])
		}
	}
	return fs
}

// routingFields lists how differently alert b of base and h of head are
// routed, when either organisation routes alerts: who the alert reaches
// and when, as Alertmanager's routing tree (catalogue.PolicyOf) decides,
// whether the alert, its service's routes or the organisation changed.
func routingFields(base *catalogue.Catalogue, b *catalogue.Rule, head *catalogue.Catalogue, h *catalogue.Rule) []Field {
	if !base.Routed() && !head.Routed() {
		return nil
	}
	bp, hp := routing(base, b), routing(head, h)
	var fs []Field
	for i, name := range routingNames {
		fs = field(fs, "routing."+name, bp[i], hp[i])
	}
	return fs
}

// routingNames name what routing returns, in order.
var routingNames = []string{"receiver", "team", "group_by", "group_wait", "group_interval", "repeat_interval", "mute_time_intervals", "active_time_intervals"}

// routing is how c routes r, as routingNames name it; nothing when c
// routes no alerts.
func routing(c *catalogue.Catalogue, r *catalogue.Rule) []string {
	if !c.Routed() {
		return make([]string, len(routingNames))
	}
	p := c.PolicyOf(r)
	return []string{p.Receiver, p.Team, strings.Join(p.GroupBy, ", "),
		p.GroupWait.String(), p.GroupInterval.String(), p.RepeatInterval.String(),
		strings.Join(p.MuteTimeIntervals, ", "), strings.Join(p.ActiveTimeIntervals, ", ")}
}

// addedFields says what a new rule is: what ruleFields says of it against
// nothing, but its annotations (in the spec the reviewer reads).
func addedFields(h *catalogue.Rule) []Field {
	return slices.DeleteFunc(ruleFields(&catalogue.Rule{}, h), func(f Field) bool { return strings.HasPrefix(f.Name, "annotations.") })
}

// threshold reads an alert expression's condition.
func threshold(text string) (promql.Threshold, bool) {
	p, err := promql.Parse(text, false)
	if err != nil || p == nil || p.Expr == nil {
		return promql.Threshold{}, false
	}
	return promql.ThresholdOf(p.Expr)
}

// durationText writes a duration, empty when unset.
func durationText(d catalogue.Duration) string {
	if d == 0 {
		return ""
	}
	return d.String()
}

// otherLabels writes a rule's labels but severity (a field of its own).
func otherLabels(ls map[string]string) string {
	rest := maps.Clone(ls)
	delete(rest, "severity")
	return labelsText(rest)
}

// annotationKeys returns the annotation names of both rules, sorted.
func annotationKeys(b, h *catalogue.Rule) []string {
	keys := slices.Collect(maps.Keys(b.Annotations))
	for k := range h.Annotations {
		if _, ok := b.Annotations[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, strings.Compare)
	return keys
}
