package chart

import (
	"math"
	"slices"
	"strconv"
	"time"

	"gonum.org/v1/plot"
)

// unitTicks labels value ticks in a Grafana unit.
type unitTicks struct{ unit string }

// Ticks implements plot.Ticker.
func (u unitTicks) Ticks(lo, hi float64) []plot.Tick {
	if lo == hi {
		lo, hi = lo-1, hi+1
		if lo < 0 && lo+1 >= 0 {
			lo = 0
		}
	}
	// Labelled ticks only: minor ones add a path each and nothing a
	// reader of a small panel needs.
	var out []plot.Tick
	for _, t := range (plot.DefaultTicks{}).Ticks(lo, hi) {
		if t.Label != "" {
			t.Label = Format(t.Value, u.unit)
			out = append(out, t)
		}
	}
	return out
}

// durationTicks labels time ticks, in seconds from the start, as
// durations at a round step: 0, 5m, 10m; 0, 6h, 12h.
type durationTicks struct{}

// steps are the tick steps, in seconds.
var steps = []float64{1, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172800, 604800}

// Ticks implements plot.Ticker.
func (durationTicks) Ticks(lo, hi float64) []plot.Tick {
	if !(hi > lo) {
		return []plot.Tick{{Value: lo, Label: duration(lo)}}
	}
	step := steps[len(steps)-1]
	for _, s := range steps {
		if (hi-lo)/s <= 6 {
			step = s
			break
		}
	}
	var out []plot.Tick
	for v := math.Ceil(lo/step) * step; v <= hi+1e-9; v += step {
		out = append(out, plot.Tick{Value: v, Label: duration(v)})
	}
	return out
}

// duration writes seconds as Prometheus writes durations: 90m is 1h30m.
func duration(s float64) string {
	if s == 0 {
		return "0"
	}
	d := time.Duration(math.Round(s)) * time.Second
	out := ""
	for _, u := range []struct {
		d    time.Duration
		unit string
	}{{24 * time.Hour, "d"}, {time.Hour, "h"}, {time.Minute, "m"}, {time.Second, "s"}} {
		if n := d / u.d; n > 0 {
			out += strconv.FormatInt(int64(n), 10) + u.unit
			d -= n * u.d
		}
	}
	return out
}

// memoTicks remembers the ticks a marker gave for the last range asked:
// gonum asks an axis's marker for the same range five times or more (to
// size, pad and draw the axis), and the grid asks once more. It is for
// one chart, drawn on one goroutine.
type memoTicks struct {
	plot.Ticker
	lo, hi float64
	ticks  []plot.Tick
	asked  bool
}

// Ticks implements plot.Ticker: a copy of the remembered ticks when the
// range is the last one's.
func (m *memoTicks) Ticks(lo, hi float64) []plot.Tick {
	if !m.asked || lo != m.lo || hi != m.hi {
		m.lo, m.hi, m.ticks, m.asked = lo, hi, m.Ticker.Ticks(lo, hi), true
	}
	return slices.Clone(m.ticks)
}
