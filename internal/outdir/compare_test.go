package outdir

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestCompare(t *testing.T) {
	gen := set("a.yaml", "a", "sub/b.yaml", "b", "sub/c.yaml", "c")
	tests := []struct {
		name    string
		first   []File                         // written first, unless nil
		change  func(t *testing.T, dir string) // then done to the folder
		files   []File                         // compared with
		want    Report
		clean   bool
		wantErr string
	}{
		{
			name:  "a missing folder has everything missing",
			files: gen,
			want:  Report{Missing: []string{ManifestName, "a.yaml", "sub/b.yaml", "sub/c.yaml"}},
		},
		{
			name:  "a folder just written is clean",
			first: gen,
			files: gen,
			clean: true,
		},
		{
			name:  "foreign files and symbolic links are listed and make the folder unclean",
			first: gen,
			change: func(t *testing.T, dir string) {
				plant(t, dir, map[string]string{"z": "", "sub/mine": "m", "e/": "", "l": "-> a.yaml"})
			},
			files: gen,
			want:  Report{Foreign: []string{"l", "sub/mine", "z"}, Symlinks: []string{"l"}},
		},
		{
			name:   "a generated file changed on disk is stale",
			first:  gen,
			change: func(t *testing.T, dir string) { plant(t, dir, map[string]string{"sub/b.yaml": "edited"}) },
			files:  gen,
			want:   Report{Stale: []string{"sub/b.yaml"}},
		},
		{
			name:  "a file whose generated content changed is stale, and so is the manifest",
			first: gen,
			files: set("a.yaml", "a2", "sub/b.yaml", "b", "sub/c.yaml", "c"),
			want:  Report{Stale: []string{ManifestName, "a.yaml"}},
		},
		{
			name:   "a generated file deleted from disk is missing",
			first:  gen,
			change: func(t *testing.T, dir string) { rm(t, dir, "sub/c.yaml") },
			files:  gen,
			want:   Report{Missing: []string{"sub/c.yaml"}},
		},
		{
			name:  "a newly generated file is missing, and the manifest is stale",
			first: gen,
			files: append(slices.Clone(gen), File{Path: "new/d.yaml", Data: []byte("d")}),
			want:  Report{Stale: []string{ManifestName}, Missing: []string{"new/d.yaml"}},
		},
		{
			name:  "a file no longer generated is extra",
			first: gen,
			files: gen[:2],
			want:  Report{Stale: []string{ManifestName}, Extra: []string{"sub/c.yaml"}},
		},
		{
			name:   "a file no longer generated and already gone is not extra",
			first:  gen,
			change: func(t *testing.T, dir string) { rm(t, dir, "sub/c.yaml") },
			files:  gen[:2],
			want:   Report{Stale: []string{ManifestName}},
		},
		{
			name:   "with no manifest nothing is extra and the manifest is missing",
			first:  gen,
			change: func(t *testing.T, dir string) { rm(t, dir, ManifestName) },
			files:  gen[:2],
			want:   Report{Missing: []string{ManifestName}, Foreign: []string{"sub/c.yaml"}},
		},
		{
			name:   "a hand-edited manifest is stale",
			first:  gen,
			change: func(t *testing.T, dir string) { plant(t, dir, map[string]string{ManifestName: "# edited\n"}) },
			files:  gen,
			want:   Report{Stale: []string{ManifestName}},
		},
		{
			name:   "a directory at a generated path is stale",
			first:  gen,
			change: func(t *testing.T, dir string) { rm(t, dir, "a.yaml"); plant(t, dir, map[string]string{"a.yaml/": ""}) },
			files:  gen,
			want:   Report{Stale: []string{"a.yaml"}},
		},
		{
			name:  "all four lists at once",
			first: gen,
			change: func(t *testing.T, dir string) {
				plant(t, dir, map[string]string{"a.yaml": "edited", "mine": "m"})
				rm(t, dir, "sub/b.yaml")
			},
			files: append(slices.Clone(gen[:2]), File{Path: "d.yaml", Data: []byte("d")}),
			want: Report{
				Stale:   []string{ManifestName, "a.yaml"},
				Missing: []string{"d.yaml", "sub/b.yaml"},
				Extra:   []string{"sub/c.yaml"},
				Foreign: []string{"mine"},
			},
		},
		{
			name:    "a damaged manifest is an error",
			first:   gen,
			change:  func(t *testing.T, dir string) { plant(t, dir, map[string]string{ManifestName: "nonsense\n"}) },
			files:   gen,
			wantErr: "damaged",
		},
		{
			name:    "a bad path is an error",
			files:   set("../x", ""),
			wantErr: "../x",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "out")
			if tt.first != nil {
				mustWrite(t, dir, tt.first)
			}
			if tt.change != nil {
				tt.change(t, dir)
			}
			before := readTree(t, dir)
			got, err := Compare(dir, tt.files)
			if d := diffTrees(readTree(t, dir), before); d != "" {
				t.Fatalf("Compare changed the folder:\n%s", d)
			}
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("Compare = %v, want an error containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Compare: %v", err)
			}
			for _, l := range []struct {
				name      string
				got, want []string
			}{
				{"Stale", got.Stale, tt.want.Stale},
				{"Missing", got.Missing, tt.want.Missing},
				{"Extra", got.Extra, tt.want.Extra},
				{"Foreign", got.Foreign, tt.want.Foreign},
				{"Symlinks", got.Symlinks, tt.want.Symlinks},
			} {
				if !slices.Equal(l.got, l.want) {
					t.Errorf("%s = %q, want %q", l.name, l.got, l.want)
				}
			}
			if got.Clean() != tt.clean {
				t.Errorf("Clean() = %v, want %v", got.Clean(), tt.clean)
			}
		})
	}
}

