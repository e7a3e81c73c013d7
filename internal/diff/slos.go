package diff

import (
	"strconv"

	"github.com/obsgen/obsgen/internal/catalogue"
)

// slos compares the service level objectives, by name (a renamed SLO,
// whose every rule's slo label changes with it, is one removed and one
// added): what each promises (objective, window, labels) and how it counts
// (its SLI), before the rules it derives, which are compared with the
// others and say what the change does to them. A reviewer reads
// "objective: 99.9 % → 99.5 %" here, not in twelve rule expressions.
func (sc *serviceCmp) slos() {
	name := func(s *catalogue.SLO) string { return s.Name }
	matched, removed, added := pairs(ptrs(sc.base.SLOs), ptrs(sc.head.SLOs), name)
	for _, p := range matched {
		b, h := p[0], p[1]
		if fs := sloFields(b, h); len(fs) > 0 {
			sc.d.add(Change{Service: sc.name, Kind: KindSLO, Op: Changed, Name: h.Name,
				Pos: h.Pos, BasePos: sc.d.basePos(b.Pos), Fields: fs})
		}
	}
	for _, b := range removed {
		sc.d.add(Change{Service: sc.name, Kind: KindSLO, Op: Removed, Name: b.Name,
			Pos: sc.removedAt(), BasePos: sc.d.basePos(b.Pos)})
	}
	for _, h := range added {
		sc.d.add(Change{Service: sc.name, Kind: KindSLO, Op: Added, Name: h.Name, Pos: h.Pos,
			Fields: sloFields(&catalogue.SLO{}, h)})
	}
}

// ptrs points at each element of s.
func ptrs[T any](s []T) []*T {
	out := make([]*T, len(s))
	for i := range s {
		out[i] = &s[i]
	}
	return out
}

// sloFields lists what differs between two versions of an SLO.
func sloFields(b, h *catalogue.SLO) []Field {
	var fs []Field
	fs = field(fs, "objective", percent(b.Objective), percent(h.Objective))
	fs = field(fs, "window", durationText(b.Window), durationText(h.Window))
	fs = field(fs, "labels", labelsText(b.Labels), labelsText(h.Labels))
	fs = field(fs, "sli", sliText(b.SLI), sliText(h.SLI))
	return fs
}

// percent writes an objective as the spec does, 99.9 %; empty when unset.
func percent(v float64) string {
	if v == 0 {
		return ""
	}
	return strconv.FormatFloat(v, 'f', -1, 64) + " %"
}

// labelsText writes labels as matchers; empty when there are none.
func labelsText(ls map[string]string) string {
	if len(ls) == 0 {
		return ""
	}
	return catalogue.LabelSelector(ls)
}

// sliText says in one line how an SLI counts bad events.
func sliText(s catalogue.SLI) string {
	switch {
	case s.Ratio != nil:
		r := s.Ratio
		if r.Good.Text != "" {
			return "ratio: 1 - good " + oneLine(r.Good.Text) + " / total " + oneLine(r.Total.Text)
		}
		return "ratio: bad " + oneLine(r.Bad.Text) + " / total " + oneLine(r.Total.Text)
	case s.Latency != nil:
		l := s.Latency
		return "latency: " + l.Histogram + oneLine(l.Matchers.Text) + " slower than " + strconv.FormatFloat(l.Threshold, 'g', -1, 64)
	case s.Availability != nil:
		a := s.Availability
		out := "availability: " + a.Metric + oneLine(a.Matchers.Text)
		if a.AtMost != nil {
			out += " at most " + strconv.FormatFloat(*a.AtMost, 'g', -1, 64)
		}
		return out
	}
	return ""
}
