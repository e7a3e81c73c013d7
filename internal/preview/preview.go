// Package preview evaluates a service's dashboard queries without a
// Prometheus server or a Grafana: Prometheus's PromQL engine runs each query
// over the history a Prometheus scraping `obsgen simulate` in healthy mode
// would hold (simulate.History), with every dashboard variable at All
// (promql.AllValues). Series that recording rules write (an SLO's ratios,
// say) are recorded first, by evaluating those rules over the same
// history. The docs draw the results as dashboard previews.
package preview

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sync"
	"time"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/obsgen/obsgen/internal/simulate"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
	promqlengine "github.com/prometheus/prometheus/promql"
	"github.com/prometheus/prometheus/promql/parser"
)

// What a preview shows: an hour, a point every five minutes (healthy
// series are steady: more points draw the same lines at more cost), from
// a history that starts ten minutes earlier (for rate windows) and holds
// a sample every two minutes (the simulator's counters grow steadily, so a
// rate reads the same from two samples as from ten), an hour into the
// simulated process's life.
const (
	Span     = time.Hour
	Step     = 5 * time.Minute
	scrape   = 2 * time.Minute
	lead     = 10 * time.Minute
	lifetime = time.Hour
)

// End is when a preview's last step is read: what a panel showing a time
// from now (Grafana's dateTimeFromNow) counts from.
var End = simulate.Start.Add(lifetime + lead + Span)

// Series is one result series: its labels and a value per step (NaN
// where it has none). Queries of one shape share the values: they are
// not to be changed.
type Series struct {
	Labels labels.Labels
	Values []float64
}

// Evaluator runs queries over one catalogue's healthy history. It is safe
// for concurrent use.
type Evaluator struct {
	c          *catalogue.Catalogue
	history    *simulate.History
	engine     *promqlengine.Engine
	from       time.Time // the history's first sample
	start, end time.Time // the span shown

	mu       sync.Mutex
	recorded map[*catalogue.Rule]*sync.Once
	// writers indexes the recording rules, once asked.
	writers func() *writers
	errs    map[*catalogue.Rule]error
	// byText holds what the recording rules of an expression over
	// catalogue series alone evaluate to, for the others of that
	// expression (the rules of SLOs on the same metric).
	byText map[string][]Series
	// shapes holds what panel queries evaluated to, by shape.
	shapes *Shapes
	// rankedCount numbers the operands of topk and bottomk stored
	// (ordered).
	rankedCount int
}

// New prepares the healthy history of c. Series carry the target labels
// of the catalogue's first scrape job: job, and the instance of its first
// static or probed target (localhost:9090 for one found by discovery).
// Its panel queries of one shape are evaluated once.
func New(c *catalogue.Catalogue) (*Evaluator, error) { return NewSharing(c, NewShapes()) }

// NewSharing is New with the queries of one shape evaluated once across
// every Evaluator that shares shapes; with nil shapes, each query is
// evaluated.
func NewSharing(c *catalogue.Catalogue, shapes *Shapes) (*Evaluator, error) {
	from := simulate.Start.Add(lifetime)
	start := from.Add(lead)
	end := start.Add(Span)
	target := labels.FromStrings("instance", "localhost:9090")
	if jobs := c.JobNames(); len(jobs) > 0 {
		instance := c.InstanceOf(jobs[0])
		if instance == "" {
			instance = "localhost:9090" // found by discovery
		}
		target = labels.FromStrings("instance", instance, "job", jobs[0])
	}
	h, err := simulate.NewHistory(c, target, from, end, scrape)
	if err != nil {
		return nil, err
	}
	return &Evaluator{
		c:       c,
		history: h,
		engine:  sharedEngine(),
		from:    from, start: start, end: end,
		recorded: map[*catalogue.Rule]*sync.Once{},
		writers:  sync.OnceValue(func() *writers { return newWriters(c) }),
		errs:     map[*catalogue.Rule]error{},
		byText:   map[string][]Series{},
		shapes:   shapes,
	}, nil
}

