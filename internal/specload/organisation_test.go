package specload

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
)

func TestTheOrganisationFileDeclaresExternalLabelsAndNothingElse(t *testing.T) {
	dir := t.TempDir()
	write := func(body string) {
		if err := os.WriteFile(filepath.Join(dir, catalogue.OrganisationFile), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if o, diags, _ := LoadOrganisation(dir); o != nil || len(diags) > 0 {
		t.Fatalf("no file: want nothing, got %v %v", o, diags)
	}
	write("apiVersion: obsgen.dev/v1\norganisation:\n  external_labels:\n    - name: cluster\n    - name: region\n")
	o, diags, _ := LoadOrganisation(dir)
	if len(diags) > 0 || o == nil || len(o.ExternalLabels) != 2 {
		t.Fatalf("want two external labels, got %v %v", o, diags)
	}
	write("apiVersion: obsgen.dev/v1\norganisation:\n  external_labels:\n    - name: job\nservice:\n  name: x\n")
	_, diags, _ = LoadOrganisation(dir)
	if got := fmt.Sprint(diags); !strings.Contains(got, "reserved-label") || !strings.Contains(got, "misplaced-section") {
		t.Errorf("want reserved-label for job and misplaced-section for service, got:\n%s", got)
	}
	if hasSpecFiles(dir) {
		t.Errorf("a folder holding only organisation.yaml is not a service folder")
	}
}

// TestTheOrganisationsAlertmanagersAreHostsAndPorts: host:port or an
// http(s) URL; a host alone has no port Prometheus would know.
func TestTheOrganisationsAlertmanagersAreHostsAndPorts(t *testing.T) {
	dir := t.TempDir()
	body := "apiVersion: obsgen.dev/v1\norganisation:\n  alertmanagers: [\"am-0:9093\", \"https://am-1/alertmanager\", \"am-2\"]\n"
	if err := os.WriteFile(filepath.Join(dir, catalogue.OrganisationFile), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	o, diags, _ := LoadOrganisation(dir)
	if o == nil || len(diags) != 1 || diags[0].Pos.Line != 3 || !strings.Contains(diags[0].Message, `"am-2": write host:port or an http(s) URL`) {
		t.Fatalf("want one error on am-2 saying what to write, got %v", diags)
	}
}
