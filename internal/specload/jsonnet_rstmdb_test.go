package specload_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/internal/pipeline"
)

// generate runs the whole pipeline over one spec folder.
func generate(t *testing.T, spec string) []generators.File {
	t.Helper()
	res, err := pipeline.Load(pipeline.Options{Specs: []string{spec}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Diags.HasErrors() {
		t.Fatalf("%s has errors: %v", spec, res.Diags)
	}
	if err := res.Generate(); err != nil {
		t.Fatal(err)
	}
	return res.Files
}

func TestTheJsonnetRstmdbGeneratesWhatTheYAMLOneDoes(t *testing.T) {
	want := generate(t, "../../specs/rstmdb")
	got := generate(t, beside(t, "testdata/jsonnet-rstmdb", "../../specs/organisation.yaml", "rstmdb"))
	files := map[string][]byte{}
	for _, f := range got {
		files[f.Path] = f.Data
	}
	for _, f := range want {
		data, ok := files[f.Path]
		switch {
		case !ok:
			t.Errorf("%s: generated from the YAML spec only", f.Path)
		case string(data) != string(f.Data):
			t.Errorf("%s differs:\n%s", f.Path, firstDifference(string(f.Data), string(data)))
		}
		delete(files, f.Path)
	}
	for path := range files {
		t.Errorf("%s: generated from the Jsonnet spec only", path)
	}
	if len(want) < 10 {
		t.Errorf("only %d files generated: the comparison covers too little", len(want))
	}
}

// firstDifference shows the first line at which two texts differ.
func firstDifference(a, b string) string {
	line := 1
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			start := i
			for start > 0 && a[start-1] != '\n' {
				start--
			}
			end := func(s string) string {
				j := start
				for j < len(s) && s[j] != '\n' {
					j++
				}
				return s[start:j]
			}
			return "line " + itoa(line) + ":\n  yaml:    " + end(a) + "\n  jsonnet: " + end(b)
		}
		if a[i] == '\n' {
			line++
		}
	}
	return "one is a prefix of the other"
}

func itoa(n int) string {
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}

// beside copies a spec folder into a temporary specs/ folder as name,
// next to a copy of an organisation.yaml, as the seeds sit beside theirs
// (their pages name the folder: specs/rstmdb), and returns the copy's
// path.
func beside(t *testing.T, spec, org, name string) string {
	t.Helper()
	root := filepath.Join(t.TempDir(), "specs")
	dir := filepath.Join(root, name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	copyFile := func(from, to string) {
		data, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(to, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	entries, err := os.ReadDir(spec)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !e.IsDir() {
			copyFile(filepath.Join(spec, e.Name()), filepath.Join(dir, e.Name()))
		}
	}
	copyFile(org, filepath.Join(root, "organisation.yaml"))
	return dir
}
