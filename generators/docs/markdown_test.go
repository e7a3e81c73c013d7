package docs

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/golden"
)

var _ = golden.Updating

func TestMarkdownEscapingKeepsHostileTextInItsPlace(t *testing.T) {
	cases := []struct {
		name, got, want string
	}{
		{"a pipe cannot add a table cell", cell("a | b"), `a \| b`},
		{"a newline cannot end a table row", cell("a\n| x | y |"), `a \| x \| y \|`},
		{"raw HTML is defused outside code", cell("<script>x</script>"), "&lt;script>x&lt;/script>"},
		{"HTML inside a code span is left as written", cell("`a<b`"), "`a<b`"},
		{"an underscore at a word boundary cannot start emphasis", inline("no _bucket series"), `no \_bucket series`},
		{"an underscore inside a word stays as written", inline("rstmdb_wal_size"), "rstmdb_wal_size"},
		{"a star cannot start emphasis", inline("a * b *c*"), `a \* b \*c\*`},
		{"a comparison in a code span keeps its >", cell("`x > 1`"), "`x > 1`"},
		{"a code span with backticks gets a longer fence", code("a`b"), "``a`b``"},
		{"a code span starting with a backtick is padded", code("`x"), "`` `x ``"},
		{"a pipe inside code in a table is escaped", cellCode("a|b"), "`a\\|b`"},
		{"a heading marker cannot start a block", inline("# not a heading"), `\# not a heading`},
		{"a list number cannot start a list", inline("1. not a list"), `1\. not a list`},
		{"a fence is longer than any run inside", fence("sh", "```\nrm -rf /\n```"), "````sh\n```\nrm -rf /\n```\n````"},
		{"GitHub anchors drop punctuation", Slug("GET /v1/admin/ranges"), "get-v1adminranges"},
		{"GitHub anchors keep hyphens and underscores", Slug("Incident Response: sync_lag"), "incident-response-sync_lag"},
		{"a javascript: link in prose is plain text", inline("see [x](javascript:alert(1))"), `see [x\](javascript:alert(1))`},
		{"an image from a data: URL is plain text", cell("![i](data:text/html,x)"), `![i\](data:text/html,x)`},
		{"a scheme spelled with an entity is plain text", inline("[x](jav&#97;script:alert(1))"), `[x\](jav&#97;script:alert(1))`},
		{"a reference definition to javascript: is plain text", inline("[r]: javascript:alert(1)"), `[r\]: javascript:alert(1)`},
		{"an https link in prose stays a link", inline("see [docs](https://example.com/a)"), "see [docs](https://example.com/a)"},
		{"a relative link in prose stays a link", inline("see [docs](alerts/X.md)"), "see [docs](alerts/X.md)"},
		{"a backslash in text cannot undo an escape", inline(`[x\](javascript:alert(1))`), `[x\\\](javascript:alert(1))`},
		{"link text keeps its brackets and backslashes inside the link", linkText(`a\](javascript:alert(1))`), `a\\\](javascript:alert(1))`},
		{"a right-to-left override is removed", cell("admin\u202enimda"), "adminnimda"},
		{"an escape sequence is removed", inline("a\x1b[2Jb"), "a[2Jb"},
		{"an http runbook URL is an autolink", urlLink("https://runbooks.example.com/X"), "<https://runbooks.example.com/X>"},
		{"a relative runbook URL is a link", urlLink("runbooks/X.md"), "[runbooks/X.md](runbooks/X.md)"},
		{"a javascript: runbook URL is code, not a link", urlLink("javascript:alert(1)"), "`javascript:alert(1)`"},
		{"a plain command needs no quotes", shellWord("rstmdb-cli"), "rstmdb-cli"},
		{"a command with shell syntax is quoted", shellWord("rstmdb; rm -rf /"), `'rstmdb; rm -rf /'`},
		{"a quote inside a quoted word is closed and escaped", shellWord("it's $(id)"), `'it'\''s $(id)'`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %q, want %q", tc.got, tc.want)
			}
		})
	}
}

func TestNotesKeepMarkdownButDemoteHeadings(t *testing.T) {
	got := notes("# Top\n\n- item <b>\n\n```\n# inside a fence\n```")
	for _, want := range []string{"#### Top", "- item &lt;b>", "# inside a fence"} {
		if !strings.Contains(got, want) {
			t.Errorf("notes output lacks %q:\n%s", want, got)
		}
	}
}
