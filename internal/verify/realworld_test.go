package verify_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/exposition"
	"github.com/obsgen/obsgen/internal/testtool"
	"github.com/obsgen/obsgen/internal/verify"
)

// TestARealNodeExporterWithItsDefaultCollectorsMatchesTheRealWorldCatalogue
// runs Debian's node exporter as it ships (every default collector) and
// verifies it against testdata/realworld/node: no errors, so `obsgen verify`
// exits 0; families that exist only with another collector, on other
// hardware or on another platform are reported absent as info; every family
// the exporter serves (but client-library noise) is documented.
func TestARealNodeExporterWithItsDefaultCollectorsMatchesTheRealWorldCatalogue(t *testing.T) {
	bin := testtool.Require(t, "prometheus-node-exporter")
	addr := freeAddr(t)
	log := start(t, bin, "--web.listen-address="+addr)
	url := fmt.Sprintf("http://%s/metrics", addr)
	waitReady(t, url, log)
	c, _ := loadSpec(t, filepath.Join("..", "..", "testdata", "realworld", "node"))
	e, err := exposition.Fetch(context.Background(), url, exposition.FetchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r := verify.Verify(c, e, verify.Options{})
	if r.Diags.HasErrors() {
		t.Errorf("verify finds errors, so obsgen verify would exit 1:\n%v", r.Diags)
	}
	for _, d := range r.Diags {
		if d.Severity == diag.Warning {
			t.Logf("warning (machine-dependent, allowed): %s", d.Message)
		}
	}
	t.Logf("%s against testdata/realworld/node: %s", url, r.Coverage)
}
