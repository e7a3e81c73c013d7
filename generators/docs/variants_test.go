package docs_test

import (
	"strings"
	"testing"
)

// variantDocs returns the generated docs of the two-variant fixture by path.
func variantDocs(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, f := range generatedFrom(t, variantsSpec) {
		if strings.HasPrefix(f.Path, "warehouse/docs/") {
			out[strings.TrimPrefix(f.Path, "warehouse/docs/")] = string(f.Data)
		}
	}
	return out
}

func TestAnAlertWithTwoVariantsHasOneRunbookPage(t *testing.T) {
	docs := variantDocs(t)
	var pages []string
	for p := range docs {
		if strings.HasPrefix(p, "alerts/") && strings.HasSuffix(p, ".md") {
			pages = append(pages, p)
		}
	}
	if len(pages) != 1 || pages[0] != "alerts/WarehouseDiskFull.md" {
		t.Errorf("runbook pages %v, want only alerts/WarehouseDiskFull.md", pages)
	}
}

func TestEachVariantHasThePictureOfItsTest(t *testing.T) {
	docs := variantDocs(t)
	page := docs["alerts/WarehouseDiskFull.md"]
	for _, svg := range []string{"WarehouseDiskFull-1.svg", "WarehouseDiskFull-2.svg"} {
		if !strings.HasPrefix(docs["alerts/"+svg], "<?xml") {
			t.Errorf("no picture alerts/%s", svg)
		}
		if !strings.Contains(page, "]("+svg+")") {
			t.Errorf("the runbook page does not show %s", svg)
		}
	}
}

func TestTheDocsDescribeEveryVariant(t *testing.T) {
	docs := variantDocs(t)
	page, table, journeys := docs["alerts/WarehouseDiskFull.md"], docs["monitoring.md"], docs["journeys.md"]
	cases := []struct {
		name, doc, want string
	}{
		{"the alerts table has the warning row", table, "| [WarehouseDiskFull](alerts/WarehouseDiskFull.md#severity-warning) | warning | `> 80 %` | 5m |"},
		{"the alerts table has the critical row", table, "| [WarehouseDiskFull](alerts/WarehouseDiskFull.md#severity-critical) | critical | `> 90 %` | 5m |"},
		{"the page lists the warning variant", page, "| [severity: warning](#severity-warning) | warning | `> 80 %` | 5m |"},
		{"the page lists the critical variant", page, "| [severity: critical](#severity-critical) | critical | `> 90 %` | 5m |"},
		{"the warning variant has its section", page, "## severity: warning"},
		{"the critical variant has its section", page, "## severity: critical"},
		{"the warning expression is shown", page, "```promql\nwarehouse_disk_used_percent > 80\n```"},
		{"the critical expression is shown", page, "```promql\nwarehouse_disk_used_percent > 90\n```"},
		{"the runbooks differ, so the warning's is in its section", page, "### Meaning\n\nThe data disk is filling up"},
		{"and the critical's in its own", page, "### Meaning\n\nThe data disk is about to fill up"},
		{"the shared summary is said once, at the top", page, "# WarehouseDiskFull\n\nDisk of {{ $labels.instance }} is {{ $value }} % full\n"},
		{"the panel showing the gauge is listed", page, "- Warehouse › Storage › Disk used"},
		{"the journey both variants name is linked once", page, "Follow [Incident Response: disk full](../journeys.md#incident-response-disk-full)."},
		{"the journey's alert step links the one page", journeys, "([WarehouseDiskFull](alerts/WarehouseDiskFull.md))"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(tc.doc, tc.want) {
				t.Errorf("lacks %q:\n%s", tc.want, tc.doc)
			}
		})
	}
	if n := strings.Count(page, "Follow ["); n != 1 {
		t.Errorf("the journey is linked %d times, want once", n)
	}
	if n := strings.Count(page, "- Warehouse › Storage › Disk used"); n != 1 {
		t.Errorf("the panel is listed %d times, want once", n)
	}
}

func TestVariantsSharingARunbookShowItOnce(t *testing.T) {
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
        labels: {severity: warning}
        annotations: {summary: Queue is long}
        runbook: {meaning: Jobs wait., checks: [Add workers.]}
  - name: shop-paging
    rules:
      - alert: QueueFull
        expr: shop_queue_depth > 100
        for: 1m
        labels: {severity: critical}
        annotations: {summary: Queue is very long}
        runbook: {meaning: Jobs wait., checks: [Add workers.]}
`
	files := docsOf(t, spec)
	var page string
	for _, f := range files {
		if strings.HasSuffix(f.Path, "/alerts/QueueFull.md") {
			page = string(f.Data)
		}
	}
	for _, want := range []string{
		"| Group | `shop`, `shop-paging` |",
		"## severity: critical\n\nQueue is very long\n",
		"| Group | `shop-paging` |",
		"\n## Meaning\n\nJobs wait.\n",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("lacks %q:\n%s", want, page)
		}
	}
	if strings.Count(page, "Meaning") != 1 {
		t.Errorf("the shared runbook is not shown exactly once:\n%s", page)
	}
}
