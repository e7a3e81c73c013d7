package site

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/generators/prometheus"
	"github.com/obsgen/obsgen/internal/testtool"
)

// outDir is the committed out/, the seeds' generated tree: the site the
// repository publishes.
const outDir = "../../out"

// build builds the site of out/ with mkdocs build --strict into a
// temporary folder and returns it.
func build(t *testing.T) string {
	t.Helper()
	mkdocs := testtool.Require(t, "mkdocs")
	site := filepath.Join(t.TempDir(), "site")
	cmd := exec.Command(mkdocs, "build", "--strict", "--config-file", filepath.Join(outDir, "docs", "mkdocs.yml"), "--site-dir", site)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("mkdocs build --strict: %v\n%s", err, out)
	}
	if strings.Contains(string(out), "WARNING") {
		t.Fatalf("mkdocs build warns:\n%s", out)
	}
	return site
}

func TestTheSiteBuildsStrictlyWithNoBrokenLinkOrMissingPicture(t *testing.T) {
	site := build(t)
	problems, err := CheckLinks(site)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Error(p)
	}
	for _, page := range []string{
		"docs/index.html",
		"rstmdb/docs/monitoring.html",
		"rstmdb/docs/alerts/RstmdbHighErrorRate.html",
		"rstmdb/docs/dashboards/rstmdb-overview.html",
		"rstmdb/docs/slos.html",
		"stemedb/docs/journeys.html",
	} {
		if _, err := filepath.Glob(filepath.Join(site, page)); err != nil {
			t.Errorf("%s: %v", page, err)
		}
	}
	// An alert linking its runbook under organisation.docs_url links
	// prometheus.SiteRunbookPath: every alert's page is there.
	rules, err := filepath.Glob(filepath.Join(outDir, "*", "prometheus", "alerts.yaml"))
	if err != nil || len(rules) == 0 {
		t.Fatalf("no rule files in %s: %v", outDir, err)
	}
	for _, file := range rules {
		service := filepath.Base(filepath.Dir(filepath.Dir(file)))
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			name, ok := strings.CutPrefix(strings.TrimSpace(line), "- alert: ")
			if !ok {
				continue
			}
			page := prometheus.SiteRunbookPath(service, strings.Trim(name, `'"`))
			if _, err := os.Stat(filepath.Join(site, filepath.FromSlash(page))); err != nil {
				t.Errorf("alert %s of %s: no page %s in the site", name, service, page)
			}
		}
	}
}
