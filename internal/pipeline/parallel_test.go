package pipeline

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/obsgen/obsgen/internal/parallel"
	"github.com/obsgen/obsgen/internal/specload"
)

func TestServicesAreLoadedInNameOrderWhenTheBudgetCouldRunOut(t *testing.T) {
	root := t.TempDir()
	var dirs []string
	for _, name := range []string{"a", "b"} {
		dir := filepath.Join(root, name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "service.yaml"), make([]byte, 100), 0o644); err != nil {
			t.Fatal(err)
		}
		dirs = append(dirs, dir)
	}
	if got := loadWorkers(dirs, specload.Options{Budget: specload.NewBudget(1000)}); got != parallel.Cores() {
		t.Errorf("specs within the budget: %d workers, want %d", got, parallel.Cores())
	}
	if got := loadWorkers(dirs, specload.Options{Budget: specload.NewBudget(150)}); got != 1 {
		t.Errorf("specs over the budget: %d workers, want 1", got)
	}
	if got := loadWorkers(dirs, specload.Options{Budget: specload.NewBudget(1000), Env: "prod"}); got != 1 {
		t.Errorf("with overlays: %d workers, want 1", got)
	}
	if err := os.WriteFile(filepath.Join(dirs[1], "more.jsonnet"), []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := loadWorkers(dirs, specload.Options{Budget: specload.NewBudget(1000)}); got != 1 {
		t.Errorf("with Jsonnet: %d workers, want 1", got)
	}
}
