package diag

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

func TestTextPrintsAtMostMaxPerFileAndCountsTheRest(t *testing.T) {
	var l List
	var src bytes.Buffer
	for i := 1; i <= MaxPerFile+50; i++ {
		fmt.Fprintf(&src, "line %d\n", i)
		sev := Error
		if i > MaxPerFile+40 {
			sev = Warning
		}
		l.Add(Pos{File: "big.yaml", Line: i, Col: 1}, sev, "x", "problem %d", i)
	}
	l.Errorf(Pos{File: "small.yaml", Line: 1, Col: 1}, "y", "the other file's problem")
	var b bytes.Buffer
	if err := WriteText(&b, l, Sources{"big.yaml": src.Bytes()}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if n := strings.Count(out, ": error: x:") + strings.Count(out, ": warning: x:"); n != MaxPerFile {
		t.Errorf("printed %d diagnostics of big.yaml, want %d", n, MaxPerFile)
	}
	for _, want := range []string{
		"big.yaml: 50 more diagnostics not shown (40 errors, 10 warnings, 0 infos)",
		"small.yaml:1:1: error: y: the other file's problem",
		fmt.Sprintf("    line %d\n", MaxPerFile),
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if strings.Contains(out, fmt.Sprintf("problem %d\n", MaxPerFile+1)) {
		t.Error("a diagnostic past the cap was printed")
	}
}

func TestLineLookupMatchesTheSourceLines(t *testing.T) {
	src := []byte("first\r\nsecond\n\nfourth")
	for _, tc := range []struct {
		name string
		line int
		want string
		ok   bool
	}{
		{"the first line drops its carriage return", 1, "first", true},
		{"a middle line is found", 2, "second", true},
		{"an empty line is found", 3, "", true},
		{"the last line needs no newline", 4, "fourth", true},
		{"a line past the end does not exist", 5, "", false},
		{"line zero does not exist", 0, "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := lineStarts(src).line(src, tc.line)
			if got != tc.want || ok != tc.ok {
				t.Errorf("line %d = %q, %v; want %q, %v", tc.line, got, ok, tc.want, tc.ok)
			}
			if g2, ok2 := (Sources{"f": src}).Line("f", tc.line); g2 != got || ok2 != ok {
				t.Errorf("Sources.Line disagrees: %q, %v", g2, ok2)
			}
		})
	}
}

func TestAWideLineIsCutToAWindowAroundTheColumn(t *testing.T) {
	line := strings.Repeat("é", 150) + "X" + strings.Repeat("é", 150)
	got, col := window(line, 151)
	if n := len([]rune(got)); n != 200 {
		t.Fatalf("window has %d characters, want 200", n)
	}
	if []rune(got)[col-1] != 'X' {
		t.Errorf("the column no longer points at X: %d in %q", col, got)
	}
}

func TestTextShowsTheErrorsOfAFileWhoseInfosComeFirst(t *testing.T) {
	var l List
	for i := 1; i <= MaxPerFile+20; i++ {
		l.Add(Pos{File: "big.yaml", Line: i, Col: 1}, Info, "unused", "info %d", i)
	}
	l.Errorf(Pos{File: "big.yaml", Line: 900, Col: 1}, "broken", "the error")
	l.Warnf(Pos{File: "big.yaml", Line: 950, Col: 1}, "odd", "the warning")
	var b bytes.Buffer
	if err := WriteText(&b, l, nil); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"big.yaml:900:1: error: broken: the error\n",
		"big.yaml:950:1: warning: odd: the warning\n",
		"big.yaml:1:1: info: unused: info 1\n",
		"big.yaml: 22 more diagnostics not shown (0 errors, 0 warnings, 22 infos), less severe or later in the file than those above",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// In the order of the file: the infos kept, then the error, then the
	// warning.
	if i, j := strings.Index(out, "info 98\n"), strings.Index(out, "the error"); i < 0 || j < i {
		t.Errorf("the error is not after the infos before it:\n%s", out)
	}
	if strings.Contains(out, "info 99\n") {
		t.Error("an info past the hundred most severe was printed")
	}
}
