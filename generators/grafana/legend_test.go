package grafana

import (
	"testing"

	"github.com/grafana/grafana-foundation-sdk/go/prometheus"
	"github.com/obsgen/obsgen/internal/catalogue"
)

func TestLegendsNameTheLabelsThatTellSeriesApart(t *testing.T) {
	c := sampleCatalogue(t)
	tests := []struct {
		name, panelType, expr, want string
	}{
		{"an aggregation's grouping labels", "timeseries", "sum by (queue, result) (rate(sample_jobs_total[5m]))", "{{queue}} {{result}}"},
		{"a bare metric's instance and catalogue labels", "timeseries", "sample_jobs_total", "{{instance}} {{queue}} {{result}}"},
		{"aggregating without a label drops it", "timeseries", "sum without (result) (sample_jobs_total)", "{{instance}} {{queue}}"},
		{"a quantile drops le", "timeseries", "histogram_quantile(0.9, sum by (le, queue) (rate(sample_job_duration_seconds_bucket[5m])))", "{{queue}}"},
		{"buckets on a heatmap are named by le", "heatmap", "sum by (le) (rate(sample_job_duration_seconds_bucket[5m]))", "{{le}}"},
		{"a summary's series carry quantile", "timeseries", "sample_payload_bytes", "{{instance}} {{quantile}}"},
		{"matching on labels keeps only those", "timeseries", "sum by (queue, result) (sample_jobs_total) / on (queue) group_left sum by (queue) (sample_queue_depth)", "{{queue}} {{result}}"},
		{"one-to-one matching on labels keeps them", "timeseries", "sum by (queue) (sample_jobs_total) / on (queue) sum by (queue) (sample_queue_depth)", "{{queue}}"},
		{"a vector compared with a number keeps the vector's labels", "timeseries", "max by (queue) (sample_queue_depth) > 10", "{{queue}}"},
		{"label_replace adds its target label", "timeseries", `label_replace(sum by (queue) (sample_queue_depth), "q", "$1", "queue", "(.*)")`, "{{queue}} {{q}}"},
		{"a single series is named after the panel", "stat", "sum(sample_queue_depth)", "Panel"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := catalogue.Panel{Title: "Panel", Type: tt.panelType, Queries: []catalogue.PanelQuery{{Expr: catalogue.NewExpr(tt.expr, catalogue.Pos{})}}}
			qs := parseQueries(p)
			if qs[0].expr == nil {
				t.Fatalf("%s does not parse", tt.expr)
			}
			if got := queryLegend(c, p, qs, 0, queryFormat(c, p.Type, qs[0])); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestQueriesOfOnePanelNamedAlikeSayWhatTheyRead: two gauges of a panel
// would both be named {{instance}}, one line indistinguishable from the
// other (a trial's head series and head chunks).
func TestQueriesOfOnePanelNamedAlikeSayWhatTheyRead(t *testing.T) {
	c := sampleCatalogue(t)
	for _, tc := range []struct {
		name  string
		exprs []string
		want  []string
	}{
		{"two gauges by instance", []string{"sample_disk_used_ratio", "time() - sample_last_backup_timestamp_seconds"},
			[]string{"sample_disk_used_ratio {{instance}}", "sample_last_backup_timestamp_seconds {{instance}}"}},
		{"two gauges with the same labels", []string{"max(sample_queue_depth)", "max(sample_disk_used_ratio)"},
			[]string{"sample_queue_depth", "sample_disk_used_ratio"}},
		{"series told apart by their labels keep them", []string{"sum by (queue) (sample_queue_depth)", "sum by (result) (rate(sample_jobs_total[5m]))"},
			[]string{"{{queue}}", "{{result}}"}},
		{"a query reading several metrics is named by its expression", []string{"sum(sample_queue_depth) / sum(sample_disk_used_ratio)", "sum(sample_queue_depth)"},
			[]string{"sum(sample_queue_depth) / sum(sample_disk_used_ratio)", "sample_queue_depth"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := catalogue.Panel{Title: "Panel", Type: "timeseries"}
			for _, e := range tc.exprs {
				p.Queries = append(p.Queries, catalogue.PanelQuery{Expr: catalogue.NewExpr(e, catalogue.Pos{})})
			}
			qs := parseQueries(p)
			for i, q := range qs {
				if got := queryLegend(c, p, qs, i, queryFormat(c, p.Type, q)); got != tc.want[i] {
					t.Errorf("query %d: got %q, want %q", i, got, tc.want[i])
				}
			}
		})
	}
}

func TestHeatmapsOfBucketsAskForTheHeatmapFormat(t *testing.T) {
	c := sampleCatalogue(t)
	p := catalogue.Panel{Type: "heatmap", Queries: []catalogue.PanelQuery{{Expr: catalogue.NewExpr("sum by (le) (increase(sample_job_duration_seconds_bucket[5m]))", catalogue.Pos{})}}}
	if got := queryFormat(c, p.Type, parseQueries(p)[0]); got != prometheus.PromQueryFormatHeatmap {
		t.Errorf("buckets on a heatmap: format %q", got)
	}
	p.Queries[0].Expr = catalogue.NewExpr("max by (queue) (sample_queue_depth)", catalogue.Pos{})
	if got := queryFormat(c, p.Type, parseQueries(p)[0]); got != prometheus.PromQueryFormatTimeSeries {
		t.Errorf("one row per queue on a heatmap: format %q", got)
	}
}

func TestRefIDsRunFromAToZThenAA(t *testing.T) {
	for i, want := range map[int]string{0: "A", 1: "B", 25: "Z", 26: "AA", 27: "AB", 51: "AZ", 52: "BA", 701: "ZZ", 702: "AAA"} {
		if got := refID(i); got != want {
			t.Errorf("refID(%d) = %q, want %q", i, got, want)
		}
	}
}
