package docs

import (
	"math"
	"strconv"
	"time"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/chart"
	"github.com/obsgen/obsgen/internal/ruletest"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/rules"
)

// alertPictures names the picture of every alert variant that has a test
// (on its page, Picture) and returns how to draw each: the test replayed
// by the rule engine (ruletest.Tracer).
func alertPictures(p *Page, ts *traces, dir string) []picture {
	var out []picture
	for _, ap := range p.AlertPages {
		for i, a := range ap.Variants {
			if !ts.tracer.Has(a.Rule) {
				continue
			}
			a.Picture = catalogue.AlertPage(ap.Name) + ".svg"
			if len(ap.Variants) > 1 {
				a.Picture = catalogue.AlertPage(ap.Name) + "-" + strconv.Itoa(i+1) + ".svg"
			}
			a.PictureTest = ts.tracer.TestName(a.Rule)
			ts.use(a.Rule)
			out = append(out, picture{path: dir + "/alerts/" + a.Picture, trace: a.Rule, draw: func() ([]byte, error) {
				tr, err := ts.get(a.Rule)
				if err != nil {
					// obsgen test reports the test's failure; the page
					// shows what went wrong in its place.
					return notDrawn(err), nil
				}
				return alertSVG(tr), nil
			}})
		}
	}
	return out
}

// alertSVG draws a trace: each compared signal against its constant,
// shaded where the alert was pending and firing, over the input series.
func alertSVG(tr *ruletest.Trace) []byte {
	end := 0.0
	if n := len(tr.Times); n > 0 {
		end = seconds(tr.Times[n-1])
	}
	for _, in := range tr.Inputs {
		if n := len(in.Points); n > 0 {
			end = math.Max(end, seconds(in.Points[n-1].T))
		}
	}
	signal := chart.Lines{
		Title:  "Test: " + tr.Test,
		XLabel: "time since the test started (rules evaluated every " + durationText(tr.Interval) + ")",
		Legend: true,
		XMax:   end,
	}
	drawn := map[string]bool{}
	for _, s := range tr.Signals {
		// Windows of a burn-rate alert share their constants: each is
		// drawn once.
		if label := s.Op + " " + formatNumber(tidyNumber(s.Threshold)); s.Op != "" && !drawn[label] {
			drawn[label] = true
			signal.Thresholds = append(signal.Thresholds, chart.Threshold{Value: s.Threshold, Label: label, Color: -1})
		}
		for _, l := range s.Lines {
			name := s.Expr
			if len(s.Lines) > 1 {
				name += " " + seriesName(l.Labels)
			}
			signal.Series = append(signal.Series, chartSeries(name, l.Points))
		}
	}
	signal.Spans = spans(tr)
	if n := len(signal.Spans); n > 0 {
		// The last evaluation's state holds until the next one.
		signal.XMax = math.Max(signal.XMax, signal.Spans[n-1].To)
	}
	inputs := chart.Lines{Title: "Input series", Legend: true, XMax: signal.XMax}
	sets := make([]labels.Labels, len(tr.Inputs))
	for i, in := range tr.Inputs {
		sets[i] = in.Labels
	}
	for i, name := range distinctNames(sets) {
		inputs.Series = append(inputs.Series, chartSeries(name, tr.Inputs[i].Points))
	}
	return chart.AlertSVG(signal, inputs)
}

// spans are the runs of evaluations in which the alert was pending or
// firing, each lasting until the next evaluation.
func spans(tr *ruletest.Trace) []chart.Span {
	var out []chart.Span
	for i, st := range tr.States {
		if st == rules.StateInactive {
			continue
		}
		from := seconds(tr.Times[i])
		to := from + seconds(tr.Interval)
		if i+1 < len(tr.Times) {
			to = seconds(tr.Times[i+1])
		}
		firing := st == rules.StateFiring
		if n := len(out); n > 0 && out[n-1].Firing == firing && out[n-1].To == from {
			out[n-1].To = to
			continue
		}
		out = append(out, chart.Span{From: from, To: to, Firing: firing})
	}
	return out
}

// chartSeries turns traced points into a chart series.
func chartSeries(name string, pts []ruletest.Point) chart.Series {
	s := chart.Series{Name: name, X: make([]float64, len(pts)), Y: make([]float64, len(pts))}
	for i, pt := range pts {
		s.X[i], s.Y[i] = seconds(pt.T), pt.V
	}
	return s
}

func seconds(d time.Duration) float64 { return d.Seconds() }

// durationText writes a duration as Prometheus does: 1m, 1h, 1h30m.
func durationText(d time.Duration) string {
	return model.Duration(d).String()
}

// seriesName writes a series as PromQL selects it: name{label="value"}.
// distinctNames names each series by its metric name and the labels that
// tell it from the others, leaving out those all of them carry with one
// value (job, instance, grpc_service of etcd's latency buckets), which the
// legend would cut off before the le that matters.
func distinctNames(sets []labels.Labels) []string {
	common := map[string]string{}
	if len(sets) > 1 {
		sets[0].Range(func(l labels.Label) { common[l.Name] = l.Value })
		for _, ls := range sets[1:] {
			for name, value := range common {
				if ls.Get(name) != value || !ls.Has(name) {
					delete(common, name)
				}
			}
		}
	}
	out := make([]string, len(sets))
	for i, ls := range sets {
		b := labels.NewBuilder(ls)
		for name := range common {
			if name != model.MetricNameLabel {
				b.Del(name)
			}
		}
		out[i] = seriesName(b.Labels())
	}
	return out
}

func seriesName(ls labels.Labels) string {
	name := ls.Get(model.MetricNameLabel)
	rest := labels.NewBuilder(ls).Del(model.MetricNameLabel).Labels()
	if rest.IsEmpty() {
		return name
	}
	return name + rest.String()
}

// tidyNumber rounds away the binary noise of a product such as 14.4 ×
// 0.001 (0.014400000000000001) before it is shown.
func tidyNumber(v float64) float64 {
	r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 12, 64), 64)
	if err != nil {
		return v
	}
	return r
}

// notDrawn is the picture of a test that could not be replayed: a card
// saying why.
func notDrawn(err error) []byte {
	return chart.SVG(640, 120, chart.Note{Title: "The test could not be replayed", Text: err.Error()})
}
