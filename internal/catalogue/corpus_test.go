package catalogue_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/golden"
	"github.com/obsgen/obsgen/internal/jsonnetbox"
	"github.com/obsgen/obsgen/internal/specload"
)

// The corpus of broken specs (testdata/bad) is loaded as obsgen loads a
// service: decoding and validation together, every problem positioned.

// render prints diagnostics as the CLI does, with paths relative to testdata.
func render(t *testing.T, l diag.List, src diag.Sources) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := diag.WriteText(&b, l, src); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// loadBounded loads dir, failing the test if loading hangs: every input,
// however hostile, must finish (the bound is a hang guard, not a target).
func loadBounded(t *testing.T, dir string, opts specload.Options) (*catalogue.Catalogue, diag.List, diag.Sources) {
	t.Helper()
	type result struct {
		c     *catalogue.Catalogue
		diags diag.List
		src   diag.Sources
	}
	done := make(chan result, 1)
	go func() {
		c, diags, src := specload.Load(dir, opts)
		done <- result{c, diags, src}
	}()
	select {
	case r := <-done:
		return r.c, r.diags, r.src
	case <-time.After(30 * time.Second):
		t.Fatalf("loading %s did not finish", dir)
		return nil, nil, nil
	}
}

func TestBrokenSpecsMatchTheirGoldenDiagnostics(t *testing.T) {
	dirs, err := filepath.Glob("testdata/bad/*")
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range dirs {
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			continue
		}
		t.Run(filepath.Base(dir), func(t *testing.T) {
			opts := specload.Options{Jsonnet: jsonnetbox.Options{MaxStack: 200, Timeout: 3 * time.Second}}
			c, diags, src := loadBounded(t, dir, opts)
			if c == nil && len(diags) == 0 {
				t.Fatal("no catalogue and no diagnostics")
			}
			if !diags.HasErrors() {
				t.Errorf("a broken spec loaded without errors:\n%s", render(t, diags, src))
			}
			golden.Check(t, dir+".golden", render(t, diags, src))
		})
	}
}

func TestBrokenCorpusIsLargeAndCoversEveryKind(t *testing.T) {
	entries, err := os.ReadDir("testdata/bad")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		if e.IsDir() {
			n++
		}
	}
	if n < 60 {
		t.Errorf("the broken-spec corpus has %d cases; keep at least 60", n)
	}
}

func TestTenMistakesGiveTenPositionedDiagnostics(t *testing.T) {
	_, diags, _ := specload.Load("testdata/bad/ten-mistakes", specload.Options{})
	if len(diags) != 10 {
		t.Fatalf("got %d diagnostics, want 10:\n%v", len(diags), diags)
	}
	seen := map[string]bool{}
	for _, d := range diags {
		if d.Pos.Line == 0 || d.Pos.Col == 0 {
			t.Errorf("diagnostic without a position: %v", d)
		}
		key := d.Pos.String()
		if seen[key] {
			t.Errorf("two diagnostics at %s", key)
		}
		seen[key] = true
	}
}
