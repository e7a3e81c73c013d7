package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

const nodeSpec = `apiVersion: obsgen.dev/v1
service:
  name: node
metric_groups:
  - name: load
    metrics:
      - {name: node_load1, type: gauge, help: Load.}
`

const appSpec = `apiVersion: obsgen.dev/v1
service:
  name: app
  uses: [node]
metric_groups:
  - name: app
    metrics:
      - {name: app_requests_total, type: counter, help: Requests.}
alert_groups:
  - name: app
    rules:
      - alert: AppHostOverloaded
        expr: node_load1{job="node"} > 4 and on(instance) rate(app_requests_total[5m]) > 0
        for: 5m
        labels: {severity: warning}
        annotations: {summary: The host of app is overloaded.}
        runbook: {meaning: Load is high.}
`

func lintCodes(t *testing.T, specs ...string) string {
	t.Helper()
	res, err := Load(Options{Specs: specs})
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, d := range res.Diags {
		if d.Severity.String() != "info" {
			codes = append(codes, d.Severity.String()+" "+d.Code+": "+d.Message)
		}
	}
	return strings.Join(codes, "\n")
}

func TestAServiceReadsTheMetricsOfTheCataloguesItUses(t *testing.T) {
	root := testtool.WriteTree(t, map[string]string{"node/metrics.yaml": nodeSpec, "app/spec.yaml": appSpec})
	if got := lintCodes(t, root); got != "" {
		t.Errorf("app alerting on node's metrics with uses: [node]: want no findings, got:\n%s", got)
	}
	// Linting app alone still finds node beside it.
	if got := lintCodes(t, filepath.Join(root, "app")); got != "" {
		t.Errorf("linting app alone: want no findings, got:\n%s", got)
	}
}

func TestWithoutUsesAnotherCataloguesMetricIsUnknown(t *testing.T) {
	root := testtool.WriteTree(t, map[string]string{"node/metrics.yaml": nodeSpec, "app/spec.yaml": strings.Replace(appSpec, "  uses: [node]\n", "", 1)})
	if got := lintCodes(t, filepath.Join(root, "app")); !strings.Contains(got, "error unknown-metric: node_load1") {
		t.Errorf("want unknown-metric for node_load1, got:\n%s", got)
	}
}

func TestAUsedCatalogueThatDoesNotExistIsAnError(t *testing.T) {
	root := testtool.WriteTree(t, map[string]string{"app/spec.yaml": strings.Replace(appSpec, "uses: [node]", "uses: [nodes]", 1)})
	if got := lintCodes(t, root); !strings.Contains(got, `error unknown-ref: uses "nodes": no catalogue of that name beside this one`) {
		t.Errorf("want unknown-ref for nodes, got:\n%s", got)
	}
}

func TestAJobOfTheUsedCatalogueIsCheckedAgainstItsJobs(t *testing.T) {
	root := testtool.WriteTree(t, map[string]string{"node/metrics.yaml": nodeSpec, "app/spec.yaml": strings.Replace(appSpec, `job="node"`, `job="nodes"`, 1)})
	if got := lintCodes(t, root); !strings.Contains(got, `error unknown-job: job="nodes" selects no scrape job of service node`) {
		t.Errorf("want unknown-job naming service node, got:\n%s", got)
	}
}

func TestExternalLabelsOfTheOrganisationAreCarriedByEverySeries(t *testing.T) {
	spec := strings.Replace(appSpec, `node_load1{job="node"}`, `node_load1{job="node", cluster="eu-1"}`, 1)
	root := testtool.WriteTree(t, map[string]string{"node/metrics.yaml": nodeSpec, "app/spec.yaml": spec})
	if got := lintCodes(t, root); !strings.Contains(got, "error unknown-label") {
		t.Errorf("without organisation.yaml, cluster is an unknown label; got:\n%s", got)
	}
	if err := os.WriteFile(filepath.Join(root, "organisation.yaml"), []byte("apiVersion: obsgen.dev/v1\norganisation:\n  external_labels:\n    - name: cluster\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A local alert runs inside one Prometheus, whose own series do not
	// carry its external labels: the matcher selects nothing there.
	if got := lintCodes(t, root); !strings.Contains(got, `error local-cluster-label: cluster="eu-1" in a local alert selects nothing`) {
		t.Errorf("with cluster an external label, a local alert matching on it: want local-cluster-label, got:\n%s", got)
	}
	// Through the global ruler, every series carries it.
	global := strings.Replace(spec, "  - name: app\n    rules:", "  - name: app\n    runs: global\n    rules:", 1)
	if err := os.WriteFile(filepath.Join(root, "app", "spec.yaml"), []byte(global), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := lintCodes(t, root); got != "" {
		t.Errorf("with cluster an external label and the alert global: want no findings, got:\n%s", got)
	}
}
