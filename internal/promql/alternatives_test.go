package promql

import (
	"slices"
	"testing"

	"github.com/prometheus/prometheus/model/labels"
)

func TestTheValuesAMatcherSelectsByName(t *testing.T) {
	for _, tc := range []struct {
		name string
		m    *labels.Matcher
		want []string
	}{
		{"an equality selects its value", labels.MustNewMatcher(labels.MatchEqual, "state", "data"), []string{"data"}},
		{"a regex of literals selects each", labels.MustNewMatcher(labels.MatchRegexp, "handler", "commit|rollback"), []string{"commit", "rollback"}},
		{"a literal followed by .* selects the literal, as the mysqld-mixin's savepoint.* does",
			labels.MustNewMatcher(labels.MatchRegexp, "handler", "commit|rollback|savepoint.*|prepare"), []string{"commit", "rollback", "savepoint", "prepare"}},
		{"an alternative that is a pattern names no value", labels.MustNewMatcher(labels.MatchRegexp, "device", "sd.+|nvme[0-9]+"), nil},
		{"a group is not taken apart", labels.MustNewMatcher(labels.MatchRegexp, "code", "(4|5).."), nil},
		{"a negative matcher selects nothing by name", labels.MustNewMatcher(labels.MatchNotEqual, "state", "data"), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := SelectedValues(tc.m)
			slices.Sort(got)
			want := slices.Clone(tc.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("got %v, want %v", got, want)
			}
		})
	}
}
