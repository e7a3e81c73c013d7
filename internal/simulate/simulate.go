// Package simulate is a synthetic exporter: from a catalogue it builds an
// exposition of every metric the service declares, with plausible values and
// the label values the catalogue enumerates, in the Prometheus text format
// 0.0.4. A scenario names an alert; the simulator then drives the series so
// that the alert's condition holds, and keeps every other alert's condition
// false where it can. When several rules share the alert name (warning and
// critical variants) the scenario drives them all, or, written as a
// selector such as DiskFull{severity="warning"}, the variants it matches;
// a critical threshold past a warning one on the same signal fires both.
//
// Every family is served under the name and type the catalogue records:
// a counter without _total under its exact name, an untyped family as
// untyped (steady, or growing when a rule rates it). The text format cannot
// carry a native histogram's buckets, so a native histogram is served as a
// histogram family with its _sum, its _count and the +Inf bucket alone
// (with all its classic buckets when classic: true). The scenario analysis
// still reads histogram_quantile(φ, rate(x[5m])) of a native histogram and
// sets its observations; but a Prometheus scraping the simulator stores
// the classic series only, so such an alert does not fire there.
//
// Values follow a process that started at Start: counters grow at a steady
// rate, gauges stay level (or grow at a steady slope when a scenario asks
// for it), histograms and summaries observe a fixed distribution. Given the
// same Time, the exposition is the same byte for byte. A healthy service
// looks healthy: series whose label values name a failure (status="error",
// code="503", state="failed") get one event in a thousand and a level of
// zero, and gauges that are 0 or 1 (x_up, "1 if ...", "whether or not ...",
// a state set, an _info) serve 1, or 0 for a flag of trouble; a limit
// (max_connections, maxclients) is well above what is in use, and a Unix
// timestamp follows the clock (clockValue).
//
// A scenario is derived from the alert's expression (analyse.go): a
// comparison with a number of a gauge, of rate, irate, increase, delta or
// deriv over a range, of histogram_quantile over bucket rates, of a mean
// (rate of _sum over rate of _count), of a summary quantile or of a
// recorded series, under sum, avg, max, min or count, ratios and
// differences of these (an error share), arithmetic with numbers,
// comparisons joined by and, or and unless, and absent(x), which the
// scenario fulfils by leaving x out; time() - x and x - time() of a Unix
// time, which it moves from now; round, ceil and floor of any of these. Each metric has one value per kind (a
// rate, a level, a slope, a typical observation) for its ordinary series
// and one for its troubled ones, so two alerts on the same signal can only
// be told apart by their thresholds. Alerts on up == 0 cannot be shown by
// an exposition: Handler answers 503 instead (ErrDown). Drivable says why
// an alert cannot be driven (predict_linear, which reads a level and a
// slope at once, or *_over_time functions).
package simulate

import (
	"bytes"
	"errors"
	"fmt"
	"time"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/prometheus/common/expfmt"
)

// ContentType is the media type of the exposition, as Prometheus expects it.
const ContentType = string(expfmt.FmtText)

// Start is when the simulated process started: counters count from zero
// there. It is fixed so that expositions are deterministic for a given time.
var Start = time.Date(2025, time.January, 1, 0, 0, 0, 0, time.UTC)

// Options choose what the simulator shows.
type Options struct {
	// Scenario names the alert whose condition the series must satisfy:
	// an alert name (every rule of that name) or a selector of its
	// variants, NAME{severity="critical"}; "" for a healthy service where
	// no alert fires.
	Scenario string
	// Also names further alerts (or selectors of variants) whose
	// conditions hold at the same time: a cascade, such as a node down and
	// the sync lag that follows on its peers.
	Also []string
	// Time is the moment the exposition describes; zero means the time of
	// the call (of each request, for Handler). Tests fix it.
	Time time.Time
	// Since is when the scenario began: a gauge it makes rise or fall
	// (deriv, delta, predict_linear) has its chosen level then and moves
	// from there, and counters, histograms and summaries, which count
	// from Start at the healthy service's rates, count on at the
	// scenario's. Zero means the moment of the exposition for Exposition
	// (its totals then grown at the scenario's rates since Start), and for
	// Handler the time it was made (or Time, when that is fixed).
	Since time.Time
}

// ErrDown is returned (wrapped) for a scenario whose alert fires when the
// service cannot be scraped, such as `up == 0`: no exposition can make it
// hold. Handler simulates it by answering 503 on the metrics path.
var ErrDown = errors.New("the alert fires when the target cannot be scraped, which no exposition can show")

// Exposition returns the text exposition of every catalogue metric at
// opts.Time, families sorted by name and series by labels.
func Exposition(c *catalogue.Catalogue, opts Options) ([]byte, error) {
	p, err := newPlan(c, opts.scenarios())
	if err != nil {
		return nil, err
	}
	if p.down {
		return nil, fmt.Errorf("scenario %s: %w", opts.Scenario, ErrDown)
	}
	t := when(opts)
	p.since = opts.Since
	if p.since.IsZero() {
		// One exposition of the scenario alone: grown at its rates
		// since Start.
		p.since, p.base = t, nil
	}
	return p.exposition(t)
}

// scenarios are the selectors of every alert the options drive.
func (o Options) scenarios() []string {
	var out []string
	for _, s := range append([]string{o.Scenario}, o.Also...) {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// when is the moment an exposition describes.
func when(opts Options) time.Time {
	if opts.Time.IsZero() {
		return time.Now()
	}
	return opts.Time
}

// exposition renders the plan's families at t.
func (p *plan) exposition(t time.Time) ([]byte, error) {
	var b bytes.Buffer
	for _, mf := range p.families(t) {
		if _, err := expfmt.MetricFamilyToText(&b, mf); err != nil {
			return nil, fmt.Errorf("metric %s: %w", mf.GetName(), err)
		}
	}
	return b.Bytes(), nil
}
