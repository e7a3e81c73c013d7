package docs

import (
	"regexp"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/specload"
)

// hostile is text that tries to break out of every Markdown construct.
const hostile = "x | y |\n# Injected heading\n<script>alert(1)</script> ``` `code` *em* _em_ [link](http://evil) ---"

func hostileCatalogue(t *testing.T) *catalogue.Catalogue {
	t.Helper()
	q := func(s string) string { return strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), "\n", `\n`) }
	spec := `apiVersion: obsgen.dev/v1
service:
  name: evil
  title: "` + q(hostile) + `"
  description: "` + q(hostile) + `"
labels:
  - name: op
    description: "` + q(hostile) + `"
    values:
      - value: "a|b"
        description: "` + q(hostile) + `"
metric_groups:
  - name: g
    title: "` + q(hostile) + `"
    metrics:
      - name: evil_requests_total
        type: counter
        help: "` + q(strings.ReplaceAll(hostile, "\n", " ")) + `"
        labels: [op]
queries:
  - title: "` + q(hostile) + `"
    queries:
      - name: q
        title: "` + q(hostile) + `"
        comment: "` + q(hostile) + `"
        expr: rate(evil_requests_total[5m])
alert_groups:
  - name: g
    rules:
      - alert: EvilAlert
        expr: rate(evil_requests_total[5m]) > 1
        for: 1m
        labels: {severity: warning}
        annotations:
          summary: "` + q(hostile) + `"
        runbook:
          meaning: "` + q(hostile) + `"
          checks: ["` + q(hostile) + `"]
corrections:
  - subject: "` + q(hostile) + `"
    page: "` + q(hostile) + `"
    spec: "` + q(hostile) + `"
    why: "` + q(hostile) + `"
`
	c, diags := specload.LoadBytes("evil.yaml", []byte(spec))
	if diags.HasErrors() {
		t.Fatalf("hostile spec does not load: %v", diags)
	}
	return c
}

var unescapedPipe = regexp.MustCompile(`(^|[^\\])\|`)

func TestHostileTextCannotAddCellsHeadingsOrHTML(t *testing.T) {
	c := hostileCatalogue(t)
	files, err := Generator{}.Generate(c)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		md := string(f.Data)
		inFence := false
		cols := 0
		for i, line := range strings.Split(md, "\n") {
			if strings.HasPrefix(line, "```") {
				inFence = !inFence
				continue
			}
			if inFence {
				continue
			}
			if strings.HasPrefix(line, "# Injected") || strings.HasPrefix(line, "## Injected") {
				t.Errorf("%s:%d: injected heading: %s", f.Path, i+1, line)
			}
			if strings.Contains(line, "<script>") {
				t.Errorf("%s:%d: raw HTML: %s", f.Path, i+1, line)
			}
			if strings.HasPrefix(line, "|") {
				n := len(unescapedPipe.FindAllString(line, -1))
				if strings.HasPrefix(line, "| ---") || cols == 0 {
					cols = n
				} else if n != cols {
					t.Errorf("%s:%d: table row has %d cells, header has %d: %s", f.Path, i+1, n-1, cols-1, line)
				}
			} else {
				cols = 0
			}
		}
		if inFence {
			t.Errorf("%s: a fence is left open", f.Path)
		}
	}
}
