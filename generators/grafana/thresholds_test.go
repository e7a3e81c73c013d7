package grafana

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/obsgen/obsgen/internal/testtool"
	"github.com/prometheus/prometheus/promql/parser"
)

// formatSteps writes steps as "red, 3: green".
func formatSteps(steps []step, values []valueColor) string {
	var parts []string
	for _, s := range steps {
		if s.value == nil {
			parts = append(parts, s.color)
			continue
		}
		parts = append(parts, strconv.FormatFloat(*s.value, 'g', -1, 64)+": "+s.color)
	}
	out := strings.Join(parts, ", ")
	for _, v := range values {
		out += "; " + strconv.FormatFloat(v.value, 'g', -1, 64) + " is " + v.color
	}
	return out
}

func mustParse(t *testing.T, expr string) parser.Expr {
	t.Helper()
	p, err := promql.Parse(expr, true)
	if err != nil {
		t.Fatalf("%s: %s", expr, err.Msg)
	}
	return p.Expr
}

// alertCatalogue is a catalogue with just the given alerts, in one group.
func alertCatalogue(alerts map[string][2]string) *catalogue.Catalogue {
	c := &catalogue.Catalogue{AlertGroups: []catalogue.RuleGroup{{Name: "g"}}}
	for _, name := range slices.Sorted(maps.Keys(alerts)) {
		a := alerts[name]
		c.AlertGroups[0].Rules = append(c.AlertGroups[0].Rules, catalogue.Rule{
			Alert:  name,
			Expr:   catalogue.NewExpr(a[0], catalogue.Pos{}),
			Labels: map[string]string{"severity": a[1]},
		})
	}
	return c
}

