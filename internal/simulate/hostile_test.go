package simulate

import (
	"fmt"
	"math"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/obsgen/obsgen/internal/catalogue"
)

// hostile builds a catalogue validation would reject, to prove the
// simulator neither panics nor explodes on it.
func hostile() *catalogue.Catalogue {
	var labels []catalogue.Label
	var many []string
	for i := 0; i < 8; i++ {
		l := catalogue.Label{Name: fmt.Sprintf("l%d", i)}
		for j := 0; j < 10; j++ {
			l.Values = append(l.Values, catalogue.LabelValue{Value: fmt.Sprint(j)})
		}
		labels = append(labels, l)
		many = append(many, l.Name)
	}
	return &catalogue.Catalogue{
		Service: catalogue.Service{Name: "bad\nname"},
		Labels:  labels,
		MetricGroups: []catalogue.MetricGroup{{Metrics: []catalogue.Metric{
			{Name: "wide", Type: catalogue.Counter, Labels: many},
			{Name: "odd_buckets", Type: catalogue.Histogram, Buckets: []float64{math.NaN(), 5, -1, math.Inf(1), 1}, Labels: []string{"undeclared"}},
			{Name: "no_quantiles", Type: catalogue.Summary},
			{Name: "strange", Type: "bogus"},
			{Name: "wide", Type: catalogue.Gauge},
		}}},
		RecordGroups: []catalogue.RuleGroup{{Rules: []catalogue.Rule{
			{Record: "loop", Expr: catalogue.NewExpr("loop > 1", catalogue.Pos{})},
		}}},
		AlertGroups: []catalogue.RuleGroup{{Rules: []catalogue.Rule{
			{Alert: "Unparsable", Expr: catalogue.NewExpr("rate(wide[5m] >", catalogue.Pos{})},
			{Alert: "Loop", Expr: catalogue.NewExpr("loop > 1", catalogue.Pos{})},
			{Alert: "Absent", Expr: catalogue.NewExpr("absent(wide)", catalogue.Pos{})},
			{Alert: "Ratio", Expr: catalogue.NewExpr("rate(wide[5m]) / rate(wide[5m]) > 1", catalogue.Pos{})},
			{Alert: "Quantile", Expr: catalogue.NewExpr("histogram_quantile(-1, rate(odd_buckets_bucket[5m])) > 1", catalogue.Pos{})},
			{Alert: "NoSeries", Expr: catalogue.NewExpr(`rate(wide{l0="nope"}[5m]) > 1`, catalogue.Pos{})},
			{Alert: "UpWrong", Expr: catalogue.NewExpr("up > 5", catalogue.Pos{})},
			{Alert: "Impossible", Expr: catalogue.NewExpr("rate(wide[5m]) < -1", catalogue.Pos{})},
		}}},
	}
}

func TestAHostileCatalogueNeverPanicsOrExplodes(t *testing.T) {
	c := hostile()
	for _, scenario := range []string{"", "Unparsable", "Loop", "Absent", "Ratio", "Quantile", "NoSeries", "UpWrong", "Impossible", "Missing"} {
		t.Run("scenario "+scenario, func(t *testing.T) {
			start := time.Now()
			body, err := Exposition(c, Options{Time: fixed, Scenario: scenario})
			// A healthy service and absent(wide) (wide left out) are
			// simulated; no other scenario can be.
			drivable := scenario == "" || scenario == "Absent"
			if !drivable && err == nil {
				t.Errorf("scenario %s cannot be driven, yet no error", scenario)
			}
			if drivable && err != nil {
				t.Errorf("scenario %q: %v", scenario, err)
			}
			if len(body) > 2<<20 || time.Since(start) > 5*time.Second {
				t.Errorf("exposition of %d bytes took %s", len(body), time.Since(start))
			}
			rec := httptest.NewRecorder()
			Handler(c, Options{Time: fixed, Scenario: scenario}).ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
			if rec.Code != 200 && rec.Code != 500 {
				t.Errorf("status %d", rec.Code)
			}
		})
	}
	body, err := Exposition(c, Options{Time: fixed})
	if err != nil {
		t.Fatal(err)
	}
	fams := parse(t, body)
	if n := len(fams["wide"].Metric); n > maxSeries {
		t.Errorf("a metric with eight ten-valued labels has %d series, more than %d", n, maxSeries)
	}
}