// sharedEngine is the one PromQL engine of every Evaluator: an engine
// keeps no state between queries, and making one registers its metrics
// (summaries with quantile streams, 300 KB), which for an organisation
// of 200 services was 60 MB allocated for nothing.
var sharedEngine = sync.OnceValue(func() *promqlengine.Engine {
	return promqlengine.NewEngine(promqlengine.EngineOpts{
		MaxSamples:           50_000_000,
		Timeout:              time.Minute,
		EnableAtModifier:     true,
		EnableNegativeOffset: true,
		// A subquery without a step (x[5m:]) steps by the evaluation
		// interval, Prometheus's default 1m; without this the engine
		// dereferences a nil function (varnish-mixin's dashboard).
		NoStepSubqueryIntervalFn: noStepSubqueryInterval,
	})
})

// noStepSubqueryInterval is the step of a subquery written without one,
// in milliseconds: Prometheus's default evaluation interval.
func noStepSubqueryInterval(int64) int64 { return time.Minute.Milliseconds() }

// Steps are the times of a query's values, from the start of the span.
func Steps() []time.Duration {
	var out []time.Duration
	for d := time.Duration(0); d <= Span; d += Step {
		out = append(out, d)
	}
	return out
}

// Query evaluates a panel query over the span, every variable at All.
func (e *Evaluator) Query(expr string) ([]Series, error) {
	tree, err := promql.AllValuesExpr(expr)
	if err != nil {
		return nil, err
	}
	if tree, err = widened(tree); err != nil {
		return nil, err
	}
	if err := e.recordFor(tree, 0); err != nil {
		return nil, err
	}
	run := func() ([]Series, error) {
		ordered, err := e.ordered(tree)
		if err != nil {
			return nil, err
		}
		got, err := e.rangeQuery(ordered.String(), e.start, e.end, Step)
		return unranked(got), err
	}
	if e.shapes == nil {
		return run()
	}
	if s, ok := e.shapeOf(tree); ok {
		return e.shapes.query(s, run)
	}
	return run()
}

// Families are the catalogue metric families a panel query selects
// directly, by name and each once. Variables never name a series, so the
// cached parse of the query serves (AllValuesExpr would parse a query with
// a variable in a matcher again).
func Families(c *catalogue.Catalogue, expr string) ([]string, error) {
	p, err := promql.Parse(expr, true)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, name := range promql.SelectorNames(p.Expr) {
		if m, _ := c.Series(name); m != nil {
			out = append(out, m.Name)
		}
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// Forget drops the history of the named metric families, which no query
// left to run reads (simulate.History.Forget): a query that does select
// one again has it worked out again.
func (e *Evaluator) Forget(families ...string) { e.history.Forget(families...) }

// rangeQuery runs a range query and aligns its series on the steps.
func (e *Evaluator) rangeQuery(text string, start, end time.Time, step time.Duration) ([]Series, error) {
	ctx := context.Background()
	q, err := e.engine.NewRangeQuery(ctx, e.history, nil, text, start, end, step)
	if err != nil {
		return nil, err
	}
	defer q.Close()
	res := q.Exec(ctx)
	if res.Err != nil {
		return nil, res.Err
	}
	n := int(end.Sub(start)/step) + 1
	at := func(t int64) int { return int(time.UnixMilli(t).Sub(start) / step) }
	var out []Series
	switch v := res.Value.(type) {
	case promqlengine.Matrix:
		for _, s := range v {
			vals := nans(n)
			for _, p := range s.Floats {
				if i := at(p.T); i >= 0 && i < n {
					vals[i] = p.F
				}
			}
			out = append(out, Series{Labels: s.Metric, Values: vals})
		}
	default:
		return nil, fmt.Errorf("a range query returned a %s", res.Value.Type())
	}
	return out, nil
}

func nans(n int) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = math.NaN()
	}
	return out
}

// recordFor records every series an expression reads that recording rules
// write, and what those rules read in turn (depth bounds a loop).
func (e *Evaluator) recordFor(expr parser.Expr, depth int) error {
	if depth > 16 {
		return fmt.Errorf("recording rules nest more than 16 deep")
	}
	// The rules that may write what a selector selects, in spec order and
	// each once.
	var rules []*catalogue.Rule
	for _, vs := range promql.Selectors(expr) {
		rules = append(rules, e.writers().of(promql.SelectorName(vs), vs.LabelMatchers)...)
	}
	if len(rules) == 0 {
		return nil
	}
	slices.SortFunc(rules, func(a, b *catalogue.Rule) int { return e.c.RecordIndex(a) - e.c.RecordIndex(b) })
	for _, r := range slices.Compact(rules) {
		if err := e.record(r, depth); err != nil {
			return err
		}
	}
	return nil
}

