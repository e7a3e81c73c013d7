package docs_test

import (
	"strings"
	"testing"
)

func TestAnAlertThatKeepsFiringSaysForHowLong(t *testing.T) {
	const spec = `apiVersion: obsgen.dev/v1
service: {name: shop}
metric_groups:
  - name: q
    metrics: [{name: shop_queue_depth, type: gauge, help: Queued jobs.}]
alert_groups:
  - name: shop
    rules:
      - alert: QueueFull
        expr: shop_queue_depth > 50
        for: 5m
        keep_firing_for: 15m
        labels: {severity: warning}
        annotations: {summary: Queue is long}
      - alert: QueueStuck
        expr: shop_queue_depth > 1000
        labels: {severity: warning}
        annotations: {summary: Queue is stuck}
      - alert: QueueStuck
        expr: shop_queue_depth > 5000
        keep_firing_for: 10m
        labels: {severity: critical}
        annotations: {summary: Queue is stuck}
`
	docs := map[string]string{}
	for _, f := range docsOf(t, spec) {
		docs[f.Path[strings.Index(f.Path, "/docs/")+len("/docs/"):]] = string(f.Data)
	}
	cases := []struct {
		name, doc, want string
	}{
		{"the runbook page has a row for it", docs["alerts/QueueFull.md"], "| For | 5m |\n| Keeps firing | for 15m after the condition stops holding (`keep_firing_for`) |\n"},
		{"the alerts table says it beside for", docs["monitoring.md"], "| `> 50` | 5m, keeps firing 15m | Queue is long |"},
		{"a variant's row says it", docs["alerts/QueueStuck.md"], "| critical | `> 5000` | 0s, keeps firing 10m |"},
		{"a variant's section has the row", docs["alerts/QueueStuck.md"], "| For | 0s |\n| Keeps firing | for 10m after the condition stops holding (`keep_firing_for`) |\n"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(tc.doc, tc.want) {
				t.Errorf("lacks %q:\n%s", tc.want, tc.doc)
			}
		})
	}
	if strings.Contains(docs["alerts/QueueStuck.md"], "| warning | `> 1000` | 0s, keeps") {
		t.Errorf("the warning variant, which stops at once, says it keeps firing:\n%s", docs["alerts/QueueStuck.md"])
	}
}
