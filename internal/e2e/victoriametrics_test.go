package e2e

import (
	"context"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/obsgen/obsgen/generators/prometheus"
	"github.com/obsgen/obsgen/internal/simulate"
	"github.com/obsgen/obsgen/internal/testtool"
	"github.com/prometheus/common/model"
)

// vmTimeout bounds the VictoriaMetrics run.
const vmTimeout = 2 * time.Minute

func TestVmalertFiresTheScenarioOnVictoriaMetricsFedByRemoteWrite(t *testing.T) {
	promBin := testtool.Require(t, "prometheus")
	vmBin := testtool.RequireFrom(t, "victoria-metrics", testtool.Engines)
	vmalertBin := testtool.RequireFrom(t, "vmalert", testtool.Engines)
	start := time.Now()
	t.Cleanup(func() { t.Logf("the VictoriaMetrics run took %s", time.Since(start).Round(100*time.Millisecond)) })
	ctx, cancel := context.WithTimeout(context.Background(), vmTimeout)
	defer cancel()
	c := testtool.Load(t, filepath.Join(testtool.Root(t), filepath.FromSlash(topologyService)))
	if err := compress(c); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()

	// A single-node VictoriaMetrics that shows samples as soon as they
	// arrive (its default hides the last 30 s).
	vm := startServer(ctx, t, vmBin, func(listen string) []string {
		return []string{"-storageDataPath=" + filepath.Join(dir, "vm"), "-httpListenAddr=" + listen, "-retentionPeriod=1d",
			"-search.latencyOffset=0s", "-search.disableCache", "-loggerLevel=WARN"}
	})
	waitHealthy(ctx, t, vm, "/health", "victoria-metrics")

	// Prometheus scrapes the scenario and writes every series to it, with
	// its external labels.
	sim := httptest.NewServer(simulate.Handler(c, simulate.Options{Scenario: topologyScenario}))
	t.Cleanup(sim.Close)
	want := writeConfigWith(t, c, dir, strings.TrimPrefix(sim.URL, "http://"), func(cfg *prometheus.Config) {
		cfg.Global.ExternalLabels = map[string]string{"cluster": "a", "replica": "0"}
		cfg.RemoteWrite = []prometheus.RemoteWriteConfig{{URL: vm.base + "/api/v1/write",
			QueueConfig: &prometheus.QueueConfig{BatchSendDeadline: model.Duration(time.Second)}}}
	})
	startServer(ctx, t, promBin, func(listen string) []string {
		return []string{"--config.file=" + filepath.Join(dir, "prometheus.yml"), "--storage.tsdb.path=" + filepath.Join(dir, "data"),
			"--web.listen-address=" + listen, "--log.level=warn"}
	})

	// vmalert on the generated Prometheus rule files, as they are,
	// against VictoriaMetrics.
	// Recording rules write their results back to VictoriaMetrics.
	args := []string{"-datasource.url=" + vm.base, "-remoteWrite.url=" + vm.base, "-remoteWrite.flushInterval=1s",
		"-evaluationInterval=1s", "-rule.evalDelay=0s", "-notifier.blackhole", "-loggerLevel=WARN"}
	for _, part := range prometheus.RuleFiles(c) {
		if !part.Global {
			args = append(args, "-rule="+filepath.Join(dir, part.Name))
		}
	}
	vmalert := startServer(ctx, t, vmalertBin, func(listen string) []string { return append(args, "-httpListenAddr="+listen) })
	waitHealthy(ctx, t, vmalert, "/health", "vmalert")
	if ok, why := poll(ctx, func() (bool, string) { return rulesHealthy(ctx, vmalert, want) }); !ok {
		t.Fatalf("vmalert: %s\nit said:\n%s", why, lastLines(vmalert, 20))
	}
	got := waitFiring(ctx, t, vmalert, "vmalert", topologyScenario)
	if got["cluster"] != "a" {
		t.Errorf("alert labels %v: the series came with Prometheus's external label cluster=a", got)
	}
	t.Logf("vmalert fires %v", got)
}
