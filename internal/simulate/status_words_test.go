package simulate

import (
	"regexp"
	"strconv"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

// TestAGRPCStatusWordElsewhereThanAStatusLabelIsNoFailure:
// prometheus_varnish_exporter labels a backend no probe watches
// server="unknown"; the simulator read "unknown" as gRPC's status Unknown,
// a server error, and served a healthy Varnish's backend as down, its
// requests at one in a thousand of the front's. In grpc_code, Unknown is
// still an error.
func TestAGRPCStatusWordElsewhereThanAStatusLabelIsNoFailure(t *testing.T) {
	c := testtool.LoadSpec(t, `apiVersion: obsgen.dev/v1
service: {name: varnish}
labels:
  - {name: backend, example: default}
  - {name: server, example: unknown}
  - name: grpc_code
    values: [{value: OK}, {value: Unknown}]
metric_groups:
  - name: varnish
    metrics:
      - {name: varnish_backend_up, type: gauge, help: Backend up as per the latest health probe., labels: [backend, server]}
      - {name: varnish_backend_req, type: counter, help: Backend requests made., labels: [backend, server]}
      - {name: varnish_main_backend_req, type: counter, help: Backend requests made.}
      - {name: grpc_server_handled_total, type: counter, help: RPCs completed on the server., labels: [grpc_code]}
`)
	body, err := Exposition(c, Options{Time: fixed})
	if err != nil {
		t.Fatal(err)
	}
	value := func(series string) float64 {
		m := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(series) + ` (\S+)$`).FindSubmatch(body)
		if m == nil {
			t.Fatalf("%s is not served:\n%s", series, body)
		}
		v, _ := strconv.ParseFloat(string(m[1]), 64)
		return v
	}
	if v := value(`varnish_backend_up{backend="default",server="unknown"}`); v != 1 {
		t.Errorf("a healthy backend is served up %g", v)
	}
	if front, back := value(`varnish_main_backend_req`), value(`varnish_backend_req{backend="default",server="unknown"}`); back != front {
		t.Errorf("the backend's requests %g are not the front's %g", back, front)
	}
	if ok, unknown := value(`grpc_server_handled_total{grpc_code="OK"}`), value(`grpc_server_handled_total{grpc_code="Unknown"}`); unknown >= ok/100 {
		t.Errorf("gRPC's Unknown is served at %g of %g, as often as a healthy server fails?", unknown, ok)
	}
}
