package docs

import (
	"strconv"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/chart"
	"github.com/obsgen/obsgen/internal/ruletest"
)

// sloPictures names the burn-rate picture of every SLO whose page alert
// has a test (on the page's SLO sections, Picture) and returns how to
// draw each.
func sloPictures(c *catalogue.Catalogue, p *Page, ts *traces, dir string) []picture {
	var out []picture
	for i := range c.SLOs {
		s := &c.SLOs[i]
		page := pageAlert(c, s)
		if page == nil || !ts.tracer.Has(page) {
			continue
		}
		sec := &p.SLOs[i]
		sec.Picture = "slos/" + s.Name + ".svg"
		sec.PictureAlert = page.Alert
		sec.PictureTest = ts.tracer.TestName(page)
		windows := catalogue.SLIWindows()
		budget := strconv.FormatFloat(s.Budget(), 'g', -1, 64)
		var exprs []string
		for _, w := range windows {
			exprs = append(exprs, catalogue.SLIErrorRecord(w)+s.Filter(c)+" / "+budget)
		}
		ts.use(page, exprs...)
		out = append(out, picture{path: dir + "/" + sec.Picture, trace: page, draw: func() ([]byte, error) {
			tr, err := ts.get(page)
			if err != nil {
				return notDrawn(err), nil
			}
			return burnSVG(tr, s, windows), nil
		}})
	}
	return out
}

// pageAlert is the rule of an SLO's page alert, nil when it has none.
func pageAlert(c *catalogue.Catalogue, s *catalogue.SLO) *catalogue.Rule {
	for _, r := range c.Alerts() {
		if r.SLO == s && r.Labels[catalogue.SLOSeverityLabel] == "page" {
			return r
		}
	}
	return nil
}

// burnSVG draws an SLO's burn rate in every window over its page alert's
// test, against the burn rates its page and ticket alerts fire at,
// shaded where the page alert was pending and firing.
func burnSVG(tr *ruletest.Trace, s *catalogue.SLO, windows []catalogue.Duration) []byte {
	end := 0.0
	if n := len(tr.Times); n > 0 {
		end = seconds(tr.Times[n-1])
	}
	ln := chart.Lines{
		Title:  "Burn rate by window: " + tr.Test,
		Unit:   "×",
		XLabel: "time since the test started (rules evaluated every " + durationText(tr.Interval) + ")",
		Legend: true,
		XMax:   end,
		Spans:  spans(tr),
	}
	for _, pol := range catalogue.SLOPolicies {
		for _, bw := range pol.Windows {
			f := bw.Factor(s.Period())
			ln.Thresholds = append(ln.Thresholds, chart.Threshold{
				Value: f, Color: -1,
				Label: pol.Severity + " " + formatNumber(tidyNumber(f)) + "× (" + bw.Long.String() + ", " + bw.Short.String() + ")",
			})
		}
	}
	for i, sig := range tr.Extra {
		for _, l := range sig.Lines {
			ln.Series = append(ln.Series, chartSeries(windows[i].String(), l.Points))
		}
	}
	if n := len(ln.Spans); n > 0 {
		ln.XMax = max(ln.XMax, ln.Spans[n-1].To)
	}
	// A test burns its budget at the end of a long quiet stretch: show
	// the burn, and as long again before it.
	if onset, ok := firstBurn(ln.Series); ok {
		ln.XMin = max(0, onset-(ln.XMax-onset))
	}
	return chart.SVG(640, 320, ln)
}

// firstBurn is the time of the last evaluation before any window burns
// budget.
func firstBurn(ss []chart.Series) (float64, bool) {
	first, ok := 0.0, false
	for _, s := range ss {
		for i, y := range s.Y {
			if y > 0 && (!ok || s.X[max(0, i-1)] < first) {
				first, ok = s.X[max(0, i-1)], true
				break
			}
		}
	}
	return first, ok
}
