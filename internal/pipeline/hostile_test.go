package pipeline

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/obsgen/obsgen/internal/speccodec"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/rulefmt"
)

// hostile is one line of text that tries to break out of every format
// obsgen writes: YAML, JSON, TOML, shell, Markdown, Fluentd, templates; and
// to hide or reorder what a reader sees (DEL, a C1 control, a
// right-to-left override).
const hostile = `Evil "dq" 'sq' \ </match> <script> $(touch /tmp/obsgen-pwned) ` + "`id`" +
	` --- # | ; && ${HOME} [x](y) [z](javascript:alert(1)) *em* _em_ %s ` + "\x7f \u0085 \u202e " + `{{ x }}`

// hostileTemplate is hostile text as a Prometheus template that prints it.
var hostileTemplate = strings.ReplaceAll(hostile, "{{ x }}", `{{ "{{ x }}" }}`)

// hostileShown and hostileTemplateShown are what arrives in the outputs:
// the text without the characters that hide or reorder it, which loading
// removes with a warning.
var (
	hostileShown         = catalogue.StripHidden(hostile)
	hostileTemplateShown = catalogue.StripHidden(hostileTemplate)
)

// hostileSpec builds a catalogue with hostile text in every free-text field.
func hostileSpec(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "specs", "evil")
	c := hostileCatalogue()
	data, err := speccodec.Encode(c, "")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "spec.yaml"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func hostileCatalogue() *catalogue.Catalogue {
	body, _ := json.Marshal(map[string]string{"message": hostile})
	expr := func(s string) catalogue.Expr { return catalogue.NewExpr(s, catalogue.Pos{}) }
	return &catalogue.Catalogue{
		APIVersion: catalogue.APIVersion,
		Service: catalogue.Service{
			Name: "evil", Title: hostile, Description: hostile,
			Components: []catalogue.Component{{Name: "evil-api", Title: hostile, Description: hostile}},
			Metrics:    &catalogue.MetricsEndpoint{Config: hostile, ListenAddr: "localhost:9090", Path: "/metrics"},
		},
		Labels: []catalogue.Label{
			{Name: "op", Description: hostile, Values: []catalogue.LabelValue{{Value: `a"b|c`, Description: hostile}, {Value: "plain", Description: hostile}}},
		},
		MetricGroups: []catalogue.MetricGroup{{Name: "g", Title: hostile, Description: hostile, Metrics: []catalogue.Metric{
			{Name: "evil_requests_total", Type: catalogue.Counter, Unit: "requests", Help: hostile, Labels: []string{"op"}, Notes: hostile},
			{Name: "evil_latency_seconds", Type: catalogue.Histogram, Unit: "seconds", Help: hostile, Labels: []string{"op"}},
		}}},
		Endpoints: []catalogue.Endpoint{{Component: "evil-api", Method: "POST", Path: "/v1/evil", Description: hostile, Details: hostile,
			Request: &catalogue.Example{Body: string(body)}, Response: &catalogue.Example{Body: string(body)}}},
		Queries: []catalogue.QueryGroup{{Title: hostile, Queries: []catalogue.Query{
			{Name: "rate", Title: hostile, Comment: hostile, Expr: expr(`sum by (op) (rate(evil_requests_total{op="plain"}[5m]))`)},
		}}},
		Dashboards: []catalogue.Dashboard{{UID: "evil", Title: hostile, Description: hostile, Tags: []string{hostile}, Variables: []string{"op"}, Rows: []catalogue.PanelRow{{
			Title: hostile, Panels: []catalogue.Panel{{Title: hostile, Type: "timeseries", Description: hostile,
				Queries: []catalogue.PanelQuery{{Expr: expr(`sum by (op) (rate(evil_requests_total{op=~"$op"}[$__rate_interval]))`), Legend: hostile}}}},
		}}}},
		AlertGroups: []catalogue.RuleGroup{{Name: "evil", Rules: []catalogue.Rule{{
			Alert: "EvilHigh", Expr: expr(`sum by (op) (rate(evil_requests_total[5m])) > 1`), For: catalogue.Duration(5 * 60e9),
			Labels:      map[string]string{"severity": "warning", "team": hostileTemplate},
			Annotations: map[string]string{"summary": hostileTemplate, "description": hostileTemplate},
			Runbook:     &catalogue.Runbook{Meaning: hostile, Impact: hostile, Checks: []string{hostile}},
		}}}},
		Scrape: &catalogue.Scrape{Targets: []catalogue.ScrapeTarget{{Variant: "static", Title: hostile, Job: "evil", Static: []string{"localhost:9090"}}}},
		Journeys: []catalogue.Journey{{Name: "j", Title: hostile, Trigger: "EvilHigh", Steps: []catalogue.JourneyStep{
			{Text: hostile, Alert: "EvilHigh"}, {Text: hostile, Query: "rate"}, {Text: hostile, Endpoint: "POST /v1/evil"},
		}}},
		Notes:       []catalogue.Note{{Title: hostile, Body: hostile}},
		Corrections: []catalogue.Correction{{Subject: hostile, Page: hostile, Spec: hostile, Why: hostile}},
	}
}

