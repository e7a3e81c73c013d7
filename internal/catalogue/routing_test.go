package catalogue_test

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/specload"
)

const routingOrg = `apiVersion: obsgen.dev/v1
organisation:
  receivers:
    - {name: default, kind: webhook, url: "http://127.0.0.1:1/default"}
    - {name: pager, kind: webhook, url: "http://127.0.0.1:1/pager"}
    - {name: tickets, kind: webhook, url: "http://127.0.0.1:1/tickets"}
    - {name: chat, kind: webhook, url: "http://127.0.0.1:1/chat"}
  time_intervals:
    - {name: office, weekdays: ["monday:friday"]}
    - {name: nights, times: [{start: "22:00", end: "24:00"}]}
  routing:
    receiver: default
    group_wait: 1m
    inhibitions:
      - source: {labels: {severity: critical}}
        target: {labels: {severity: warning}}
        equal: [alertname, instance]
`

const routingService = `apiVersion: obsgen.dev/v1
service:
  name: shop
metric_groups:
  - name: g
    metrics:
      - {name: shop_up, type: gauge, help: Up.}
alert_groups:
  - name: g
    rules:
      - {alert: ShopDown, expr: shop_up == 0, labels: {severity: critical}}
      - {alert: ShopSlow, expr: shop_up < 1, labels: {severity: warning}}
      - {alert: ShopSlow, expr: shop_up < 0.5, labels: {severity: critical}}
      - alert: ShopQueue
        expr: shop_up < 2
        labels: {severity: warning}
        routing: {receiver: chat, repeat_interval: 3h}
      - alert: ShopDisk
        expr: shop_up < 3
        labels: {severity: warning}
        routing:
          group_wait: 2m
          routes:
            - {match: {severity: critical}, receiver: pager}
      - {alert: ShopInfo, expr: shop_up < 4, labels: {severity: info}}
routing:
  team: shop
  group_by: [alertname]
  repeat_interval: 2h
  active_time_intervals: [office]
  routes:
    - {match: {severity: critical}, receiver: pager, group_wait: 10s, active_time_intervals: []}
    - {match: {severity: warning}, receiver: tickets, group_wait: 5m}
  inhibitions:
    - source: {alerts: [ShopDown]}
      equal: [instance]
`

