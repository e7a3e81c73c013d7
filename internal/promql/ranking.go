package promql

import (
	"slices"
	"strconv"
	"strings"

	"github.com/prometheus/prometheus/model/labels"
)

// NumberLabels are the labels whose values PromQL reads as numbers:
// histogram_quantile and histogram_fraction read le's. A Ranking keeps
// their values as written.
var NumberLabels = map[string]bool{"le": true}

// Ranking names each value of each label (__name__ for a metric name) by
// its rank among the values of that label it has seen, such as "#2". Two
// evaluations whose expressions (Renamed) and series, written with their
// rank names, are the same differ only by a renaming that keeps the
// equality and the order of each label's values: the PromQL engine does
// the same with both, series for series in the same order and float for
// float, so one's result, renamed, is the other's. That holds as far as
// the engine is deterministic itself: it keeps the results of some
// operations in a map, so topk of ties among them, or their sum, may
// differ from one run of a query to the next (the random property test
// in rename_eval_test.go shows the rest). The values of NumberLabels and
// the empty value (no such label) keep their text.
//
// A Ranking is used in two phases: See every value, then Rank, then
// Rename and Back.
type Ranking struct {
	seen  map[string]map[string]bool
	ranks map[labelValue]string
	names map[string][]string
}

// labelValue is one value of one label.
type labelValue struct{ label, value string }

// NewRanking returns a Ranking that has seen nothing.
func NewRanking() *Ranking { return &Ranking{seen: map[string]map[string]bool{}} }

// See records a value of a label, to be ranked, and returns it; its form
// suits Renamed, which then collects an expression's names and values.
func (r *Ranking) See(label, value string) string {
	if NumberLabels[label] || value == "" {
		return value
	}
	vs := r.seen[label]
	if vs == nil {
		vs = map[string]bool{}
		r.seen[label] = vs
	}
	vs[value] = true
	return value
}

// Rank names every value seen by its rank among its label's.
func (r *Ranking) Rank() {
	r.ranks = map[labelValue]string{}
	r.names = map[string][]string{}
	for label, vs := range r.seen {
		sorted := make([]string, 0, len(vs))
		for v := range vs {
			sorted = append(sorted, v)
		}
		slices.Sort(sorted)
		r.names[label] = sorted
		for i, v := range sorted {
			r.ranks[labelValue{label, v}] = "#" + strconv.Itoa(i)
		}
	}
}

// Rename returns the rank name of a value of a label, or the value itself
// when it was not seen (or is kept).
func (r *Ranking) Rename(label, value string) string {
	if n, ok := r.ranks[labelValue{label, value}]; ok {
		return n
	}
	return value
}

// Back returns the value a rank name of a label stands for; anything else
// is returned as it is.
func (r *Ranking) Back(label, name string) string {
	if NumberLabels[label] || !strings.HasPrefix(name, "#") {
		return name
	}
	i, err := strconv.Atoi(name[1:])
	if names := r.names[label]; err != nil || i < 0 || i >= len(names) {
		return name
	}
	return r.names[label][i]
}

// RenamedLabels is ls with every value renamed by rename (a Ranking's
// Rename or Back), label __name__ for the metric name: a series or a
// result of one shape written with another's names. The label names, and
// so their order, are kept.
func RenamedLabels(ls labels.Labels, rename func(label, value string) string) labels.Labels {
	b := labels.NewScratchBuilder(ls.Len())
	ls.Range(func(l labels.Label) { b.Add(l.Name, rename(l.Name, l.Value)) })
	return b.Labels()
}
