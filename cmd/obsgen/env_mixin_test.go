package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
)

// copyTree copies a folder recursively.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestAnEnvironmentIsGeneratedBesideOutNotIntoIt(t *testing.T) {
	root := t.TempDir()
	copyTree(t, filepath.Join("..", "..", "internal", "specload", "testdata", "overlays", "shop"), filepath.Join(root, "specs", "shop"))
	cases := []struct {
		name    string
		args    []string
		code    int
		written string
	}{
		{"an environment goes to out-<env>", []string{"generate", "--env", "prod"}, 0, "out-prod"},
		{"--out still decides when given", []string{"generate", "--env", "staging", "--out", "elsewhere"}, 0, "elsewhere"},
		{"check compares out-<env>", []string{"check", "--env", "prod"}, 0, ""},
		{"an environment name cannot climb out of overlays/", []string{"lint", "--env", "../prod"}, 2, ""},
		{"an unknown environment is an error", []string{"lint", "--env", "prdo"}, 1, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := obsgen(t, root, tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d\n%s%s", code, tc.code, stdout, stderr)
			}
			if tc.written == "" {
				return
			}
			data, err := os.ReadFile(filepath.Join(root, tc.written, "shop", "prometheus", "alerts.yaml"))
			if err != nil {
				t.Fatal(err)
			}
			if tc.written == "out-prod" && !strings.Contains(string(data), "ShopNoTraffic") {
				t.Errorf("out-prod/shop/prometheus/alerts.yaml lacks the alert the prod overlay adds")
			}
		})
	}
	if _, err := os.Stat(filepath.Join(root, "out")); err == nil {
		t.Error("an environment run wrote out/")
	}
}

func TestLintMixinChecksAnUpstreamMixinAgainstItsCatalogues(t *testing.T) {
	testdata := filepath.Join("..", "..", "internal", "mixinlint", "testdata")
	page := filepath.Join(testdata, "rstmdb-page")
	spec := filepath.Join("..", "..", "specs", "rstmdb")
	cases := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"an alert on an unknown metric fails the run", []string{"lint", "--mixin", page, spec}, 1, "unknown-metric: rstmdb_connections_limit"},
		{"a mixin is linted against several catalogues", []string{"lint", "--mixin", filepath.Join(testdata, "shop-node"), filepath.Join(testdata, "catalogues", "shop"), filepath.Join(testdata, "catalogues", "node")}, 1, "node_load1"},
		{"an unvendored dashboard import is a warning and the alerts are linted", []string{"lint", "--mixin", filepath.Join(testdata, "unvendored"), spec}, 1, "warning: mixin-unvendored"},
		{"a folder without mixin.libsonnet is a usage error", []string{"lint", "--mixin", t.TempDir(), spec}, 2, "no mixin.libsonnet"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := obsgen(t, "", tc.args...)
			if code != tc.code || !strings.Contains(stdout+stderr, tc.want) {
				t.Errorf("exit %d, want %d with %q in:\n%s%s", code, tc.code, tc.want, stdout, stderr)
			}
		})
	}
}

func TestTheFirstCatalogueGivenToLintMixinIsTheOneTheOthersAreUsedBy(t *testing.T) {
	shop := &catalogue.Catalogue{Dir: filepath.Join("specs", "shop")}
	node := &catalogue.Catalogue{Dir: filepath.Join("specs", "node")}
	ksm := &catalogue.Catalogue{Dir: filepath.Join("k8s", "ksm")}
	cadvisor := &catalogue.Catalogue{Dir: filepath.Join("k8s", "cadvisor")}
	cases := []struct {
		name string
		args []string
		in   []*catalogue.Catalogue // as the pipeline sorts them
		want []*catalogue.Catalogue
	}{
		{"service folders keep the order they were given in",
			[]string{"specs/shop", "specs/node"}, []*catalogue.Catalogue{node, shop}, []*catalogue.Catalogue{shop, node}},
		{"a folder of service folders keeps its own order, in its place",
			[]string{"specs/shop/", "k8s"}, []*catalogue.Catalogue{cadvisor, ksm, shop}, []*catalogue.Catalogue{shop, cadvisor, ksm}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := inArgOrder(tc.in, tc.args); !slices.Equal(got, tc.want) {
				var dirs []string
				for _, c := range got {
					dirs = append(dirs, c.Dir)
				}
				t.Errorf("order %v", dirs)
			}
		})
	}
}
