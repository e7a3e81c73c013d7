package outdir

import (
	"fmt"
	"path/filepath"
	"testing"
)

// orgFiles is an organisation's out/ in miniature: services of 40 files in
// 8 folders each, as obsgen writes them.
func orgFiles(services int) []File {
	var files []File
	for s := range services {
		for d := range 8 {
			for f := range 5 {
				files = append(files, File{
					Path: fmt.Sprintf("svc%04d/dir%d/sub/file%d.yaml", s, d, f),
					Data: []byte(fmt.Sprintf("service %d, folder %d, file %d\n", s, d, f)),
				})
			}
		}
	}
	return files
}

// BenchmarkWrite measures writing a fresh out/ of 200 services (8,000
// files in 3,400 folders), and comparing it: `go test -bench . ./internal/outdir/`.
func BenchmarkWrite(b *testing.B) {
	files := orgFiles(200)
	b.Run("write", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			if err := Write(filepath.Join(b.TempDir(), fmt.Sprint(i)), files); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("compare", func(b *testing.B) {
		dir := filepath.Join(b.TempDir(), "out")
		if err := Write(dir, files); err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			if _, err := Compare(dir, files); err != nil {
				b.Fatal(err)
			}
		}
	})
}