func TestCompareTakesNoLock(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "out")
	if _, err := Compare(dir, set("a", "")); err != nil {
		t.Fatal(err)
	}
	if names, _ := os.ReadDir(parent); len(names) != 0 {
		t.Fatalf("Compare left %v", names)
	}
}

func TestCompareAgreesWithWrite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	a, b := bigSet("a", 50), bigSet("b", 50)
	mustWrite(t, dir, a)
	r, err := Compare(dir, b)
	if err != nil {
		t.Fatal(err)
	}
	if r.Clean() || len(r.Extra) == 0 || len(r.Missing) == 0 || len(r.Stale) == 0 {
		t.Fatalf("Compare between different sets = %+v", r)
	}
	mustWrite(t, dir, b)
	if r, err := Compare(dir, b); err != nil || !r.Clean() || len(r.Foreign) != 0 {
		t.Fatalf("Compare after Write = %+v, %v", r, err)
	}
}

// rm removes rel from dir.
func rm(t *testing.T, dir, rel string) {
	t.Helper()
	if err := os.Remove(filepath.Join(dir, filepath.FromSlash(rel))); err != nil {
		t.Fatal(err)
	}
}

func TestAllowAcceptsDeliberateExtrasButNeverASymbolicLink(t *testing.T) {
	r := Report{
		Foreign:  []string{"shop/kubernetes/kustomization.yaml", "shop/kubernetes/zz-rbac.yaml", "shop/extra/a/b.txt", "shop/prometheus/shadow", "top.txt"},
		Symlinks: []string{"shop/prometheus/shadow"},
	}
	got := r.Allow([]string{"shop/kubernetes/kustomization.yaml", "shop/extra", "shop/prometheus/*"})
	if want := []string{"shop/kubernetes/kustomization.yaml", "shop/extra/a/b.txt"}; !slices.Equal(got.Allowed, want) {
		t.Errorf("Allowed = %q, want %q", got.Allowed, want)
	}
	if want := []string{"shop/kubernetes/zz-rbac.yaml", "shop/prometheus/shadow", "top.txt"}; !slices.Equal(got.Foreign, want) {
		t.Errorf("Foreign = %q, want %q", got.Foreign, want)
	}
	if got.Clean() {
		t.Error("a report with foreign files left is clean")
	}
	if all := r.Allow([]string{"*", "*/*/*"}); len(all.Foreign) != 1 || all.Foreign[0] != "shop/prometheus/shadow" {
		t.Errorf("allowing everything left %q; want only the symbolic link", all.Foreign)
	}
}

func TestCompareUnderReadsAndReportsOnlyTheGivenFolders(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	old := set("a/x.yaml", "x", "a/gone.yaml", "g", "b/y.yaml", "y", "b/gone.yaml", "g", "index.md", "i")
	mustWrite(t, dir, old)
	plant(t, dir, map[string]string{"a/x.yaml": "edited", "a/mine": "m", "b/y.yaml": "edited", "b/mine": "m", "a/l": "-> x.yaml"})
	now := set("a/x.yaml", "x", "a/new.yaml", "n", "b/y.yaml", "y", "b/new.yaml", "n", "index.md", "changed")
	got, err := CompareUnder(dir, now, []string{"a"})
	if err != nil {
		t.Fatal(err)
	}
	full, err := Compare(dir, now)
	if err != nil {
		t.Fatal(err)
	}
	want := full.Under([]string{"a"})
	if got := got.Under([]string{"a"}); !slices.Equal(got.Stale, want.Stale) || !slices.Equal(got.Missing, want.Missing) ||
		!slices.Equal(got.Extra, want.Extra) || !slices.Equal(got.Foreign, want.Foreign) {
		t.Errorf("limited comparison %+v, want %+v", got, want)
	}
	if !slices.Equal(want.Stale, []string{"a/x.yaml"}) || !slices.Equal(want.Extra, []string{"a/gone.yaml"}) || !slices.Equal(want.Foreign, []string{"a/l", "a/mine"}) {
		t.Errorf("unexpected full comparison under a: %+v", want)
	}
	if !slices.Equal(got.Symlinks, []string{"a/l"}) {
		t.Errorf("symbolic links %v, want a/l: Allow must still refuse them", got.Symlinks)
	}
	for _, p := range slices.Concat(got.Stale, got.Missing, got.Extra, got.Foreign) {
		if !strings.HasPrefix(p, "a/") {
			t.Errorf("%s is outside the folder asked for", p)
		}
	}
	none, err := CompareUnder(dir, now, nil)
	if err != nil || !none.Clean() {
		t.Errorf("no folders: %+v, %v; want nothing compared", none, err)
	}
}
