package docs

import (
	"slices"
	"testing"

	"github.com/prometheus/prometheus/model/labels"
)

// TestInputSeriesAreNamedByWhatTellsThemApart: etcd's latency buckets
// carried job, instance, grpc_service and grpc_type alike, and the legend
// cut every name off before its le.
func TestInputSeriesAreNamedByWhatTellsThemApart(t *testing.T) {
	bucket := func(le string) labels.Labels {
		return labels.FromStrings("__name__", "x_seconds_bucket", "instance", "a:2379", "job", "etcd", "le", le)
	}
	for _, tc := range []struct {
		name string
		sets []labels.Labels
		want []string
	}{
		{"buckets of one series", []labels.Labels{bucket("0.1"), bucket("+Inf")}, []string{`x_seconds_bucket{le="0.1"}`, `x_seconds_bucket{le="+Inf"}`}},
		{"one series keeps its labels", []labels.Labels{bucket("0.1")}, []string{`x_seconds_bucket{instance="a:2379", job="etcd", le="0.1"}`}},
		{"two metrics keep their names", []labels.Labels{labels.FromStrings("__name__", "a", "job", "x"), labels.FromStrings("__name__", "b", "job", "x")}, []string{"a", "b"}},
		{"a label one series lacks tells them apart", []labels.Labels{labels.FromStrings("__name__", "a", "op", "get"), labels.FromStrings("__name__", "a")},
			[]string{`a{op="get"}`, "a"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := distinctNames(tc.sets); !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