// loadRouted writes an organisation and one service into a temporary
// folder and loads them as the pipeline does.
func loadRouted(t *testing.T, org, svc string) (*catalogue.Catalogue, diag.List) {
	t.Helper()
	root := t.TempDir()
	if err := os.MkdirAll(filepath.Join(root, "shop"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string]string{catalogue.OrganisationFile: org, "shop/spec.yaml": svc} {
		if err := os.WriteFile(filepath.Join(root, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	o, diags, _ := specload.LoadOrganisation(root)
	c, more, _ := specload.Load(filepath.Join(root, "shop"), specload.Options{Organisation: o})
	return c, append(diags, more...).Sort()
}

func TestPolicyOfResolvesEachLevelAsDocumented(t *testing.T) {
	c, diags := loadRouted(t, routingOrg, routingService)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	variant := func(name, severity string) *catalogue.Rule {
		for _, r := range c.AlertVariants(name) {
			if r.Severity() == severity {
				return r
			}
		}
		t.Fatalf("no %s %s", name, severity)
		return nil
	}
	min := func(m int) catalogue.Duration { return catalogue.Duration(time.Duration(m) * time.Minute) }
	for _, tc := range []struct {
		name     string
		rule     *catalogue.Rule
		receiver string
		wait     catalogue.Duration
		repeat   catalogue.Duration
		active   []string
		level    string
	}{
		{"a critical alert takes the service's critical route, whose empty time intervals lift the service's",
			variant("ShopDown", "critical"), "pager", catalogue.Duration(10 * time.Second), 2 * 60 * min(1), nil, "service"},
		{"each variant of one alert name takes the route of its own severity",
			variant("ShopSlow", "warning"), "tickets", min(5), 2 * 60 * min(1), []string{"office"}, "service"},
		{"the critical variant of the same name pages",
			variant("ShopSlow", "critical"), "pager", catalogue.Duration(10 * time.Second), 2 * 60 * min(1), nil, "service"},
		{"an alert's own receiver takes it whatever the service's routes say",
			variant("ShopQueue", "warning"), "chat", min(1), 3 * 60 * min(1), []string{"office"}, "alert"},
		{"an alert's own timings win over its service's route when no route of its own matches",
			variant("ShopDisk", "warning"), "tickets", min(2), 2 * 60 * min(1), []string{"office"}, "service"},
		{"an alert no route takes goes to the organisation's receiver with the service's settings",
			variant("ShopInfo", "info"), "default", min(1), 2 * 60 * min(1), []string{"office"}, "organisation"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := c.PolicyOf(tc.rule)
			if p.Receiver != tc.receiver || p.GroupWait != tc.wait || p.RepeatInterval != tc.repeat ||
				!slices.Equal(p.ActiveTimeIntervals, tc.active) && len(p.ActiveTimeIntervals)+len(tc.active) > 0 || p.Level != tc.level {
				t.Errorf("got receiver %s wait %s repeat %s active %v level %s\nwant %s %s %s %v %s",
					p.Receiver, p.GroupWait, p.RepeatInterval, p.ActiveTimeIntervals, p.Level, tc.receiver, tc.wait, tc.repeat, tc.active, tc.level)
			}
			if p.Team != "shop" || p.GroupInterval != catalogue.DefaultGroupInterval || !slices.Equal(p.GroupBy, []string{"alertname"}) {
				t.Errorf("team %q, group_interval %s, group_by %v", p.Team, p.GroupInterval, p.GroupBy)
			}
		})
	}
}

func TestInhibitionsSelectTheirAlertsAndPairThem(t *testing.T) {
	c, diags := loadRouted(t, routingOrg, routingService)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	ins := c.Inhibitions()
	if len(ins) != 2 || ins[0].Organisation || !ins[1].Organisation {
		t.Fatalf("want the service's inhibition then the organisation's, got %+v", ins)
	}
	pairs := func(ri catalogue.ResolvedInhibition) []string {
		var out []string
		for _, p := range ri.Pairs() {
			out = append(out, c.VariantName(p[0])+">"+c.VariantName(p[1]))
		}
		return out
	}
	// A target without names or labels is every other alert of the service.
	if got := pairs(ins[0]); len(got) != 5 || slices.Contains(got, "ShopDown>ShopDown") {
		t.Errorf("ShopDown inhibits %v, want the 5 other variants", got)
	}
	// equal alertname pairs only the variants of one alert.
	if got := pairs(ins[1]); !slices.Equal(got, []string{`ShopSlow{severity="critical"}>ShopSlow{severity="warning"}`}) {
		t.Errorf("the organisation's inhibition pairs %v", got)
	}
}

func TestRoutingMistakesAreReportedWhereTheyAreWritten(t *testing.T) {
	for _, tc := range []struct {
		name, org, svc string
		want           []string // "file:line:col code" and a message part
	}{
		{"a route to a receiver nobody declares", routingOrg,
			strings.Replace(routingService, "receiver: tickets, group_wait: 5m", "receiver: ticket, group_wait: 5m", 1),
			[]string{`shop/spec.yaml:33:46: unknown-ref: no receiver "ticket"`, `did you mean tickets`}},
		{"a time interval nobody declares", routingOrg,
			strings.Replace(routingService, "active_time_intervals: [office]", "active_time_intervals: [ofice]", 1),
			[]string{`shop/spec.yaml:30:27: unknown-ref: no time interval "ofice"`}},
		{"an inhibition naming an alert the service lacks", routingOrg,
			strings.Replace(routingService, "source: {alerts: [ShopDown]}", "source: {alerts: [ShopDwn]}", 1),
			[]string{`shop/spec.yaml:35:25: unknown-ref: "ShopDwn" is not an alert of this service`}},
		{"a route on alertname", routingOrg,
			strings.Replace(routingService, "match: {severity: warning}", "match: {alertname: ShopSlow}", 1),
			[]string{`shop/spec.yaml:33:16: bad-value: a route takes alerts by the labels rules set`}},
		{"inhibitions under an alert", routingOrg,
			strings.Replace(routingService, "routing: {receiver: chat, repeat_interval: 3h}", "routing: {receiver: chat, inhibitions: [{source: {alerts: [ShopDown]}, equal: [instance]}]}", 1),
			[]string{`shop/spec.yaml:17:48: misplaced-field: alert routing has no inhibitions`}},
		{"a webhook URL carrying a token", strings.Replace(routingOrg, `"http://127.0.0.1:1/chat"`, `"https://chat.example.com/hook?token=abc"`, 1), routingService,
			[]string{`organisation.yaml:7:40: secret-in-spec: url carries credentials`}},
		{"an environment variable where Alertmanager reads a value", strings.Replace(routingOrg, `"http://127.0.0.1:1/chat"`, `"https://${CHAT_HOST}/hook"`, 1), routingService,
			[]string{`organisation.yaml:7:40: bad-value: url holds ${CHAT_HOST}, but Alertmanager expands no environment variables`}},
		{"a pagerduty receiver with its key in the spec's url field", strings.Replace(routingOrg, `{name: chat, kind: webhook, url: "http://127.0.0.1:1/chat"}`, `{name: chat, kind: pagerduty, url: "http://127.0.0.1:1/chat"}`, 1), routingService,
			[]string{`organisation.yaml:7:42: misplaced-field: a pagerduty receiver has no url`, `organisation.yaml:7:7: missing-field: pagerduty receiver "chat" needs routing_key_file`}},
		{"a time interval Alertmanager refuses", strings.Replace(routingOrg, `"monday:friday"`, `"monday:fryday"`, 1), routingService,
			[]string{`organisation.yaml:9:7: bad-value: time interval office: Alertmanager would refuse it`}},
		{"receivers without a default receiver", strings.Replace(routingOrg, "    receiver: default\n", "", 1), routingService,
			[]string{`organisation.yaml:12:5: missing-field: organisation routing needs a receiver`}},
		{"routes in the organisation's routing", strings.Replace(routingOrg, "    group_wait: 1m\n", "    group_wait: 1m\n    routes: [{match: {severity: critical}, receiver: pager}]\n", 1), routingService,
			[]string{`organisation.yaml:14:13: misplaced-field: organisation routing has no routes`}},
		{"an organisation's inhibition naming alerts", strings.Replace(routingOrg, "source: {labels: {severity: critical}}", "source: {alerts: [ShopDown]}", 1), routingService,
			[]string{`organisation.yaml:15:26: misplaced-field: an organisation's inhibition selects alerts by the labels`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := loadRouted(t, tc.org, tc.svc)
			var have []string
			for _, d := range diags {
				if d.Severity == diag.Error {
					rel := d.Pos.File[strings.LastIndex(d.Pos.File, string(filepath.Separator)+"shop"+string(filepath.Separator))+1:]
					if filepath.Base(d.Pos.File) == catalogue.OrganisationFile {
						rel = catalogue.OrganisationFile
					}
					have = append(have, filepath.ToSlash(rel)+":"+strconv.Itoa(d.Pos.Line)+":"+strconv.Itoa(d.Pos.Col)+": "+d.Code+": "+d.Message)
				}
			}
			got := strings.Join(have, "\n")
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("missing %q in:\n%s", w, got)
				}
			}
			if len(have) == 0 {
				t.Error("no error")
			}
		})
	}
}
