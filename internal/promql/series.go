package promql

// Series is what a catalogue says of one series name an expression reads:
// the metric family it belongs to (a histogram's or summary's _bucket, _sum
// and _count belong to theirs), or the recording rule that writes it. This
// package knows no catalogue; its callers look names up and fill this in.
type Series struct {
	// Family is the metric family's name; "" when the name is no
	// catalogue metric.
	Family string
	// Type is the family's type as the catalogue declares it: counter,
	// gauge, histogram, summary or untyped.
	Type string
	// Suffix is what the name adds to the family's: _bucket, _sum,
	// _count, or "".
	Suffix string
	// Unit is the family's unit, or the recording rule's.
	Unit string
	// Labels are the family's own labels, in the catalogue's order.
	Labels []string
	// Recorded is set when the name is no metric but a recording rule's
	// output.
	Recorded bool
	// UnixTime marks a gauge whose value is a point in time (a start, a
	// last backup, an expiry) in Unit, not a duration.
	UnixTime bool
}

// Resolver looks a series name up in a catalogue.
type Resolver func(name string) Series

// Metric reports whether the name is a catalogue metric's series.
func (s Series) Metric() bool { return s.Family != "" }

// Carries returns the labels every series of the name carries: first the
// given ones (target labels the caller knows of), then the family's own,
// then le for a histogram's buckets and quantile for a summary's quantile
// series. Legends read that order.
func (s Series) Carries(first ...string) LabelSet {
	out := SetOf(first...).With(s.Labels...)
	switch {
	case s.Suffix == "_bucket":
		out = out.With("le")
	case s.Suffix == "" && s.Type == "summary":
		out = out.With("quantile")
	}
	return out
}
