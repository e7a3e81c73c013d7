package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestObsgenTestPassesForTheSeedsWithFullCoverage(t *testing.T) {
	root := copySpecs(t)
	code, stdout, stderr := obsgen(t, root, "test", "--coverage", "--require-coverage")
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	// Each SLO adds nine tests: its alerts' eight (each window pair firing
	// just above its burn rate, silent just below) and one of the series
	// it records.
	for _, want := range []string{"ok  \trstmdb\t28 tests", "ok  \tstemedb\t17 tests", "45 passed, 0 failed",
		"coverage rstmdb: 9/9 alerts tested firing and not firing, 28/28 recording rules tested", "coverage stemedb: 6/6 alerts"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
}

func TestObsgenTestFailsWhenAThresholdBreaks(t *testing.T) {
	root := copySpecs(t)
	p := filepath.Join(root, "specs", "stemedb", "alerts.yaml")
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	broken := strings.Replace(string(data), "stemedb_merkle_diff_size > 10000", "stemedb_merkle_diff_size > 100000", 1)
	if err := os.WriteFile(p, []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, _ := obsgen(t, root, "test", "specs/stemedb")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{"--- FAIL: stemedb/MerkleDiffBacklog/fires after ten minutes above 10000 assertions (specs/stemedb/alerts.yaml:", "16 passed, 1 failed"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
}

func TestObsgenTestRequireCoverageFailsOnAnUntestedAlert(t *testing.T) {
	root := copySpecs(t)
	p := filepath.Join(root, "specs", "stemedb", "extra.yaml")
	extra := "apiVersion: obsgen.dev/v1\nalert_groups:\n  - name: extra\n    rules:\n      - alert: Untested\n        expr: stemedb_cluster_nodes_suspect > 0\n"
	if err := os.WriteFile(p, []byte(extra), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, stdout, stderr := obsgen(t, root, "test", "specs/stemedb"); code != 0 {
		t.Errorf("without --require-coverage: exit %d\n%s%s", code, stdout, stderr)
	}
	code, stdout, stderr := obsgen(t, root, "test", "--coverage", "--require-coverage", "specs/stemedb")
	if code != 1 || !strings.Contains(stdout, "Untested") || !strings.Contains(stdout, "MISSING: no test") || !strings.Contains(stderr, "not fully covered") {
		t.Errorf("exit %d, want 1 naming the untested alert\n%s%s", code, stdout, stderr)
	}
}

func TestObsgenSimulatePrintsAnExpositionOrSaysWhyNot(t *testing.T) {
	root := copySpecs(t)
	variants, err := filepath.Abs("../../internal/catalogue/testdata/variants")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name     string
		args     []string
		code     int
		contains string
	}{
		{"healthy", []string{"simulate", "specs/stemedb"}, 0, "# TYPE stemedb_sync_lag_seconds gauge"},
		{"a scenario", []string{"simulate", "specs/stemedb", "--scenario", "ClusterNodeDown"}, 0, "stemedb_cluster_nodes_alive 2"},
		{"an unknown scenario", []string{"simulate", "specs/stemedb", "--scenario", "Nope"}, 2, `--scenario "Nope": Nope is not an alert of stemedb; its alerts: SyncLagHigh, MerkleDiffBacklog, ClusterNodeDown`},
		{"a failed-scrape scenario without --listen", []string{"simulate", "specs/rstmdb", "--scenario", "RstmdbDown"}, 1, "--listen"},
		{"every variant of an alert", []string{"simulate", variants, "--scenario", "WarehouseDiskFull"}, 0, "warehouse_disk_used_percent 160"},
		{"one variant picked by its labels", []string{"simulate", variants, "--scenario", `WarehouseDiskFull{severity="warning"}`}, 0, "warehouse_disk_used_percent 88"},
		{"labels no variant has", []string{"simulate", variants, "--scenario", `WarehouseDiskFull{severity="info"}`}, 2, `its variants: WarehouseDiskFull{severity="warning"}, WarehouseDiskFull{severity="critical"}`},
		{"two services", []string{"simulate", "specs"}, 2, "give one service folder"},
		{"no spec", []string{"simulate"}, 2, "accepts 1 arg"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := obsgen(t, root, tc.args...)
			if code != tc.code || !strings.Contains(stdout+stderr, tc.contains) {
				t.Errorf("exit %d, want %d with %q\n%.500s%s", code, tc.code, tc.contains, stdout, stderr)
			}
		})
	}
}

func TestObsgenTestReportsAndCoversEachVariantOfAnAlert(t *testing.T) {
	code, stdout, stderr := obsgen(t, "", "test", "-v", "--coverage", "--require-coverage", "../../internal/catalogue/testdata/variants")
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	for _, want := range []string{
		`--- PASS: warehouse/WarehouseDiskFull{severity="warning"}/fires past its threshold for five minutes`,
		`--- PASS: warehouse/WarehouseDiskFull{severity="critical"}/fires past its threshold for five minutes`,
		"coverage warehouse: 2/2 alerts tested firing and not firing",
		`  WarehouseDiskFull{severity="critical"}   alert   firing: yes  not firing: yes  (2 tests)`,
		"2 passed, 0 failed",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
}
