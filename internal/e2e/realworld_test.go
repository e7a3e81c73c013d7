package e2e

import (
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/obsgen/obsgen/internal/pipeline"
	"github.com/obsgen/obsgen/internal/testtool"
)

// realWorldNode is the catalogue of Debian's node exporter with the
// node-mixin's rules, adopted verbatim.
var realWorldNode = filepath.Join("..", "..", "testdata", "realworld", "node")

// TestAPrometheusScrapingARealNodeExporterRunsTheNodeMixinRulesHealthy starts
// Debian's node exporter and a real Prometheus on the configuration and
// rules obsgen generates from testdata/realworld/node, and checks that the
// target is up and that every alerting and recording rule of the mixin is
// loaded and evaluated with health ok.
func TestAPrometheusScrapingARealNodeExporterRunsTheNodeMixinRulesHealthy(t *testing.T) {
	prom := testtool.Require(t, "prometheus")
	exporter := testtool.Require(t, "prometheus-node-exporter")
	ctx, cancel := context.WithTimeout(context.Background(), runTimeout)
	defer cancel()

	res, err := pipeline.Load(pipeline.Options{Specs: []string{realWorldNode}})
	if err != nil || len(res.Catalogues) != 1 || res.Diags.HasErrors() {
		t.Fatalf("load %s: %v %v", realWorldNode, err, res.Diags)
	}
	c := res.Catalogues[0]

	addr := "127.0.0.1:" + strconv.Itoa(testtool.FreePort(t))
	ne := exec.CommandContext(ctx, exporter, "--web.listen-address="+addr)
	ne.WaitDelay = 5 * time.Second
	if err := ne.Start(); err != nil {
		t.Fatalf("starting the node exporter: %v", err)
	}
	t.Cleanup(func() {
		_ = ne.Process.Kill()
		_ = ne.Wait()
	})

	dir := t.TempDir()
	want := writeConfig(t, c, dir, addr)
	if len(want) != len(c.Alerts())+len(c.Records()) || len(want) < 40 {
		t.Fatalf("want every rule of the mixin, got %d", len(want))
	}
	p := startPrometheus(ctx, t, prom, filepath.Join(dir, "prometheus.yml"), dir)
	fail := func(format string, args ...any) {
		t.Helper()
		t.Fatalf(format+"\nprometheus said:\n%s", append(args, p.output())...)
	}
	waitRulesHealthy(ctx, p, want, fail)
	if ok, why := poll(ctx, func() (bool, string) {
		var q struct {
			Data struct {
				Result []struct {
					Value []any `json:"value"`
				} `json:"result"`
			} `json:"data"`
		}
		if _, err := p.get(ctx, `/api/v1/query?query=up%7Bjob%3D%22node%22%7D`, &q); err != nil {
			return false, err.Error()
		}
		if len(q.Data.Result) != 1 || len(q.Data.Result[0].Value) != 2 || q.Data.Result[0].Value[1] != "1" {
			return false, fmt.Sprintf("up{job=\"node\"} = %v", q.Data.Result)
		}
		return true, ""
	}); !ok {
		fail("the node exporter is not scraped: %s", why)
	}
	t.Logf("%d rules of the node-mixin evaluated with health ok against a live node exporter", len(want))
}
