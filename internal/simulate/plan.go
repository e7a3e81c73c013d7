package simulate

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
)

// plan is what the simulator shows for one scenario: the label values and
// the value of every signal.
type plan struct {
	c      *catalogue.Catalogue
	values map[string][]string
	// shown are, by metric and label, the values of a free label that
	// panels and queries select by name (state="data"), served besides
	// the label's example.
	shown map[string]map[string][]string
	sig   map[signal]float64
	// down is set when the scenario's alert fires on a failed scrape.
	down bool
	// absent holds the families the scenario leaves out (absent(x)).
	absent map[string]bool
	// limits are the catalogue's limit gauges by their names' first word
	// (ceiling), found on first use.
	limits map[string][]*catalogue.Metric
	// since is when the scenario began: gauges move from their levels
	// from then on.
	since time.Time
	// base holds a scenario's healthy signals, at whose rates totals grew
	// until since (grown); nil for a healthy plan, and for an exposition
	// of a scenario alone, which has grown at its rates since Start.
	base map[signal]float64
	// at is the moment, in seconds after since, at which readings are
	// evaluated: a gauge with a slope reads differently as time passes.
	at float64
}

// span is how long, from Start, the plan keeps its promise: every
// condition is checked at both ends, so a gauge a scenario makes fall
// (predict_linear, deriv) stays within its sibling alerts' thresholds for
// the longest `for` of the node-mixin (one hour) and then some. After it,
// a falling gauge keeps falling.
const span = 75 * 60.0

// newPlan derives every signal: defaults first, then, signal by signal,
// the first candidate value that makes the scenarios' alerts true and every
// other alert reading that signal false. Each scenario is an alert name
// (all its variants) or a selector of variants, NAME{severity="critical"}.
// errGlobal says why a global alert has no scenario: it reads every
// cluster's series through the query tier, while one simulator is one
// cluster's service.
var errGlobal = errors.New("it runs in the global ruler over every cluster, and one simulator is one cluster: drive the local alerts its series come from in each cluster")

