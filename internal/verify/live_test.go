package verify_test

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/exposition"
	"github.com/obsgen/obsgen/internal/importer"
	"github.com/obsgen/obsgen/internal/pipeline"
	"github.com/obsgen/obsgen/internal/testtool"
	"github.com/obsgen/obsgen/internal/verify"
)

// freeAddr returns a 127.0.0.1 address with a port nobody listens on.
func freeAddr(t *testing.T) string {
	t.Helper()
	return "127.0.0.1:" + strconv.Itoa(testtool.FreePort(t))
}

// start runs a real exporter for the test's duration (at most a minute)
// and stops it when the test ends.
func start(t *testing.T, bin string, args ...string) *bytes.Buffer {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	cmd := exec.CommandContext(ctx, bin, args...)
	var log bytes.Buffer
	cmd.Stdout, cmd.Stderr = &log, &log
	if err := cmd.Start(); err != nil {
		cancel()
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cancel()
		_ = cmd.Wait()
	})
	return &log
}

// waitReady polls url until it answers 200, for at most 20 seconds.
func waitReady(t *testing.T, url string, log *bytes.Buffer) {
	t.Helper()
	client := &http.Client{Timeout: time.Second}
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		resp, err := client.Get(url)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("%s did not become ready in 20s; its log:\n%s", url, log)
}

// liveCheck verifies a live exposition against the catalogue in
// testdata/<name>, then imports it and verifies the import against the
// same exposition.
func liveCheck(t *testing.T, name, url string) {
	c, _ := loadSpec(t, filepath.Join("testdata", name))
	e, err := exposition.Fetch(context.Background(), url, exposition.FetchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r := verify.Verify(c, e, verify.Options{})
	if r.Diags.HasErrors() || r.Coverage.Documented != r.Coverage.DocumentedPresent || r.Coverage.Documented == 0 {
		t.Errorf("the live %s does not match testdata/%s:\n%v\n%s", name, name, r.Diags, r.Coverage)
	}
	t.Logf("%s against testdata/%s: %s", url, name, r.Coverage)
	importRoundTrip(t, name, e, []string{"go_*", "process_*"})
}

// importRoundTrip imports e into a service folder beside a hand-written
// service.yaml, lints it (warnings only where the exporter breaks a naming
// convention) and verifies e against it, which must be clean and complete.
func importRoundTrip(t *testing.T, name string, e *exposition.Exposition, ignore []string) {
	t.Helper()
	spec, err := importer.Import(e, importer.Options{Service: name, Ignore: ignore})
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "metrics.yaml"), spec, 0o644); err != nil {
		t.Fatal(err)
	}
	service := fmt.Sprintf("apiVersion: obsgen.dev/v1\nservice:\n  name: %s\n  title: Written by hand\n", name)
	if err := os.WriteFile(filepath.Join(dir, "service.yaml"), []byte(service), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := pipeline.Load(pipeline.Options{Specs: []string{dir}})
	if err != nil || len(res.Catalogues) != 1 {
		t.Fatalf("load the imported spec: %v %v", err, res)
	}
	for _, d := range res.Diags {
		if d.Severity >= diag.Warning && d.Code != "counter-name" && d.Code != "gauge-name" {
			t.Errorf("obsgen lint finds a problem in the imported spec: %s", d)
		}
	}
	back := verify.Verify(res.Catalogues[0], e, verify.Options{})
	if len(back.Diags) != 0 || !back.Coverage.Complete() {
		t.Errorf("import then verify on the live %s is not 100%%:\n%v\n%s", name, back.Diags, back.Coverage)
	}
	t.Logf("import then verify: %s", back.Coverage)
}

func TestARealNodeExporterMatchesItsCatalogueAndRoundTrips(t *testing.T) {
	bin := testtool.Require(t, "prometheus-node-exporter")
	addr := freeAddr(t)
	log := start(t, bin, "--web.listen-address="+addr,
		"--collector.disable-defaults", "--collector.cpu", "--collector.meminfo", "--collector.loadavg",
		"--collector.stat", "--collector.time", "--collector.uname")
	url := fmt.Sprintf("http://%s/metrics", addr)
	waitReady(t, url, log)
	liveCheck(t, "node-exporter", url)
}

func TestARealNodeExporterWithItsDefaultCollectorsImportsAndVerifiesAtFullCoverage(t *testing.T) {
	bin := testtool.Require(t, "prometheus-node-exporter")
	addr := freeAddr(t)
	log := start(t, bin, "--web.listen-address="+addr)
	url := fmt.Sprintf("http://%s/metrics", addr)
	waitReady(t, url, log)
	e, err := exposition.Fetch(context.Background(), url, exposition.FetchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	untyped := 0
	for _, f := range e.Families {
		if f.Type == exposition.Untyped {
			untyped++
		}
	}
	t.Logf("%d families, %d untyped", len(e.Families), untyped)
	importRoundTrip(t, "node", e, []string{"go_*", "process_*", "promhttp_*"})
}

func TestARealPrometheusServerMatchesItsCatalogueAndRoundTrips(t *testing.T) {
	bin := testtool.Require(t, "prometheus")
	dir := t.TempDir()
	config := filepath.Join(dir, "prometheus.yml")
	if err := os.WriteFile(config, []byte("global:\n  scrape_interval: 1h\nscrape_configs: []\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	addr := freeAddr(t)
	log := start(t, bin, "--web.listen-address="+addr, "--storage.tsdb.path="+filepath.Join(dir, "data"),
		"--config.file="+config, "--log.level=warn")
	waitReady(t, fmt.Sprintf("http://%s/-/ready", addr), log)
	liveCheck(t, "prometheus", fmt.Sprintf("http://%s/metrics", addr))
}
