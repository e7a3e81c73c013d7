package docs

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/generators/grafana"
	"github.com/obsgen/obsgen/internal/preview"
	"github.com/obsgen/obsgen/internal/testtool"
)

// TestAPreviewShowsTitlesWithTheirVariablesAtAll: the nginx exporter's
// dashboard titles a stat "NGINX Status for $instance"; the preview draws
// every variable at All, so its title reads so, as Grafana's would. A
// dollar that names no variable of the dashboard stays as written.
func TestAPreviewShowsTitlesWithTheirVariablesAtAll(t *testing.T) {
	c := testtool.LoadSpec(t, `apiVersion: obsgen.dev/v1
service: {name: nginx}
labels: [{name: instance}]
metric_groups:
  - name: nginx
    metrics:
      - {name: nginx_up, type: gauge, help: Status of the last metric scrape.}
dashboards:
  - uid: nginx
    title: NGINX on $instance
    variables: [instance]
    rows:
      - title: Status
        panels:
          - {title: NGINX Status for $instance, type: stat, queries: [{expr: 'nginx_up{instance=~"$instance"}'}]}
          - {title: Costs $5, type: stat, queries: [{expr: 'nginx_up'}]}
`)
	files, err := grafana.Generator{}.Generate(c)
	if err != nil {
		t.Fatal(err)
	}
	var dj dashboardJSON
	for _, f := range files {
		if strings.HasSuffix(f.Path, "/nginx.json") {
			if err := json.Unmarshal(f.Data, &dj); err != nil {
				t.Fatal(err)
			}
		}
	}
	ev, err := preview.New(c)
	if err != nil {
		t.Fatal(err)
	}
	svg, err := dashboardSVG(ev, dj)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{">NGINX on All<", ">NGINX Status for All<", ">Costs $5<"} {
		if !strings.Contains(string(svg), want) {
			t.Errorf("the preview lacks %s", want)
		}
	}
	if strings.Contains(string(svg), "$instance") {
		t.Error("the preview shows $instance as written")
	}
}
