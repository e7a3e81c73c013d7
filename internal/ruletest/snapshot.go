package ruletest

import (
	"context"
	"fmt"
	"time"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
	promqlengine "github.com/prometheus/prometheus/promql"
)

// Holding is an alert whose condition holds on one scrape: its rule, the
// first series of its result and how many series the result has.
type Holding struct {
	Rule   *catalogue.Rule
	Series labels.Labels
	Value  float64
	Count  int
}

// snapshotEngine evaluates the rules over one scrape of a whole exporter:
// without promtool's 10,000-sample bound, which a node_exporter's
// exposition passes, but with Prometheus's own default.
// A subquery without a step steps by Prometheus's default evaluation
// interval, 1m (without the function the engine panics on x[10m:]).
var snapshotEngine = promqlengine.NewEngine(promqlengine.EngineOpts{
	MaxSamples:               50_000_000,
	Timeout:                  time.Minute,
	NoStepSubqueryIntervalFn: func(int64) int64 { return time.Minute.Milliseconds() },
})

// HoldingOn evaluates c's rules over one scrape, series stored at at: the
// recording rules first, in the order of their groups, then every alert,
// as instant queries. It returns the alerts with a result, in spec order:
// their condition holds now, and their for: would fire them. Rates and
// increases read nothing from one scrape; alerts on levels (a gauge
// compared with a threshold, a flag == 0) are what this sees. skip leaves
// out alerts the caller cannot judge from this scrape (those reading
// series it does not hold, through absent() or or vector(0)).
func HoldingOn(c *catalogue.Catalogue, series []labels.Labels, values []float64, at time.Time, skip func(*catalogue.Rule, *promql.Parsed) bool) ([]Holding, error) {
	if len(series) != len(values) {
		return nil, fmt.Errorf("%d series, %d values", len(series), len(values))
	}
	store := newMemStore()
	store.unbounded = true
	ctx := context.Background()
	ts := at.UnixMilli()
	app := store.Appender(ctx)
	for i, ls := range series {
		if _, err := app.Append(0, ls, ts, values[i]); err != nil {
			return nil, err
		}
	}
	if err := app.Commit(); err != nil {
		return nil, err
	}
	query := func(expr string) (promqlengine.Vector, error) {
		q, err := snapshotEngine.NewInstantQuery(ctx, store, nil, expr, at)
		if err != nil {
			return nil, err
		}
		defer q.Close()
		res := q.Exec(ctx)
		if res.Err != nil {
			return nil, res.Err
		}
		switch v := res.Value.(type) {
		case promqlengine.Vector:
			return v, nil
		case promqlengine.Scalar:
			return promqlengine.Vector{{F: v.V, Metric: labels.EmptyLabels()}}, nil
		}
		return nil, nil
	}
	for _, r := range c.Records() {
		vec, err := query(r.Expr.Text)
		if err != nil {
			continue // a rule this scrape cannot evaluate records nothing
		}
		app := store.Appender(ctx)
		for _, s := range vec {
			b := labels.NewBuilder(s.Metric)
			b.Set(model.MetricNameLabel, r.Record)
			for k, v := range r.Labels {
				b.Set(k, v)
			}
			if _, err := app.Append(0, b.Labels(), ts, s.F); err != nil {
				return nil, err
			}
		}
		if err := app.Commit(); err != nil {
			return nil, err
		}
	}
	var out []Holding
	for _, r := range c.Alerts() {
		parsed, perr := promql.Parse(r.Expr.Text, false)
		if perr != nil || skip != nil && skip(r, parsed) {
			continue
		}
		vec, err := query(r.Expr.Text)
		if err != nil || len(vec) == 0 {
			continue
		}
		out = append(out, Holding{Rule: r, Series: vec[0].Metric, Value: vec[0].F, Count: len(vec)})
	}
	return out, nil
}
