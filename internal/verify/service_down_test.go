package verify_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/verify"
)

// TestAnExporterThatCannotReachItsServiceIsOneErrorNotOnePerFamily: with
// squid stopped, squid_exporter served squid_up 0 and its own families,
// and verify said so last, after 120 absent-metric errors.
func TestAnExporterThatCannotReachItsServiceIsOneErrorNotOnePerFamily(t *testing.T) {
	c := specWith(t, "", "      - {name: app_up, type: gauge, help: Could the app be reached.}\n"+
		"      - {name: app_exporter_build_info, type: gauge, help: Build.}\n"+
		"      - {name: app_requests_total, type: counter, help: Requests.}\n"+
		"      - {name: app_connections, type: gauge, help: Connections.}\n")
	const down = "# HELP app_up Could the app be reached.\n# TYPE app_up gauge\napp_up 0\n" +
		"# HELP app_exporter_build_info Build.\n# TYPE app_exporter_build_info gauge\napp_exporter_build_info 1\n"
	r := check(t, c, "x.prom", down, verify.Options{})
	var got []string
	for _, d := range r.Diags {
		got = append(got, d.Severity.String()+" "+d.Code)
	}
	want := []string{"error service-down", "info absent-metric", "info absent-metric"}
	if !slices.Equal(got, want) {
		t.Fatalf("findings %v, want %v:\n%v", got, want, r.Diags)
	}
	if !strings.Contains(r.Diags[0].Message, "app_up is 0: the exporter could not reach its service, so 2 documented families of the service are absent") {
		t.Errorf("the cause: %s", r.Diags[0].Message)
	}
	if cov := r.Coverage; cov.DocumentedPresent != 2 || cov.Documented != 4 || cov.ServiceDown != 2 ||
		!strings.Contains(cov.String(), "present 2/4 (50.0%; 2 absent while the service is down)") {
		t.Errorf("coverage %+v (%s), want 2/4 present and 2 absent while the service is down", cov, cov)
	}
	// Up, the same catalogue wants every family.
	up := strings.Replace(down, "app_up 0", "app_up 1", 1)
	if r := check(t, c, "x.prom", up, verify.Options{}); len(r.Diags) != 2 || r.Diags[0].Code != "absent-metric" || r.Diags[0].Severity.String() != "error" {
		t.Errorf("with app_up 1: %v", r.Diags)
	}
}
