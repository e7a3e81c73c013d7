package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/golden"
	"github.com/obsgen/obsgen/internal/testtool"
)

// gitRepo copies testdata/diff/repo into a new git repository, commits it
// on main and returns its folder.
func gitRepo(t *testing.T) string {
	t.Helper()
	testtool.Require(t, "git")
	root := t.TempDir()
	src := filepath.Join("testdata", "diff", "repo")
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		dst := filepath.Join(root, rel)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	git(t, root, "init", "-q", "-b", "main")
	git(t, root, "add", "-A")
	git(t, root, "commit", "-q", "-m", "base")
	return root
}

// git runs git in dir with a fixed identity and no signing.
func git(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-c", "user.name=obsgen", "-c", "user.email=obsgen@example.com",
		"-c", "commit.gpgsign=false", "-c", "core.hooksPath=/dev/null"}, args...)...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// edit replaces old with new in a file of the repository, failing when old
// is not there.
func edit(t *testing.T, root, file, old, new string) {
	t.Helper()
	p := filepath.Join(root, file)
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), old) {
		t.Fatalf("%s does not hold %q", file, old)
	}
	if err := os.WriteFile(p, []byte(strings.Replace(string(data), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

const shopSpec = "specs/shop/spec.yaml"

// diffScenarios are the pull requests the diff tests make, each a branch
// off main with one commit.
var diffScenarios = []struct {
	name     string
	breaking bool
	change   func(t *testing.T, root string)
}{
	{"threshold", false, func(t *testing.T, root string) {
		edit(t, root, shopSpec, "> 0.05", "> 0.1")
	}},
	{"rename", true, func(t *testing.T, root string) {
		// The shop's own alert and panel follow the rename; the
		// storefront, which uses the shop's catalogue, still reads the
		// old name.
		for range 3 {
			edit(t, root, shopSpec, "shop_requests_total", "shop_http_requests_total")
		}
	}},
	{"panel", false, func(t *testing.T, root string) {
		edit(t, root, shopSpec, "          - title: Queue\n            type: timeseries\n            queries:\n              - expr: shop_queue_depth\n", "")
	}},
	{"routing", false, func(t *testing.T, root string) {
		// Pages become tickets: the alert's routing changes, not the alert.
		edit(t, root, shopSpec, "      receiver: pager\n      repeat_interval: 1h\n", "      receiver: tickets\n      repeat_interval: 1d\n")
	}},
	{"links", false, func(t *testing.T, root string) {
		// The organisation gives its Grafana: no spec changes, but every
		// alert is deployed with a link to the panel showing its series.
		edit(t, root, "specs/organisation.yaml", "  name: Example\n", "  name: Example\n  grafana_url: https://grafana.example.com\n")
	}},
	{"alert", false, func(t *testing.T, root string) {
		edit(t, root, shopSpec, "        runbook: {meaning: Requests fail.}\n", `        runbook: {meaning: Requests fail.}
      - alert: ShopQueueStuck
        expr: shop_queue_depth > 100
        for: 15m
        labels: {severity: ticket}
        annotations: {summary: Jobs pile up.}
        runbook: {meaning: Workers are stuck.}
`)
	}},
}

func TestDiffOfEachPullRequestMatchesItsGoldenInEveryFormat(t *testing.T) {
	goldens, err := filepath.Abs(filepath.Join("testdata", "diff"))
	if err != nil {
		t.Fatal(err)
	}
	root := gitRepo(t)
	base := strings.TrimSpace(git(t, root, "rev-parse", "main"))
	for _, sc := range diffScenarios {
		t.Run(sc.name, func(t *testing.T) {
			git(t, root, "checkout", "-q", "-b", sc.name, "main")
			sc.change(t, root)
			git(t, root, "commit", "-q", "-am", sc.name)
			for _, format := range []string{"text", "markdown", "json", "github", "sarif"} {
				code, stdout, stderr := obsgen(t, root, "diff", "--format", format, "--fail-on", "breaking")
				want := 0
				if sc.breaking {
					want = 1
				}
				if code != want {
					t.Errorf("%s: exit %d, want %d (--fail-on breaking)\n%s%s", format, code, want, stdout, stderr)
				}
				got := strings.ReplaceAll(stdout, base[:12], "BASE")
				golden.Check(t, filepath.Join(goldens, sc.name+"."+format), []byte(got))
			}
			// Without --fail-on, a breaking change does not fail.
			if code, _, _ := obsgen(t, root, "diff"); code != 0 {
				t.Errorf("diff without --fail-on: exit %d, want 0", code)
			}
		})
	}
}

func TestDiffLeavesTheWorkTreeAndTheIndexAlone(t *testing.T) {
	root := gitRepo(t)
	git(t, root, "checkout", "-q", "-b", "wip", "main")
	edit(t, root, shopSpec, "> 0.05", "> 0.2")
	// One change staged, another not: both stay as they were.
	git(t, root, "add", shopSpec)
	edit(t, root, shopSpec, "for: 5m", "for: 10m")
	before := git(t, root, "status", "--porcelain=v2")
	staged := git(t, root, "diff", "--cached")
	code, stdout, stderr := obsgen(t, root, "diff", "--base", "main")
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	for _, want := range []string{"threshold: > 0.05 → > 0.2", "for: 5m → 10m"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("the diff of the work tree lacks %q:\n%s", want, stdout)
		}
	}
	if after := git(t, root, "status", "--porcelain=v2"); after != before {
		t.Errorf("git status changed:\n%s\nwas\n%s", after, before)
	}
	if after := git(t, root, "diff", "--cached"); after != staged {
		t.Errorf("the index changed")
	}
}

func TestDiffAgainstAFolderEqualsTheDiffAgainstItsRevision(t *testing.T) {
	root := gitRepo(t)
	baseDir := t.TempDir()
	git(t, root, "worktree", "add", "-q", "--detach", baseDir, "main")
	git(t, root, "checkout", "-q", "-b", "rename", "main")
	diffScenarios[1].change(t, root)
	_, fromGit, _ := obsgen(t, root, "diff", "--base", "main", "--format", "json")
	_, fromDir, _ := obsgen(t, root, "diff", "--base-dir", baseDir, "--format", "json")
	fromGit = fromGit[strings.Index(fromGit, `"changes"`):]
	fromDir = fromDir[strings.Index(fromDir, `"changes"`):]
	if fromGit != fromDir {
		t.Errorf("--base-dir and --base differ:\n%s", golden.Diff(fromGit, fromDir))
	}
}

func TestChangedSinceLimitsLintToTheServicesAChangeTouchesWithTheSameFindings(t *testing.T) {
	root := gitRepo(t)
	if err := os.MkdirAll(filepath.Join(root, "specs", "other"), 0o755); err != nil {
		t.Fatal(err)
	}
	other := "apiVersion: obsgen.dev/v1\nservice:\n  name: other\nmetric_groups:\n  - name: g\n    metrics:\n      - {name: other_up, type: gauge, help: Up.}\n"
	if err := os.WriteFile(filepath.Join(root, "specs", "other", "spec.yaml"), []byte(other), 0o644); err != nil {
		t.Fatal(err)
	}
	git(t, root, "add", "-A")
	git(t, root, "commit", "-q", "-m", "other")
	// The shop's change touches the storefront too, which uses it.
	edit(t, root, shopSpec, "help: Jobs waiting.", "help: Jobs waiting to run.")
	_, full, _ := obsgen(t, root, "lint", "--format", "json", "specs/shop", "specs/storefront")
	code, only, stderr := obsgen(t, root, "lint", "--format", "json", "--changed-since", "HEAD")
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, only, stderr)
	}
	if only != full {
		t.Errorf("lint --changed-since differs from a lint of the touched services:\n%s", golden.Diff(full, only))
	}
	if strings.Contains(only, "specs/other") {
		t.Errorf("lint --changed-since linted an untouched service:\n%s", only)
	}
	if code, out, _ := obsgen(t, root, "lint", "--changed-since", "HEAD", "specs/other"); code != 0 || out != "no service changed since HEAD: nothing to lint\n" {
		t.Errorf("nothing changed under specs/other: exit %d, output %q", code, out)
	}
	// check compares only the touched services' folders of out/.
	if code, out, errs := obsgen(t, root, "generate"); code != 0 {
		t.Fatalf("generate: exit %d\n%s%s", code, out, errs)
	}
	// A stale file of an untouched service is a full check's business.
	staleFile := filepath.Join(root, "out", "other", "docs", "monitoring.md")
	if err := os.WriteFile(staleFile, []byte("stale\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errs := obsgen(t, root, "check", "--changed-since", "HEAD"); code != 0 {
		t.Errorf("check --changed-since: exit %d\n%s%s", code, out, errs)
	}
	if code, out, _ := obsgen(t, root, "check"); code != 1 || !strings.Contains(out, "stale: out/other/docs/monitoring.md") {
		t.Errorf("a full check: exit %d, want 1 naming the stale file:\n%s", code, out)
	}
	// A stale file of a touched service fails the limited check too.
	edit(t, root, shopSpec, "help: Jobs waiting to run.", "help: Jobs waiting for a worker.")
	if code, out, _ := obsgen(t, root, "check", "--changed-since", "HEAD"); code != 1 || strings.Contains(out, "out/other") {
		t.Errorf("check --changed-since after a change: exit %d, want 1 without out/other:\n%s", code, out)
	}
}
