package testtool

import (
	"net"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/internal/catalogue"
)

func TestRootIsTheFolderThatHoldsGoMod(t *testing.T) {
	root := Root(t)
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "specs", "rstmdb")); err != nil {
		t.Errorf("the root %s holds no seed specs: %v", root, err)
	}
}

// twoFiles generates two files below the service's folder.
type twoFiles struct{}

func (twoFiles) Name() string { return "two" }

func (twoFiles) Generate(c *catalogue.Catalogue) ([]generators.File, error) {
	return []generators.File{
		{Path: c.Service.Name + "/a/x.txt", Data: []byte("x")},
		{Path: c.Service.Name + "/a/b/y.txt", Data: []byte("y")},
	}, nil
}

func TestFilesAreKeyedByTheirPathBelowThePrefix(t *testing.T) {
	c := LoadSpec(t, "apiVersion: obsgen.dev/v1\nservice: {name: shop}\n")
	got := Files(t, twoFiles{}, c, "shop/a/")
	if len(got) != 2 || string(got["x.txt"]) != "x" || string(got["b/y.txt"]) != "y" {
		t.Errorf("got %v", got)
	}
}

func TestASeedsGeneratedFilesAreComparedWithOut(t *testing.T) {
	c := Seed(t, "rstmdb")
	data, err := os.ReadFile(filepath.Join(Root(t), "out", "rstmdb", "health", "health-check.sh"))
	if err != nil {
		t.Fatal(err)
	}
	CheckOut(t, []generators.File{{Path: c.Service.Name + "/health/health-check.sh", Data: data}})
}

func TestWriteTreeWritesEveryFileUnderItsSlashPath(t *testing.T) {
	root := WriteTree(t, map[string]string{"a/b/c.yaml": "x: 1\n", "d.txt": "d"})
	for name, want := range map[string]string{"a/b/c.yaml": "x: 1\n", "d.txt": "d"} {
		got, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(name)))
		if err != nil || string(got) != want {
			t.Errorf("%s = %q, %v; want %q", name, got, err, want)
		}
	}
}

func TestFreePortIsFreeAndOutsideTheKernelsEphemeralRange(t *testing.T) {
	lo := ephemeralLow()
	for range 20 {
		p := FreePort(t)
		ln, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(p))
		if err != nil {
			t.Fatalf("port %d is not free: %v", p, err)
		}
		_ = ln.Close()
		if lo > firstPort+1000 && (p < firstPort || p >= lo) {
			t.Fatalf("port %d is outside %d..%d, below the ephemeral range", p, firstPort, lo-1)
		}
	}
}