func newPlan(c *catalogue.Catalogue, scenarios []string) (*plan, error) {
	p := &plan{c: c, values: labelValues(c), shown: shownValues(c), sig: map[signal]float64{}, absent: map[string]bool{}}
	mine := map[*catalogue.Rule]bool{}
	kin := map[string]bool{}
	for _, scenario := range scenarios {
		rules, err := c.SelectAlerts(scenario)
		if err != nil {
			return nil, fmt.Errorf("scenario: %w", err)
		}
		for _, r := range rules {
			mine[r] = true
			kin[r.Alert] = true
		}
	}
	for _, m := range c.Metrics() {
		for _, pt := range parts {
			share := 1.0
			if pt != normalPart {
				share = troubleShare
			}
			switch m.Type {
			case catalogue.Counter:
				p.sig[signal{m.Name, rateKind, pt}] = defaultRate(m) * share
				if movable(m) {
					// An uptime counted in seconds: restarted by its offset.
					p.sig[signal{m.Name, offsetKind, pt}] = defaultOffset(m.Clock())
				}
			case catalogue.Gauge, catalogue.Untyped:
				// An untyped family is shown steady, like a gauge; rate() of
				// it drives its growth (its rate signal, zero by default).
				level := 0.0
				switch {
				case binary(m):
					level = defaultFlag(m, pt)
				case pt == normalPart:
					level = defaultLevel(m)
				}
				p.sig[signal{m.Name, levelKind, pt}] = level
				if movable(m) {
					p.sig[signal{m.Name, offsetKind, pt}] = defaultOffset(m.Clock())
				}
			case catalogue.Histogram, catalogue.Summary:
				if m.Snapshot {
					// What exists now (the messages in a queue): a few, steady.
					p.sig[signal{m.Name, levelKind, pt}] = snapshotCount * share
				} else {
					p.sig[signal{m.Name, rateKind, pt}] = defaultRate(m) * share
				}
				p.sig[signal{m.Name, observeKind, pt}] = defaultObservation(m)
			}
		}
	}
	p.raiseAboveFloors()
	bySignal := map[signal][]condition{}
	burning := map[*catalogue.SLO]bool{}
	for _, r := range c.Alerts() {
		if c.RunsGlobally(r) {
			if mine[r] {
				return nil, fmt.Errorf("cannot drive %s: %w", c.VariantName(r), errGlobal)
			}
			continue
		}
		if r.SLO != nil {
			// A burn-rate alert reads the SLO's recorded ratios: the
			// SLO's own signals drive it (sloSignals).
			burning[r.SLO] = burning[r.SLO] || mine[r]
			continue
		}
		cds, err := p.conditions(r)
		if err != nil && mine[r] {
			return nil, fmt.Errorf("cannot drive %s: %w%s", c.VariantName(r), err, p.downHint(r))
		}
		for _, cd := range cds {
			cd.mine = mine[r] && cd.needed
			cd.kin = kin[r.Alert]
			switch {
			case cd.down:
				p.down = p.down || cd.mine
			case cd.absent != "":
				if cd.mine {
					p.absent[cd.absent] = true
				}
			default:
				s := cd.signal()
				bySignal[s] = append(bySignal[s], cd)
			}
		}
	}
	signals := make([]signal, 0, len(bySignal))
	for s := range bySignal {
		signals = append(signals, s)
	}
	sort.Slice(signals, func(i, j int) bool {
		a, b := signals[i], signals[j]
		if a.metric != b.metric {
			return a.metric < b.metric
		}
		if a.kind != b.kind {
			return a.kind < b.kind
		}
		return a.part < b.part
	})
	// A condition may read signals besides the one it drives (a ratio's
	// denominator): a second pass sees the values the first one chose.
	for range 2 {
		for _, s := range signals {
			v, err := p.choose(s, bySignal[s], bySignal[s.sibling()])
			if err != nil {
				return nil, err
			}
			p.sig[s] = v
		}
	}
	p.sloSignals(burning, bySignal)
	p.exporterDown()
	if len(scenarios) > 0 {
		healthy, err := newPlan(c, nil)
		if err != nil {
			return nil, err
		}
		p.base = healthy.sig
	}
	return p, nil
}

// ceiling returns the limit a gauge's level cannot pass, when the
// catalogue has its limit: memcached_max_connections of
// memcached_current_connections, process_max_fds of process_open_fds,
// redis_config_maxclients of redis_connected_clients (a scenario served
// 160 connections of 100 allowed).
func (p *plan) ceiling(s signal) (float64, bool) {
	m := p.c.Metric(s.metric)
	if s.kind != levelKind || m == nil || m.Type != catalogue.Gauge || binary(m) || limitLike(m) || roomLike(m.Name) {
		// Free room (disk space available) has a floor, not a ceiling.
		return 0, false
	}
	space := catalogue.Namespace(m.Name)
	subject := lastWord(m.Name)
	if subject == m.Name || len(subject) < 3 {
		return 0, false
	}
	if p.limits == nil {
		p.limits = map[string][]*catalogue.Metric{}
		for _, l := range p.c.Metrics() {
			if l.Type == catalogue.Gauge && limitLike(l) {
				ns := catalogue.Namespace(l.Name)
				p.limits[ns] = append(p.limits[ns], l)
			}
		}
	}
	for _, l := range p.limits[space] {
		// The limit counts the same things: its last word is the
		// gauge's (connections, fds, bytes) or ends in it (maxclients);
		// a floor of free room is no one's ceiling.
		if strings.HasSuffix(lastWord(l.Name), subject) && !roomLike(l.Name) {
			return p.sig[signal{l.Name, levelKind, s.part}], true
		}
	}
	return 0, false
}

// floorFactor is how far above its floor a healthy service keeps the
// room it has free.
const floorFactor = 8

