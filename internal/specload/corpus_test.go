package specload

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/obsgen/obsgen/internal/golden"
	"github.com/obsgen/obsgen/internal/jsonnetbox"
)

// The corpus of broken specs (the top-level testdata/bad) is loaded as
// obsgen loads a service: decoding and validation together, every problem
// positioned. The tests run from the repository's root (t.Chdir), so the
// goldens name the files as a user at the root would see them.

func TestBrokenSpecsMatchTheirGoldenDiagnostics(t *testing.T) {
	t.Chdir(filepath.Join("..", ".."))
	dirs, err := filepath.Glob("testdata/bad/*")
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range dirs {
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			continue
		}
		t.Run(filepath.Base(dir), func(t *testing.T) {
			opts := Options{Jsonnet: jsonnetbox.Options{MaxStack: 200, Timeout: 3 * time.Second}}
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
	t.Chdir(filepath.Join("..", ".."))
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
	t.Chdir(filepath.Join("..", ".."))
	_, diags, _ := Load("testdata/bad/ten-mistakes", Options{})
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
