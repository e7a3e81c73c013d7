package generators

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/golden"
)

var _ = golden.Updating

func TestCommentTextCannotEndTheComment(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"a newline becomes a space", "a\njob: evil", "a job: evil"},
		{"control characters become spaces", "a\x7fb\u0085c\x00d", "a b c d"},
		{"runs of space collapse", "  a \t b  ", "a b"},
		{"plain text is kept", "Static targets (v1)", "Static targets (v1)"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := CommentText(tc.in); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// yamlItem is a list item with the shapes rule files and tests hold:
// strings of every kind, maps, nested lists.
type yamlItem struct {
	Name   string            `yaml:"name"`
	Expr   string            `yaml:"expr,omitempty"`
	Labels map[string]string `yaml:"labels,omitempty"`
	Nested []yamlItem        `yaml:"nested,omitempty"`
	Values []string          `yaml:"values"`
}

// trickyStrings are values whose YAML style depends on their content:
// literal blocks with empty and indented lines, line and paragraph
// separators, quoting for YAML's other types, long lines.
var trickyStrings = []string{
	"", "plain", "a: b", "#not a comment", "- dash", "'single'", `"double"`, "true", "yes", "~", "null", "1.0", "0x1F", "1e3",
	"multi\nline", "multi\nline\n", "multi\n\n\nempty lines\n", "  leading\nspaces", "trailing space \nline", "\ttab\nline",
	"line\u2028separator", "para\u2029graph\nand newline", "next\u0085line", "carriage\rreturn", "bell\a",
	"rate(x[5m]) > 0.5 and on (job) up == 1", strings.Repeat("long words ", 30), "{{ $labels.instance }} is down",
	"unicode é ü 日本", "\ufeffbom", "end\n\n", "\nstarts with a newline", " ", "a\u2028\u2028b",
}

func TestYAMLListWritesWhatYAMLWritesAtOnce(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	pick := func() string {
		s := trickyStrings[r.IntN(len(trickyStrings))]
		if r.IntN(3) == 0 {
			s += "\n" + trickyStrings[r.IntN(len(trickyStrings))]
		}
		return s
	}
	var item func(depth int) yamlItem
	item = func(depth int) yamlItem {
		it := yamlItem{Name: pick(), Expr: pick(), Values: []string{pick(), pick()}}
		if r.IntN(2) == 0 {
			it.Labels = map[string]string{pick(): pick(), "severity": pick()}
		}
		if depth < 2 && r.IntN(3) == 0 {
			for range r.IntN(4) {
				it.Nested = append(it.Nested, item(depth+1))
			}
		}
		return it
	}
	for _, n := range []int{0, 1, seqChunk - 1, seqChunk, seqChunk + 1, 5*seqChunk + 3} {
		var items []yamlItem
		for range n {
			items = append(items, item(0))
		}
		want, err := YAML("# header\n", struct {
			Groups []yamlItem `yaml:"groups"`
		}{items})
		if err != nil {
			t.Fatal(err)
		}
		got, err := YAMLList("# header\n", "groups", items)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("%d items: chunked YAML differs:\n%s", n, firstDifference(got, want))
		}
		seq, err := YAMLSeq(items)
		if err != nil {
			t.Fatal(err)
		}
		whole, err := YAML("", items)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(seq, whole) {
			t.Fatalf("%d items: chunked sequence differs:\n%s", n, firstDifference(seq, whole))
		}
	}
}

// firstDifference shows where two outputs part.
func firstDifference(got, want []byte) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(0, i-80)
	return fmt.Sprintf("at byte %d\ngot:  %q\nwant: %q", i, got[from:min(len(got), i+80)], want[from:min(len(want), i+80)])
}

func TestIndentLeavesEmptyLinesEmpty(t *testing.T) {
	got := string(Indent([]byte("k:\n"), []byte("- a\n\n  b\u2028c\u2029\n"), 2))
	if want := "k:\n  - a\n\n    b\u2028  c\u2029\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestEncodingALongListDoesNotKeepItsEvents(t *testing.T) {
	items := make([]string, 20000)
	for i := range items {
		items[i] = fmt.Sprintf("item-%d", i)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	out, err := YAML("", items)
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	// The patched yaml.v3 (third_party/go.yaml.in/yaml/v3) reuses its
	// event queue: 1.5 MB for these 250 KB. Upstream's queue of every
	// event took 32 MB.
	if allocated := after.TotalAlloc - before.TotalAlloc; allocated > 20*uint64(len(out)) {
		t.Errorf("encoding %d bytes of YAML allocated %d bytes: is the replace of go.yaml.in/yaml/v3 in go.mod gone?", len(out), allocated)
	}
}
