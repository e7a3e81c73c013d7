package pipeline

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

const routedOrg = "apiVersion: obsgen.dev/v1\norganisation:\n  receivers: [{name: hook, kind: webhook, url: \"http://127.0.0.1:1/\"}]\n  routing: {receiver: hook}\n"

func service(name, alert, routing string) string {
	return "apiVersion: obsgen.dev/v1\nservice: {name: " + name + "}\nmetric_groups:\n  - name: g\n    metrics: [{name: " + name + "_up, type: gauge, help: Up.}]\n" +
		"alert_groups:\n  - name: g\n    rules:\n      - {alert: " + alert + ", expr: " + name + "_up == 0, for: 1m, labels: {severity: critical}, annotations: {summary: S}, runbook: {meaning: M}}\n" + routing
}

func TestRunWideRoutingProblemsAreReported(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"routing without an organisation that declares receivers",
			map[string]string{"a/spec.yaml": service("a", "ADown", "routing: {team: a}\n")},
			"a/spec.yaml:10:10: error: unknown-ref: routing needs the receivers of organisation.yaml"},
		{"two services of one organisation with an alert of the same name",
			map[string]string{"organisation.yaml": routedOrg, "a/spec.yaml": service("a", "Down", ""), "b/spec.yaml": service("b", "Down", "")},
			"b/spec.yaml:9:17: error: duplicate-name: alert Down is also an alert of a"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := testtool.WriteTree(t, tc.files)
			res, err := Load(Options{Specs: []string{root}})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, d := range res.Diags {
				rel, _ := filepath.Rel(root, d.Pos.File)
				got = append(got, filepath.ToSlash(rel)+":"+d.String()[len(d.Pos.File)+1:])
			}
			if !strings.Contains(strings.Join(got, "\n"), tc.want) {
				t.Errorf("want %q in:\n%s", tc.want, strings.Join(got, "\n"))
			}
		})
	}
}

func TestARoutedOrganisationGetsItsAlertmanagerFiles(t *testing.T) {
	root := testtool.WriteTree(t, map[string]string{"organisation.yaml": routedOrg, "a/spec.yaml": service("a", "ADown", "")})
	res, err := Load(Options{Specs: []string{root}})
	if err != nil || res.Diags.HasErrors() {
		t.Fatal(err, res.Diags)
	}
	if err := res.Generate(); err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, f := range res.Files {
		have[f.Path] = true
	}
	for _, p := range []string{"alertmanager/alertmanager.yml", "alertmanager/routes-test.yaml", "a/alertmanager/route.yaml"} {
		if !have[p] {
			t.Errorf("%s was not generated", p)
		}
	}
}
