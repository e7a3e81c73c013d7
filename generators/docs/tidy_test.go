package docs

import (
	"strings"
	"testing"
)

// tidyBySplitting is tidy as it was first written, splitting the page
// into lines and joining them again: the reference tidy must agree with.
func tidyBySplitting(b []byte) []byte {
	lines := strings.Split(string(b), "\n")
	var out []string
	blank := 0
	inFence := ""
	for _, l := range lines {
		trimmed := strings.TrimLeft(l, " ")
		if inFence == "" && strings.HasPrefix(trimmed, "```") {
			inFence = trimmed[:strings.IndexFunc(trimmed+"x", func(r rune) bool { return r != '`' })]
		} else if inFence != "" && strings.TrimSpace(l) == inFence {
			inFence = ""
		}
		if inFence == "" {
			l = strings.TrimRight(l, " \t")
		}
		if strings.TrimSpace(l) == "" && inFence == "" {
			blank++
			if blank > 1 || len(out) == 0 {
				continue
			}
			out = append(out, "")
			continue
		}
		blank = 0
		out = append(out, l)
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return []byte(strings.Join(out, "\n") + "\n")
}

// tidyCases are pages as templates leave them.
var tidyCases = []struct{ name, in, want string }{
	{"an empty page is one newline", "", "\n"},
	{"a page of blank lines is one newline", "\n \n\t\n", "\n"},
	{"trailing spaces and tabs are removed", "# A  \ntext\t \n", "# A\ntext\n"},
	{"blank lines opening the page are removed", "\n\n# A\n", "# A\n"},
	{"a run of blank lines becomes one", "a\n\n \n\t\nb\n", "a\n\nb\n"},
	{"blank lines ending the page are removed", "a\n\n\n", "a\n"},
	{"a page without a final newline gains one", "a", "a\n"},
	{"a line of other white space counts as blank", "a\n\u00a0\n\u00a0\nb", "a\n\nb\n"},
	{"a fence keeps its lines as written", "```promql\nx  \n\n\n  \ny\n```  \nz", "```promql\nx  \n\n\n  \ny\n```\nz\n"},
	{"a fence is closed only by its own backticks", "````\n```\n\n\n````\n\n\nb", "````\n```\n\n\n````\n\nb\n"},
	{"an indented fence opens and closes", "  ```\n a \n  ```\n", "  ```\n a \n  ```\n"},
	{"empty lines ending an unclosed fence are removed", "```\nx\n\n\n", "```\nx\n"},
	{"blank lines after a fence's empty line are kept as one", "```\n\n```\n\n\na", "```\n\n```\n\na\n"},
	{"backticks inside a line open no fence", "a ``` b\n\n\nc", "a ``` b\n\nc\n"},
	{"a carriage return is kept", "a\r\nb", "a\r\nb\n"},
}

func TestTidyRemovesWhatTemplatesLeave(t *testing.T) {
	for _, tc := range tidyCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := string(tidy([]byte(tc.in))); got != tc.want {
				t.Errorf("tidy(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if ref := string(tidyBySplitting([]byte(tc.in))); ref != tc.want {
				t.Errorf("the reference tidies %q to %q, want %q", tc.in, ref, tc.want)
			}
		})
	}
}

// FuzzTidyAgreesWithSplittingIntoLines holds the one-pass tidy equal to
// the reference on any text.
func FuzzTidyAgreesWithSplittingIntoLines(f *testing.F) {
	for _, tc := range tidyCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got, want := tidy([]byte(in)), tidyBySplitting([]byte(in))
		if string(got) != string(want) {
			t.Fatalf("tidy(%q) = %q, the reference %q", in, got, want)
		}
	})
}