// raiseAboveFloors puts each gauge of free room above the limit it must
// stay above, the gauge's name with _limit in it:
// rabbitmq_disk_space_available_bytes above
// rabbitmq_disk_space_available_limit_bytes, below which RabbitMQ blocks
// publishers (a RabbitMQ trial's healthy simulation served 64 MiB free of
// a 1 GiB floor, and the dashboard's room before blocking was negative).
func (p *plan) raiseAboveFloors() {
	for _, l := range p.c.Metrics() {
		if l.Type != catalogue.Gauge || !strings.Contains(l.Name, "_limit") {
			continue
		}
		m := p.c.Metric(strings.Replace(l.Name, "_limit", "", 1))
		if m == nil || m.Type != catalogue.Gauge || !roomLike(m.Name) {
			continue
		}
		s, floor := signal{m.Name, levelKind, normalPart}, p.sig[signal{l.Name, levelKind, normalPart}]
		p.sig[s] = max(p.sig[s], floorFactor*floor)
	}
}

// roomLike reports whether a gauge's name says it measures room left
// (disk space available, free memory), which falls towards a floor.
func roomLike(name string) bool {
	for _, w := range strings.Split(name, "_") {
		switch w {
		case "available", "avail", "free", "remaining", "left":
			return true
		}
	}
	return false
}

// lastWord is a metric name's last word.
func lastWord(name string) string {
	return name[strings.LastIndexByte(name, '_')+1:]
}

// exporterDown leaves out every family of the service when the plan sets
// its exporter's up gauge to 0 (memcached_up, pg_up): an exporter that
// cannot reach its service serves that gauge and its own metrics (build
// info, Go runtime, process), nothing of the service (a trial's
// MemcachedDown scenario served every memcached family besides).
func (p *plan) exporterDown() {
	up := p.c.ExporterUp()
	if up == nil || p.sig[signal{up.Name, levelKind, normalPart}] != 0 {
		return
	}
	for _, m := range p.c.Metrics() {
		if m != up && !catalogue.IsExportersOwn(m.Name) {
			p.absent[m.Name] = true
		}
	}
}

// Drivable returns nil when the simulator can drive alert rule r (its
// scenario makes it fire), else why not.
func Drivable(c *catalogue.Catalogue, r *catalogue.Rule) error {
	if c.RunsGlobally(r) {
		return errGlobal
	}
	if r.SLO != nil {
		// A burn-rate alert reads its SLO's recorded ratios, which the
		// SLO's own signals drive (sloSignals), whatever its SLI.
		return nil
	}
	p := &plan{c: c, values: labelValues(c), shown: shownValues(c), sig: map[signal]float64{}, absent: map[string]bool{}}
	_, err := p.conditions(r)
	return err
}

// sibling is the other signal of a gauge that its readings follow: a
// level's slope, a slope's level; a signal of another kind is its own.
func (s signal) sibling() signal {
	switch s.kind {
	case levelKind:
		s.kind = slopeKind
	case slopeKind:
		s.kind = levelKind
	}
	return s
}