// TestHostileTextStaysDataInEveryOutput generates every artifact from a
// catalogue full of hostile text and parses each back with its format's
// parser: nothing breaks, nothing is injected, and the text survives.
func TestHostileTextStaysDataInEveryOutput(t *testing.T) {
	_ = os.Remove("/tmp/obsgen-pwned")
	res, err := Load(Options{Specs: []string{hostileSpec(t)}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Diags.HasErrors() {
		t.Fatalf("the hostile spec does not load: %v", res.Diags)
	}
	hidden := 0
	for _, d := range res.Diags {
		if d.Code == "hidden-character" {
			hidden++
		}
	}
	if hidden == 0 {
		t.Error("the hidden characters were removed without a warning")
	}
	if err := res.Generate(); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, f := range res.Files {
		ext := filepath.Ext(f.Path)
		seen[ext] = true
		t.Run(f.Path, func(t *testing.T) {
			if err := parseBack(f); err != nil {
				t.Fatal(err)
			}
			if catalogue.StripHidden(string(f.Data)) != string(f.Data) {
				t.Error("a character that hides or reorders text reached the output")
			}
			if ext == ".md" && linksTo(string(f.Data), "javascript:") {
				t.Error("a javascript: link reached the docs")
			}
			switch {
			case filepath.Base(f.Path) == "alerts.yaml":
				checkAlertsKeepTheText(t, f)
			case ext == ".json" && strings.Contains(f.Path, "/dashboards/"):
				var v map[string]any
				_ = json.Unmarshal(f.Data, &v)
				if v["title"] != hostileShown {
					t.Errorf("the dashboard title changed: %q", v["title"])
				}
			case ext == ".sh":
				cmd := exec.Command("bash", "-n")
				cmd.Stdin = bytes.NewReader(f.Data)
				if out, err := cmd.CombinedOutput(); err != nil {
					t.Fatalf("bash -n: %v\n%s", err, out)
				}
			}
		})
	}
	for _, ext := range []string{".yaml", ".json", ".md"} {
		if !seen[ext] {
			t.Errorf("no %s output was checked", ext)
		}
	}
	if _, err := os.Stat("/tmp/obsgen-pwned"); err == nil {
		t.Error("a hostile $(touch) ran")
	}
}

// checkAlertsKeepTheText checks that the hostile text came through the rule
// file verbatim, with no key injected.
func checkAlertsKeepTheText(t *testing.T, f generators.File) {
	t.Helper()
	groups, errs := rulefmt.Parse(f.Data, false, model.UTF8Validation, promql.Parser, slog.New(slog.DiscardHandler))
	if len(errs) > 0 {
		t.Fatalf("rulefmt: %v", errs)
	}
	r := groups.Groups[0].Rules[0]
	if r.Annotations["summary"] != hostileTemplateShown || r.Labels["team"] != hostileTemplateShown {
		t.Errorf("the text changed on its way through: %q / %q", r.Annotations["summary"], r.Labels["team"])
	}
	if len(r.Annotations) != 2 || len(r.Labels) != 2 {
		t.Errorf("keys were injected: %v %v", r.Annotations, r.Labels)
	}
}

// linksTo reports whether Markdown md has, outside code blocks and code
// spans, a "](" + scheme whose bracket is not escaped (preceded by an even
// number of backslashes).
func linksTo(md, scheme string) bool {
	fence := ""
	for _, line := range strings.Split(md, "\n") {
		trimmed := strings.TrimLeft(line, " ")
		if fence != "" {
			if strings.HasPrefix(trimmed, fence) && strings.Trim(trimmed, "`~") == "" {
				fence = ""
			}
			continue
		}
		if run := len(trimmed) - len(strings.TrimLeft(trimmed, "`")); run >= 3 {
			fence = trimmed[:run]
			continue
		}
		if lineLinksTo(withoutCodeSpans(line), scheme) {
			return true
		}
	}
	return false
}

// withoutCodeSpans drops the code spans of a line of Markdown.
func withoutCodeSpans(line string) string {
	var b strings.Builder
	for i := 0; i < len(line); {
		if line[i] != '`' {
			b.WriteByte(line[i])
			i++
			continue
		}
		run := 1
		for i+run < len(line) && line[i+run] == '`' {
			run++
		}
		fence := strings.Repeat("`", run)
		end := strings.Index(line[i+run:], fence)
		if end < 0 {
			b.WriteString(fence)
			i += run
			continue
		}
		i += run + end + run
	}
	return b.String()
}

func lineLinksTo(line, scheme string) bool {
	for i := 0; ; {
		j := strings.Index(line[i:], "]("+scheme)
		if j < 0 {
			return false
		}
		at := i + j
		n := 0
		for k := at - 1; k >= 0 && line[k] == '\\'; k-- {
			n++
		}
		if n%2 == 0 {
			return true
		}
		i = at + 1
	}
}
