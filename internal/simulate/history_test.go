package simulate

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/obsgen/obsgen/internal/testtool"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/storage"
)

// TestSelectingAddedSeriesFindsEveryMatchOfItsMatchers adds series of one
// name with several labels to a history and wants each selection (by
// equal, unequal and regular-expression matchers, one or several) to
// return exactly the added series its matchers match, in label order.
func TestSelectingAddedSeriesFindsEveryMatchOfItsMatchers(t *testing.T) {
	h, err := NewHistory(&catalogue.Catalogue{}, labels.EmptyLabels(), Start, Start.Add(time.Minute), time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	var all []storage.Series
	for i := range 12 {
		ls := labels.FromStrings("__name__", "slo:ratio", "slo", fmt.Sprintf("s%d", i%4), "window", fmt.Sprintf("%dm", i%3))
		if i == 11 {
			ls = labels.FromStrings("__name__", "slo:ratio", "window", "0m")
		}
		all = append(all, NewSeries(ls, nil, nil))
	}
	h.Add(all...)
	h.Add(NewSeries(labels.FromStrings("__name__", "other", "slo", "s1"), nil, nil))
	q, _ := h.Querier(0, 0)
	for _, ms := range [][]*labels.Matcher{
		{labels.MustNewMatcher(labels.MatchEqual, "__name__", "slo:ratio"), labels.MustNewMatcher(labels.MatchEqual, "slo", "s1")},
		{labels.MustNewMatcher(labels.MatchEqual, "__name__", "slo:ratio"), labels.MustNewMatcher(labels.MatchEqual, "slo", "s1"), labels.MustNewMatcher(labels.MatchEqual, "window", "2m")},
		{labels.MustNewMatcher(labels.MatchEqual, "__name__", "slo:ratio"), labels.MustNewMatcher(labels.MatchEqual, "slo", "")},
		{labels.MustNewMatcher(labels.MatchEqual, "__name__", "slo:ratio"), labels.MustNewMatcher(labels.MatchNotEqual, "slo", "s2")},
		{labels.MustNewMatcher(labels.MatchEqual, "__name__", "slo:ratio"), labels.MustNewMatcher(labels.MatchRegexp, "slo", "s[01]")},
		{labels.MustNewMatcher(labels.MatchEqual, "__name__", "slo:ratio"), labels.MustNewMatcher(labels.MatchEqual, "slo", "s9")},
		{labels.MustNewMatcher(labels.MatchEqual, "slo", "s1")},
	} {
		var matched []labels.Labels
		for _, s := range append(all, NewSeries(labels.FromStrings("__name__", "other", "slo", "s1"), nil, nil)) {
			if promql.Selects(ms, s.Labels()) {
				matched = append(matched, s.Labels())
			}
		}
		slices.SortFunc(matched, labels.Compare)
		var want []string
		for _, ls := range matched {
			want = append(want, ls.String())
		}
		var got []string
		set := q.Select(context.Background(), true, nil, ms...)
		for set.Next() {
			got = append(got, set.At().Labels().String())
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%v:\n got %v\nwant %v", ms, got, want)
		}
	}
}

// TestASeriesCarriesTheJobThatScrapesIt: StemeDB's sync metrics are the
// cluster component's; a history whose target is the API's job gives
// them the cluster's job and instance, so that a panel selecting
// job="stemedb-cluster" (the overview's) is not blank.
func TestASeriesCarriesTheJobThatScrapesIt(t *testing.T) {
	c := testtool.Load(t, specs["stemedb"])
	h, err := NewHistory(c, labels.FromStrings("instance", "stemedb-api:9090", "job", "stemedb-api"), Start, Start.Add(time.Minute), time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"stemedb_sync_cycles_total":   `{instance="stemedb-cluster:9090", job="stemedb-cluster"}`,
		"stemedb_cluster_nodes_alive": `{instance="stemedb-cluster:9090", job="stemedb-cluster"}`,
	} {
		series := h.Selected([]*labels.Matcher{labels.MustNewMatcher(labels.MatchEqual, "__name__", name)})
		if len(series) == 0 {
			t.Fatalf("no series of %s", name)
		}
		ls := series[0].Labels()
		if got := labels.FromStrings("instance", ls.Get("instance"), "job", ls.Get("job")).String(); got != want {
			t.Errorf("%s carries %s, want %s", name, got, want)
		}
	}
}