// choose picks the signal's value: the first candidate under which exactly
// the scenario's conditions hold, from when it began to the end of the
// span; failing that, one where the scenario's hold and other variants of
// its alerts may too (a critical threshold past a warning one on the same
// signal fires both), but no other alert; failing that, one where the
// scenario's hold; failing that, an error for a scenario and the current
// value for a healthy service. The conditions others drive that read s as
// well (a level's, when s is its slope) must keep their truth.
func (p *plan) choose(s signal, conds, others []condition) (float64, error) {
	if s.sibling() == s {
		others = nil
	}
	def := p.sig[s]
	m := p.c.Metric(s.metric)
	flag := m != nil && s.kind == levelKind && binary(m)
	var mine []condition
	for _, cd := range conds {
		if cd.mine {
			mine = append(mine, cd)
		}
	}
	// matters tells, by how strict the search is, whether a condition must
	// come out right: every one; all but sibling variants'; the scenario's.
	// A guard need not be false where its alert's first condition is
	// (condition.guard).
	matters := func(cd condition, strictness int) bool {
		if cd.guard && !cd.mine {
			return false
		}
		return cd.mine || strictness == 2 || strictness == 1 && !cd.kin
	}
	ceiling, capped := p.ceiling(s)
	ok := func(v float64, strictness int) bool {
		if v < 0 && s.kind != slopeKind && s.kind != offsetKind || capped && v > ceiling {
			return false
		}
		defer func() { p.at = 0 }()
		for _, at := range []float64{0, span} {
			p.at = at
			for _, cd := range conds {
				if cd.holdsWith(p, s, v) != cd.mine && matters(cd, strictness) {
					return false
				}
			}
			for _, cd := range others {
				// Another signal drives it: v must not undo what that
				// signal's choice made right.
				if matters(cd, strictness) && cd.holdsWith(p, s, def) == cd.mine && cd.holdsWith(p, s, v) != cd.mine {
					return false
				}
			}
		}
		return true
	}
	var candidates []float64
	switch {
	case flag:
		candidates = []float64{def, 1 - def}
	case len(mine) > 0:
		for _, cd := range mine {
			candidates = append(candidates, p.around(cd)...)
		}
		candidates = append(candidates, def)
	default:
		candidates = append(candidates, def)
	}
	// The first candidates (the current value, or the scenario's) usually
	// hold at the strictest: the rest need not be worked out then.
	for _, v := range wholes(s, p.c, candidates) {
		if ok(v, 2) {
			return v, nil
		}
	}
	if !flag {
		for _, cd := range conds {
			candidates = append(candidates, p.around(cd)...)
		}
		candidates = append(candidates, grid(s.kind)...)
		candidates = append(candidates, def, 0)
	}
	candidates = wholes(s, p.c, candidates)
	for _, strictness := range []int{2, 1} {
		for _, v := range candidates {
			if ok(v, strictness) {
				return v, nil
			}
		}
	}
	// Only the scenario's conditions can be kept: of the values that make
	// them hold, the one that makes the fewest others come out wrong (a
	// connection count between two alerts' thresholds fires one, not both).
	best, wrong := math.NaN(), math.MaxInt
	for _, v := range candidates {
		if !ok(v, 0) {
			continue
		}
		if n := p.wrongOthers(s, v, conds, others); n < wrong {
			best, wrong = v, n
		}
	}
	if wrong < math.MaxInt {
		return best, nil
	}
	if len(mine) > 0 {
		return 0, fmt.Errorf("cannot drive %s: found no value of %s that makes it fire%s", mine[0].name, mine[0].read.metric.Name, exclusiveHint(p, mine))
	}
	return def, nil
}

// wrongOthers counts the conditions, besides the scenario's, that signal s
// at v makes come out wrong: true for an alert the scenario does not drive.
func (p *plan) wrongOthers(s signal, v float64, conds, others []condition) int {
	def := p.sig[s]
	n := 0
	defer func() { p.at = 0 }()
	for _, at := range []float64{0, span} {
		p.at = at
		for _, cd := range conds {
			if !cd.mine && cd.holdsWith(p, s, v) {
				n++
			}
		}
		for _, cd := range others {
			if !cd.mine && !cd.holdsWith(p, s, def) && cd.holdsWith(p, s, v) {
				n++
			}
		}
	}
	return n
}

// exclusiveHint says, when the scenario drives variants of an alert that
// no one value fires together (warning from 3 to 20 days, critical below
// 3), that each can be driven alone, and how.
func exclusiveHint(p *plan, mine []condition) string {
	names := map[string]bool{}
	for _, cd := range mine {
		names[cd.name] = true
	}
	if len(names) < 2 {
		return ""
	}
	var alone []string
	for _, cd := range mine {
		if len(p.around(cd)) > 0 && !slices.Contains(alone, cd.name) {
			alone = append(alone, cd.name)
		}
	}
	if len(alone) < 2 {
		return ""
	}
	sort.Strings(alone)
	return fmt.Sprintf(": its variants exclude each other; drive one, --scenario '%s'", strings.Join(alone, "' or --scenario '"))
}

