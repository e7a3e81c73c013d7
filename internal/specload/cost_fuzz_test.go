package specload

import (
	"bytes"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/diag"
)

// badLabels is a spec file with n label names that are not valid: one
// error each, so that a file can hold more than diag.MaxPerFile.
func badLabels(n int) []byte {
	var b bytes.Buffer
	b.WriteString("labels:\n")
	for i := range n {
		fmt.Fprintf(&b, "- {name: b-%06d}\n", i)
	}
	return b.Bytes()
}

// FuzzCostLimitsHold loads random sets of spec files, in two services that
// share one run budget, and checks the two cost limits: the files admitted
// are exactly those the budget has room for in name order (a file over
// MaxFileSize, here a sparse one of up to 4 GiB, is refused by the file
// limit without taking any); every refused file has its too-large
// diagnostic and none of its text was kept; and the text output prints at
// most diag.MaxPerFile diagnostics of each file, then one line counting
// the rest.
func FuzzCostLimitsHold(f *testing.F) {
	spec := []byte("apiVersion: obsgen.dev/v1\nservice: {name: shop}\n")
	f.Add(spec, []byte("metric_groups: []\n"), uint16(150), uint32(60000), uint32(0))
	f.Add(spec, []byte("{"), uint16(99), uint32(2048), uint32(MaxFileSize+1))
	f.Add([]byte("labels: [{name: a-b}]\n"), spec, uint16(101), uint32(64), uint32(1<<32-1))
	f.Add([]byte{}, []byte("\x00"), uint16(250), uint32(30000), uint32(5000))
	f.Add(spec, spec, uint16(100), uint32(60000), uint32(1)) // 101 diagnostics in labels.yaml: one more
	f.Fuzz(func(t *testing.T, a, b []byte, bad uint16, limit, sparse uint32) {
		if len(a)+len(b) > 2048 {
			return
		}
		top := t.TempDir()
		// Name order is the order the budget is spent in: shop's files,
		// then web's.
		files := []struct {
			name string
			data []byte
		}{
			{"shop/a.yaml", a},
			{"shop/labels.yaml", badLabels(int(bad % 400))},
			{"web/b.yaml", b},
			{"web/z.yaml", nil}, // sparse, below
		}
		for _, file := range files {
			name := filepath.Join(top, file.name)
			if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(name, file.data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if err := os.Truncate(filepath.Join(top, "web/z.yaml"), int64(sparse)); err != nil {
			t.Fatal(err)
		}
		budget := NewBudget(int64(limit%(1<<16)) + 1)

		var diags diag.List
		src := diag.Sources{}
		for _, svc := range []string{"shop", "web"} {
			_, d, s := loadBounded(t, filepath.Join(top, svc), Options{Budget: budget})
			diags = append(diags, d...)
			for k, v := range s {
				src[k] = v
			}
		}

		// The model of admit: the file limit first, then the budget.
		var used int64
		for _, file := range files {
			name := filepath.Join(top, file.name)
			st, err := os.Stat(name)
			if err != nil {
				t.Fatal(err)
			}
			var want string
			switch {
			case st.Size() > MaxFileSize:
				want = "spec files are limited to " + strconv.Itoa(MaxFileSize)
			case used+st.Size() > budget.Limit():
				want = fmt.Sprintf("over %d bytes in total (--max-spec-bytes)", budget.Limit())
			default:
				used += st.Size()
			}
			var refusals []string
			for _, d := range diags {
				if d.Pos.File == name && d.Code == "too-large" {
					refusals = append(refusals, d.Message)
				}
			}
			_, kept := src[name]
			switch {
			case want == "" && len(refusals) > 0:
				t.Fatalf("%s (%d bytes, %d of %d used before) was refused: %q", file.name, st.Size(), used-st.Size(), budget.Limit(), refusals)
			case want != "" && (len(refusals) != 1 || !strings.Contains(refusals[0], want)):
				t.Fatalf("%s (%d bytes, %d of %d used) has refusals %q, want one saying %q", file.name, st.Size(), used, budget.Limit(), refusals, want)
			case want != "" && kept:
				t.Fatalf("%s was refused, but its text was kept", file.name)
			}
		}
		var read int
		for _, data := range src {
			read += len(data)
		}
		if int64(read) > budget.Limit() {
			t.Fatalf("%d bytes of spec text kept, over the budget of %d", read, budget.Limit())
		}

		// The text output: at most MaxPerFile of each file, then the rest
		// counted on one line.
		var out bytes.Buffer
		if err := diag.WriteText(&out, diags.Sort(), src); err != nil {
			t.Fatal(err)
		}
		perFile := map[string]int{}
		for _, d := range diags {
			perFile[d.Pos.File]++
		}
		lines := strings.Split(out.String(), "\n")
		for _, file := range slices.Sorted(maps.Keys(perFile)) {
			more := regexp.MustCompile(`^` + regexp.QuoteMeta(file) + `: (\d+) more diagnostics? not shown \(`)
			shown, counted, moreLines := 0, 0, 0
			for _, l := range lines {
				if m := more.FindStringSubmatch(l); m != nil {
					moreLines++
					counted, _ = strconv.Atoi(m[1])
				} else if strings.HasPrefix(l, file+":") {
					shown++
				}
			}
			total := perFile[file]
			switch {
			case shown > diag.MaxPerFile:
				t.Fatalf("%s: %d diagnostics printed, over the cap of %d", file, shown, diag.MaxPerFile)
			case total > diag.MaxPerFile && (moreLines != 1 || shown != diag.MaxPerFile || counted != total-diag.MaxPerFile):
				t.Fatalf("%s: %d diagnostics, %d printed and %d lines counting %d more; want %d and one counting %d",
					file, total, shown, moreLines, counted, diag.MaxPerFile, total-diag.MaxPerFile)
			case total <= diag.MaxPerFile && (moreLines != 0 || shown != total):
				t.Fatalf("%s: %d diagnostics, %d printed and %d lines counting the rest", file, total, shown, moreLines)
			}
		}
	})
}
