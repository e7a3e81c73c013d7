package words

import "testing"

func TestCountsReadAsEnglish(t *testing.T) {
	for _, tc := range []struct{ got, want string }{
		{Count(1, "test"), "1 test"},
		{Count(0, "test"), "0 tests"},
		{Count(2, "thing", "things"), "2 things"},
		{Count(3, "it", "them"), "3 them"},
		{Noun(1, "it", "them"), "it"},
		{IsAre(Count(1, "rule")), "1 rule is"},
		{IsAre(Count(2, "rule")), "2 rules are"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}

func TestListsReadAsEnglish(t *testing.T) {
	for _, tc := range []struct {
		in   []string
		want string
	}{{nil, ""}, {[]string{"a"}, "a"}, {[]string{"a", "b"}, "a and b"}, {[]string{"a", "b", "c"}, "a, b and c"}} {
		if got := And(tc.in); got != tc.want {
			t.Errorf("And(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