// wholes are the candidates of a signal that takes whole numbers
// rounded, floored and ceiled; the candidates as they are otherwise.
func wholes(s signal, c *catalogue.Catalogue, candidates []float64) []float64 {
	if !whole(s, c) {
		return candidates
	}
	w := make([]float64, 0, 3*len(candidates))
	for _, v := range candidates {
		w = append(w, math.Round(v), math.Floor(v), math.Ceil(v))
	}
	return w
}

// grid is a spread of values a signal of kind k may take, for finding
// where a condition turns.
func grid(k kind) []float64 {
	var out []float64
	for e := -4; e <= 10; e++ {
		for _, f := range []float64{1, 2, 5} {
			v := f * math.Pow(10, float64(e))
			out = append(out, v)
			if k == slopeKind || k == offsetKind {
				out = append(out, -v)
			}
		}
	}
	sort.Float64s(out)
	return append([]float64{0}, out...)
}

// around returns candidate signal values near where a condition turns,
// preferring values well past it in either direction: the grid is walked
// and each turn found by bisection.
func (p *plan) around(cd condition) []float64 {
	g := grid(cd.read.free.kind)
	sort.Float64s(g)
	var out []float64
	prev := cd.holds(p, g[0])
	for i := 1; i < len(g); i++ {
		now := cd.holds(p, g[i])
		if now != prev {
			lo, hi := g[i-1], g[i]
			for range 60 {
				mid := (lo + hi) / 2
				if cd.holds(p, mid) == prev {
					lo = mid
				} else {
					hi = mid
				}
			}
			if math.Abs(hi) < 1e-3 {
				// A turn at zero (increase(x[5m]) > 0): multiples of a
				// tiny value would not show in a scrape.
				out = append(out, hi+1, hi+10, lo-1)
			}
			for _, f := range []float64{2, 4, 10, 1.5, 1.1, 0.5, 0.25, 0.1, 0.9} {
				out = append(out, hi*f, lo*f)
			}
			out = append(out, hi+1, lo-1, hi, lo, g[i-1], g[i])
		}
		prev = now
	}
	return out
}

// whole reports whether signal s of a catalogue metric takes whole numbers:
// the level of a gauge that counts things (nodes, connections, bytes), or
// of a 0/1 gauge.
func whole(s signal, c *catalogue.Catalogue) bool {
	m := c.Metric(s.metric)
	if s.kind != levelKind || m == nil {
		return false
	}
	if binary(m) {
		return true
	}
	switch m.Unit {
	case "seconds", "ratio", "percent", "":
		return false
	}
	return true
}

// downHint says, for an alert the simulator cannot drive that reads up
// (the alertmanager-mixin's AlertmanagerClusterDown counts the targets
// whose up averages under 0.5), which scenarios take the target down and
// so may fire it: those of the service's alerts on up == 0.
func (p *plan) downHint(r *catalogue.Rule) string {
	parsed, err := promql.Parse(r.Expr.Text, false)
	if err != nil || !slices.Contains(promql.SelectorNames(parsed.Expr), "up") || p.c.Metric("up") != nil {
		return ""
	}
	var downs []string
	for _, a := range p.c.Alerts() {
		if a == r || p.c.RunsGlobally(a) || a.SLO != nil {
			continue
		}
		if cds, err := p.conditions(a); err == nil && len(cds) > 0 && cds[0].down && !slices.Contains(downs, a.Alert) {
			downs = append(downs, a.Alert)
		}
	}
	if len(downs) == 0 {
		return ""
	}
	return fmt.Sprintf("; it reads up, which --scenario %s (the target down) makes 0, and may fire it", strings.Join(downs, " or "))
}