// record evaluates a recording rule over the whole history, once, and
// adds what it writes to the history.
func (e *Evaluator) record(r *catalogue.Rule, depth int) error {
	e.mu.Lock()
	once := e.recorded[r]
	if once == nil {
		once = &sync.Once{}
		e.recorded[r] = once
	}
	e.mu.Unlock()
	once.Do(func() {
		// The cached parse: recordFor only reads the tree.
		var err error
		if p, perr := promql.Parse(r.Expr.Text, false); perr != nil {
			err = perr
		} else {
			err = e.recordFor(p.Expr, depth+1)
		}
		if err == nil {
			err = e.write(r)
		}
		e.mu.Lock()
		e.errs[r] = err
		e.mu.Unlock()
	})
	e.mu.Lock()
	defer e.mu.Unlock()
	if err := e.errs[r]; err != nil {
		return fmt.Errorf("recording rule %s: %w", r.Record, err)
	}
	return nil
}

// write evaluates r at every sample of the history and stores the result
// under its name and labels.
func (e *Evaluator) write(r *catalogue.Rule) error {
	e.mu.Lock()
	got, shared := e.byText[r.Expr.Text]
	e.mu.Unlock()
	if !shared {
		text := r.Expr.Text
		if p, err := promql.Parse(text, false); err == nil {
			// rate(x[1m]) in a recording rule reads two samples too.
			if w, err := widened(p.Expr); err == nil {
				text = w.String()
			}
		}
		var err error
		if got, err = e.rangeQuery(text, e.from, e.end, scrape); err != nil {
			return err
		}
		if e.readsNoRecords(r) {
			e.mu.Lock()
			e.byText[r.Expr.Text] = got
			e.mu.Unlock()
		}
	}
	e.store(got, e.from, e.end, scrape, func(b *labels.Builder) {
		b.Set(model.MetricNameLabel, r.Record)
		for k, v := range r.Labels {
			b.Set(k, v)
		}
	})
	return nil
}

// store adds the series of a range query from..to by step to the
// history, each with its labels as label sets them.
func (e *Evaluator) store(series []Series, from, to time.Time, step time.Duration, label func(*labels.Builder)) {
	var times []int64
	for t := from; !t.After(to); t = t.Add(step) {
		times = append(times, t.UnixMilli())
	}
	for _, s := range series {
		b := labels.NewBuilder(s.Labels)
		label(b)
		e.history.Add(simulate.NewSeries(b.Labels(), times, s.Values))
	}
}

// readsNoRecords reports whether r's expression selects only series no
// recording rule writes: what it evaluates to is the same whenever it is
// evaluated, however many rules were recorded before.
func (e *Evaluator) readsNoRecords(r *catalogue.Rule) bool {
	p, err := promql.Parse(r.Expr.Text, false)
	if err != nil {
		return false
	}
	for _, name := range promql.SelectorNames(p.Expr) {
		if name == "" || len(e.c.RecordsNamed(name)) > 0 {
			return false
		}
	}
	return true
}

// minWindow is the shortest range a preview evaluates: two of its scrapes,
// which a rate needs.
const minWindow = 2 * scrape

// widened returns expr with every range shorter than minWindow made
// minWindow: rate(x[60s]), as RabbitMQ's dashboards write it for a
// 15-second scrape, reads no two of the preview's samples and drew nothing;
// the simulator's healthy series are steady, so the wider window shows
// what Grafana's narrower one would. A tree with no such range is returned
// as it is (it may be the parse cache's, which must not change).
func widened(expr parser.Expr) (parser.Expr, error) {
	short := func(n parser.Node) bool {
		ms, ok := n.(*parser.MatrixSelector)
		return ok && ms.Range < minWindow
	}
	if !slices.ContainsFunc(promql.Nodes[*parser.MatrixSelector](expr), func(ms *parser.MatrixSelector) bool { return short(ms) }) {
		return expr, nil
	}
	copied, err := promql.Parser.ParseExpr(expr.String())
	if err != nil {
		return nil, err
	}
	for _, ms := range promql.Nodes[*parser.MatrixSelector](copied) {
		if short(ms) {
			ms.Range = minWindow
		}
	}
	return copied, nil
}