func TestPanelThresholdsComeFromTheAlertWatchingTheSameSeries(t *testing.T) {
	tests := []struct {
		name   string
		alerts map[string][2]string // name → expr, severity
		query  string
		want   string
	}{
		{
			name:   "a gauge under a critical minimum is red below it and green from it",
			alerts: map[string][2]string{"ClusterNodeDown": {"stemedb_cluster_nodes_alive < 3", "critical"}},
			query:  "max(stemedb_cluster_nodes_alive)",
			want:   "red, 3: green",
		},
		{
			name:   "a warning above a maximum is green below it and orange from it",
			alerts: map[string][2]string{"SyncLagHigh": {"stemedb_sync_lag_seconds > 300", "warning"}},
			query:  `max by (peer) (stemedb_sync_lag_seconds{peer=~"$peer"})`,
			want:   "green, 300: orange",
		},
		{
			name:   "a number on the left of the comparison is read the other way round",
			alerts: map[string][2]string{"Backlog": {"10000 < stemedb_merkle_diff_size", "warning"}},
			query:  "max(stemedb_merkle_diff_size)",
			want:   "green, 10000: orange",
		},
		{
			name:   "a sum of what an alert watches one by one is above its bound where none is",
			alerts: map[string][2]string{"PostgreSQLQPS": {`avg by (datname) (rate(pg_stat_database_xact_commit[5m])) > 10000`, "warning"}},
			query:  "sum(rate(pg_stat_database_xact_commit[5m]))",
			want:   "",
		},
		{
			name:   "a panel of series the alert does not select is not coloured by it",
			alerts: map[string][2]string{"etcdGRPCRequestsSlow": {`histogram_quantile(0.99, sum by (le) (rate(grpc_server_handling_seconds_bucket{grpc_type="unary", grpc_method!="Defragment"}[5m]))) > 0.15`, "critical"}},
			query:  "histogram_quantile(0.99, sum by (le, grpc_type) (rate(grpc_server_handling_seconds_bucket[5m])))",
			want:   "",
		},
		{
			name:   "a panel selecting the alert's labels by a variable is coloured by it",
			alerts: map[string][2]string{"SlowUnary": {`histogram_quantile(0.99, rate(grpc_server_handling_seconds_bucket{grpc_type="unary"}[5m])) > 0.15`, "critical"}},
			query:  `histogram_quantile(0.99, sum by (le) (rate(grpc_server_handling_seconds_bucket{grpc_type=~"$type", instance=~"$instance"}[5m])))`,
			want:   "green, 0.15: red",
		},
		{
			name: "a warning and a critical bound on one series make three colours",
			alerts: map[string][2]string{
				"Warn": {"q > 1000", "warning"},
				"Crit": {"q > 5000", "critical"},
			},
			query: "q",
			want:  "green, 1000: orange, 5000: red",
		},
		{
			name: "bounds on both sides leave green in between",
			alerts: map[string][2]string{
				"TooFew":  {"n < 3", "critical"},
				"TooMany": {"n >= 10", "warning"},
			},
			query: "n",
			want:  "red, 3: green, 10: orange",
		},
		{
			name:   "a quantile matches whatever the panel sums by and whatever window it uses",
			alerts: map[string][2]string{"Slow": {"histogram_quantile(0.99, rate(x_seconds_bucket[5m])) > 1", "warning"}},
			query:  `histogram_quantile(0.99, sum by (le, op) (rate(x_seconds_bucket{op=~"$op"}[$__rate_interval])))`,
			want:   "green, 1: orange",
		},
		{
			name:   "another quantile of the same histogram is another quantity",
			alerts: map[string][2]string{"Slow": {"histogram_quantile(0.99, rate(x_seconds_bucket[5m])) > 1", "warning"}},
			query:  `histogram_quantile(0.5, sum by (le) (rate(x_seconds_bucket[$__rate_interval])))`,
			want:   "",
		},
		{
			name:   "the growth of a gauge is not the gauge",
			alerts: map[string][2]string{"WALGrowing": {"delta(wal_bytes[1h]) > 1073741824", "warning"}},
			query:  "sum(wal_bytes)",
			want:   "",
		},
		{
			name:   "increase and rate of one counter are different quantities",
			alerts: map[string][2]string{"Rejected": {"increase(rejected_total[5m]) > 0", "warning"}},
			query:  "sum(rate(rejected_total[$__rate_interval]))",
			want:   "",
		},
		{
			name:   "an alert on one value colours that value alone (a target down), which steps cannot",
			alerts: map[string][2]string{"NginxDown": {`nginx_up == 0`, "critical"}},
			query:  `nginx_up{instance=~"$instance"}`,
			want:   "green; 0 is red",
		},
		{
			name: "values and ranges together, the most severe alert on a value winning",
			alerts: map[string][2]string{
				"NoMembers":    {"members == 0", "warning"},
				"NoMembersCrt": {"members == 0", "critical"},
				"FewMembers":   {"members < 3", "warning"},
			},
			query: "members",
			want:  "orange, 3: green; 0 is red",
		},
		{
			name:   "an inequality is no threshold",
			alerts: map[string][2]string{"NotOne": {`x != 1`, "critical"}},
			query:  "x",
			want:   "",
		},
		{
			name:   "a comparison with bool is no alert condition",
			alerts: map[string][2]string{"Odd": {"x > bool 1", "warning"}},
			query:  "x",
			want:   "",
		},
		{
			name:   "arithmetic in the alert must be in the panel too",
			alerts: map[string][2]string{"DiskFull": {"disk_ratio * 100 > 90", "critical"}},
			query:  "max(disk_ratio) * 100",
			want:   "green, 90: red",
		},
		{
			name:   "a count that rests at 0, watched by > 0, is green at 0",
			alerts: map[string][2]string{"VarnishSessionQueue": {"varnish_main_thread_queue_len > 0", "warning"}},
			query:  "max(varnish_main_thread_queue_len)",
			want:   "green, 5e-324: orange",
		},
		{
			name:   "a count watched by >= 1 changes at 1",
			alerts: map[string][2]string{"Queued": {"queue_len >= 1", "warning"}},
			query:  "queue_len",
			want:   "green, 1: orange",
		},
		{
			name:   "a value watched by <= 0 is red at 0 and green above",
			alerts: map[string][2]string{"NoneLeft": {"left <= 0", "critical"}},
			query:  "left",
			want:   "red, 5e-324: green",
		},
		{
			name:   "an alert without a known severity colours red",
			alerts: map[string][2]string{"Odd": {"x > 1", ""}},
			query:  "x",
			want:   "green, 1: red",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := alertCatalogue(tt.alerts)
			p := catalogue.Panel{Type: "stat"}
			got := formatSteps(panelSteps(p, alertBounds(c), []parser.Expr{mustParse(t, tt.query)}))
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestAPanelOfTwoQuantitiesIsColouredByNeithersAlert(t *testing.T) {
	// etcd's "Disk sync duration" shows the commit and the WAL fsync
	// durations, watched at 0.25 s and 0.5 s: Grafana would draw the
	// commit's steps against the fsync line.
	c := alertCatalogue(map[string][2]string{
		"Commit": {"histogram_quantile(0.99, rate(etcd_disk_backend_commit_duration_seconds_bucket[5m])) > 0.25", "warning"},
		"Fsync":  {"histogram_quantile(0.99, rate(etcd_disk_wal_fsync_duration_seconds_bucket[5m])) > 0.5", "warning"},
	})
	exprs := []parser.Expr{
		mustParse(t, "histogram_quantile(0.99, sum by (le, instance) (rate(etcd_disk_backend_commit_duration_seconds_bucket[$__rate_interval])))"),
		mustParse(t, "histogram_quantile(0.99, sum by (le, instance) (rate(etcd_disk_wal_fsync_duration_seconds_bucket[$__rate_interval])))"),
	}
	if got := formatSteps(panelSteps(catalogue.Panel{Type: "timeseries"}, alertBounds(c), exprs)); got != "" {
		t.Errorf("got %q, want no steps", got)
	}
	if got := formatSteps(panelSteps(catalogue.Panel{Type: "timeseries"}, alertBounds(c), exprs[1:])); got != "green, 0.5: orange" {
		t.Errorf("the fsync panel alone: got %q", got)
	}
}

func TestTheLabelsAQuantityIsSelectedOnAreItsOwnQueries(t *testing.T) {
	// The p99 of unary calls is what the alert watches; a p50 of every
	// call type selecting on grpc_type in the same graph does not make the
	// p99 of every type the alert's.
	c := alertCatalogue(map[string][2]string{"SlowUnary": {`histogram_quantile(0.99, rate(h_bucket{grpc_type="unary"}[5m])) > 0.15`, "critical"}})
	exprs := []parser.Expr{
		mustParse(t, `histogram_quantile(0.5, sum by (le) (rate(h_bucket{grpc_type="unary"}[5m])))`),
		mustParse(t, `histogram_quantile(0.99, sum by (le) (rate(h_bucket[5m])))`),
	}
	if got := formatSteps(panelSteps(catalogue.Panel{Type: "timeseries"}, alertBounds(c), exprs)); got != "" {
		t.Errorf("got %q, want none: the p99 shown is of every call type", got)
	}
}

func TestAGraphDrawsTheBoundsOfItsOneWatchedQuantityAndAStatOnlyOfAllItShows(t *testing.T) {
	c := alertCatalogue(map[string][2]string{"Slow": {"histogram_quantile(0.99, rate(x_seconds_bucket[5m])) > 1", "warning"}})
	exprs := []parser.Expr{
		mustParse(t, "histogram_quantile(0.5, sum by (le) (rate(x_seconds_bucket[$__rate_interval])))"),
		mustParse(t, "histogram_quantile(0.99, sum by (le) (rate(x_seconds_bucket[$__rate_interval])))"),
	}
	if got := formatSteps(panelSteps(catalogue.Panel{Type: "timeseries"}, alertBounds(c), exprs)); got != "green, 1: orange" {
		t.Errorf("graph of p50 and p99: got %q, want the p99 alert's line", got)
	}
	if got := formatSteps(panelSteps(catalogue.Panel{Type: "stat"}, alertBounds(c), exprs)); got != "" {
		t.Errorf("stat of p50 and p99: got %q, want none (the p50 would be coloured by the p99's alert)", got)
	}
}

func TestExplicitThresholdsWinOverTheAlertsAndAreSorted(t *testing.T) {
	c := alertCatalogue(map[string][2]string{"A": {"x > 1", "critical"}})
	p := catalogue.Panel{Thresholds: []catalogue.Threshold{{Value: 20, Color: "red"}, {Value: 5, Color: "yellow"}}}
	got := formatSteps(panelSteps(p, alertBounds(c), []parser.Expr{mustParse(t, "x")}))
	if want := "green, 5: yellow, 20: red"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestAlertsThatDoNotParseAreSkipped(t *testing.T) {
	c := alertCatalogue(map[string][2]string{"Broken": {"x >", "critical"}, "Fine": {"x > 2", "warning"}})
	if got := len(alertBounds(c)); got != 1 {
		t.Errorf("got %d bounds, want 1", got)
	}
}

func TestTheVariantsOfOneAlertMakeOneStepEachColouredBySeverity(t *testing.T) {
	c := testtool.Load(t, "../../internal/catalogue/testdata/variants")
	p := c.Dashboards[0].Rows[0].Panels[0]
	got := formatSteps(panelSteps(p, alertBounds(c), []parser.Expr{mustParse(t, p.Queries[0].Expr.Text)}))
	if want := "green, 80: orange, 90: red"; got != want {
		t.Errorf("panel %q: got %q, want %q (WarehouseDiskFull warns at 80 and pages at 90)", p.Title, got, want)
	}
	var out []byte
	for _, f := range testtool.Generate(t, Generator{}, c) {
		if strings.HasSuffix(f.Path, "/warehouse.json") {
			out = f.Data
		}
	}
	compact := strings.Join(strings.Fields(string(out)), "")
	if want := `"steps":[{"value":null,"color":"green"},{"value":80,"color":"orange"},{"value":90,"color":"red"}]`; !strings.Contains(compact, want) {
		t.Errorf("the dashboard lacks the steps %s:\n%s", want, out)
	}
}

// TestAStatOnAFlagAnAlertWatchesForZeroShowsZeroInTheAlertsColour: the
// nginx exporter's dashboard shows nginx_up, and NginxDown fires on
// nginx_up == 0; with one green step only, a down nginx showed a green 0.
func TestAStatOnAFlagAnAlertWatchesForZeroShowsZeroInTheAlertsColour(t *testing.T) {
	c := testtool.LoadSpec(t, `apiVersion: obsgen.dev/v1
service: {name: nginx}
metric_groups:
  - name: nginx
    metrics:
      - {name: nginx_up, type: gauge, help: Status of the last metric scrape.}
alert_groups:
  - name: nginx
    rules:
      - {alert: NginxDown, expr: nginx_up == 0, for: 1m, labels: {severity: critical}, annotations: {summary: nginx is down}}
dashboards:
  - uid: nginx
    title: NGINX
    rows:
      - title: Status
        panels:
          - {title: NGINX status, type: stat, queries: [{expr: nginx_up}]}
`)
	var out []byte
	for _, f := range testtool.Generate(t, Generator{}, c) {
		if strings.HasSuffix(f.Path, "/nginx.json") {
			out = f.Data
		}
	}
	if problems := checkDashboard("nginx", out); len(problems) > 0 {
		t.Fatalf("the dashboard does not import: %v", problems)
	}
	compact := strings.Join(strings.Fields(string(out)), "")
	for _, want := range []string{
		`"mappings":[{"type":"value","options":{"0":{"color":"red","index":0}}}]`,
		`"steps":[{"value":null,"color":"green"}]`,
	} {
		if !strings.Contains(compact, want) {
			t.Errorf("the stat lacks %s:\n%s", want, out)
		}
	}
}
