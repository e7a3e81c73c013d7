package generators

import (
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
