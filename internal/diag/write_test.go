package diag

import (
	"bytes"
	"strings"
	"testing"
)

func TestTheTextReportShowsWhatItsStyleAsksFor(t *testing.T) {
	l, src := sample()
	infos := List{{Pos: Pos{File: "a.yaml", Line: 1, Col: 1}, Severity: Info, Code: "unused-metric", Message: "m is used by nothing"}}
	for _, tc := range []struct {
		name  string
		l     List
		style Text
		want  []string // lines that must be there, in order
		not   []string // text that must not
	}{
		{"every diagnostic and the summary", l, Text{Summary: true},
			[]string{"unknown-metric", "unused-metric", "3 errors, 2 warnings, 1 info"}, nil},
		{"an empty list still says so", nil, Text{Summary: true}, []string{"0 errors, 0 warnings, 0 infos"}, nil},
		{"quiet says nothing about an empty list", nil, Text{Summary: true, Quiet: true}, nil, []string{"errors"}},
		{"hidden infos are counted and said", infos, Text{Least: Warning, Summary: true, Quiet: true, Hidden: " (see them with lint)"},
			[]string{"0 errors, 0 warnings, 1 info (see them with lint)"}, []string{"unused-metric"}},
		{"without a summary only the diagnostics", l.AtLeast(Error), Text{}, []string{"unknown-metric"}, []string{"errors,", "unused-metric"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, tc.l, src, "text", tc.style); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			at := 0
			for _, w := range tc.want {
				i := strings.Index(out[at:], w)
				if i < 0 {
					t.Fatalf("%q missing after offset %d in:\n%s", w, at, out)
				}
				at += i + len(w)
			}
			for _, n := range tc.not {
				if strings.Contains(out, n) {
					t.Errorf("%q should not be in:\n%s", n, out)
				}
			}
			if len(tc.want) == 0 && out != "" {
				t.Errorf("want nothing, got:\n%s", out)
			}
		})
	}
}

func TestEveryMachineFormatIsWrittenByWrite(t *testing.T) {
	l, src := sample()
	for _, f := range Formats[1:] {
		var a, b bytes.Buffer
		if err := Write(&a, l, src, f, Text{}); err != nil {
			t.Fatal(err)
		}
		switch f {
		case "json":
			_ = WriteJSON(&b, l)
		case "github":
			_ = WriteGitHub(&b, l)
		case "sarif":
			_ = WriteSARIF(&b, l)
		}
		if a.String() != b.String() {
			t.Errorf("%s: Write differs from its writer", f)
		}
	}
}

func TestAnUnknownFormatNamesTheOnesOffered(t *testing.T) {
	err := CheckFormat("xml", []string{"text", "json", "github"})
	if err == nil || err.Error() != `unknown --format "xml" (want text, json or github)` {
		t.Errorf("got %v", err)
	}
	if err := Write(&bytes.Buffer{}, nil, nil, "xml", Text{}); err == nil || !strings.Contains(err.Error(), "want text, json, github or sarif") {
		t.Errorf("Write of an unknown format: %v", err)
	}
	if CheckFormat("sarif", Formats) != nil {
		t.Error("sarif is a format")
	}
}
