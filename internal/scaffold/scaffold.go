// Package scaffold writes, in memory, the starting catalogue of a new
// service: what `obsgen init SERVICE` puts under specs/SERVICE/, and the
// lines a repository adds to its Makefile and CI to run obsgen. It reads
// and writes no files; the command does.
package scaffold

import (
	"bytes"
	"fmt"
	"strings"
	"text/template"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/naming"
	"github.com/obsgen/obsgen/templates"
)

// File is one file of the scaffold, its path relative to the specs folder's
// parent (for example "specs/payments/service.yaml").
type File struct {
	Path string
	Data []byte
}

// Options say where the scaffold goes.
type Options struct {
	// Specs is the folder of service folders, slash-separated and relative
	// to the repository root; default "specs".
	Specs string
	// Schema is what the spec's first line names as its JSON Schema: a
	// path relative to the service folder, or a URL.
	Schema string
}

// newService is what a new service's name may be: a service name
// (naming.Service) that starts with a letter, since it also prefixes
// metric and alert names.
var newService = naming.NewShape(`^[a-z][a-z0-9_-]*$`, 63)

// CheckName returns an error when name cannot name a service: it becomes
// a folder, a scrape job, a metric prefix and an alert name prefix.
func CheckName(name string) error {
	if !newService.MatchString(name) {
		return fmt.Errorf("%q: a service name starts with a lower-case letter and has only lower-case letters, digits, '-' and '_' (at most 63)", name)
	}
	return nil
}

// Service returns the files of a new service's catalogue: one spec file
// with a counter, a scrape job and a tested alert on up, plus commented
// examples of a histogram, a 0/1 gauge, an error-ratio alert and a
// latency alert.
func Service(name string, opts Options) ([]File, error) {
	if err := CheckName(name); err != nil {
		return nil, err
	}
	specs := opts.Specs
	if specs == "" {
		specs = "specs"
	}
	tmpl, err := template.ParseFS(templates.FS, "init/service.yaml.tmpl")
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	err = tmpl.Execute(&b, map[string]string{
		"Service": name,
		"Prefix":  metricPrefix(name),
		"Alert":   catalogue.CamelCase(name),
		"Schema":  opts.Schema,
	})
	if err != nil {
		return nil, err
	}
	return []File{{Path: strings.TrimSuffix(specs, "/") + "/" + name + "/service.yaml", Data: b.Bytes()}}, nil
}

// metricPrefix is the prefix of a service's metric names: its name with
// - written _.
func metricPrefix(name string) string { return strings.ReplaceAll(name, "-", "_") }

// ExampleMetric is the counter a new service's scaffold declares as an
// example (payments_requests_total), for an import into its folder to say
// it is still there.
func ExampleMetric(name string) string { return metricPrefix(name) + "_requests_total" }

// NextSteps is what obsgen init prints after writing a service: the
// commands to run, a Makefile fragment and a CI step, for a repository
// whose specs are in specs and whose generated files go to out/.
func NextSteps(name, specs string) string {
	if specs == "" {
		specs = "specs"
	}
	var b strings.Builder
	b.WriteString("Next:\n")
	for _, step := range [][2]string{
		{"obsgen lint " + specs + "/" + name, "check the catalogue"},
		{"obsgen test " + specs + "/" + name, "run its alert tests"},
		{"obsgen generate " + specs, "write out/; commit it, CI checks it is up to date"},
		{"obsgen simulate " + specs + "/" + name + " --listen 127.0.0.1:8080", "a synthetic " + name + " for Prometheus to scrape"},
	} {
		fmt.Fprintf(&b, "  %-58s # %s\n", step[0], step[1])
	}
	fmt.Fprintf(&b, `
Add to your Makefile (recipe lines start with a tab):

monitoring: ## write out/ from %[2]s/
	obsgen generate %[2]s
monitoring-check: ## what CI runs
	obsgen lint %[2]s
	obsgen test %[2]s --require-coverage
	obsgen check %[2]s

Add to CI (GitHub Actions step; GitLab CI and SARIF upload: see docs/ci.md):
  - run: go install github.com/obsgen/obsgen/cmd/obsgen@latest
  - run: obsgen lint %[2]s --format github
  - run: obsgen test %[2]s
  - run: obsgen check %[2]s
`, name, specs)
	return b.String()
}
