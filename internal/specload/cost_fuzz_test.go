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

// encodeCostInput is the fuzz input decodeCostInput reads back.
func encodeCostInput(a, b string, bad, limit, sparse int) []byte {
	head := []byte{byte(bad), byte(limit >> 8), byte(limit), byte(sparse >> 24), byte(sparse >> 16), byte(sparse >> 8), byte(sparse)}
	return append(append(append(head, a...), 0xff), b...)
}

// decodeCostInput splits fuzz input into two spec files' contents, the
// number of bad label names of a third (under 160), a run budget (under
// 64 KiB) and the size of a sparse fourth (under 4 GiB). One []byte keeps
// each execution, and the minimising of interesting inputs, short.
func decodeCostInput(data []byte) (a, b []byte, bad, limit int, sparse int64, ok bool) {
	if len(data) < 7 || len(data) > 519 {
		return nil, nil, 0, 0, 0, false
	}
	bad = int(data[0]) % 160
	limit = int(data[1])<<8 | int(data[2])
	sparse = int64(data[3])<<24 | int64(data[4])<<16 | int64(data[5])<<8 | int64(data[6])
	a, b, _ = bytes.Cut(data[7:], []byte{0xff})
	return a, b, bad, limit, sparse, true
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
	spec := "apiVersion: obsgen.dev/v1\nservice: {name: shop}\n"
	for _, seed := range []struct {
		a, b               string
		bad, limit, sparse int
	}{
		{spec, "metric_groups: []\n", 150, 60000, 0},
		{spec, "{", 99, 2048, MaxFileSize + 1},
		{"labels: [{name: a-b}]\n", spec, 101, 64, 1<<32 - 1},
		{"", "\x00", 150, 30000, 5000},
		{spec, spec, 100, 60000, 1}, // 101 diagnostics in labels.yaml: one more than shown
	} {
		f.Add(encodeCostInput(seed.a, seed.b, seed.bad, seed.limit, seed.sparse))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, b, bad, limit, sparse, ok := decodeCostInput(data)
		if !ok {
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
			{"shop/labels.yaml", badLabels(bad)},
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
		if err := os.Truncate(filepath.Join(top, "web/z.yaml"), sparse); err != nil {
			t.Fatal(err)
		}
		budget := NewBudget(int64(limit) + 1)

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
