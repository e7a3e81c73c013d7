package exposition

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/obsgen/obsgen/internal/diag"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

// Format is the text format an exposition is written in.
type Format int

// The formats obsgen reads.
const (
	// Text is the Prometheus text format 0.0.4.
	Text Format = iota
	// OpenMetrics is OpenMetrics 1.0 (and 0.0.1) text.
	OpenMetrics
)

// String names the format.
func (f Format) String() string {
	if f == OpenMetrics {
		return "OpenMetrics"
	}
	return "text 0.0.4"
}

// The family types an exposition can carry, besides the catalogue's four.
const (
	Untyped        = "untyped"
	GaugeHistogram = "gaugehistogram"
)

// Exposition is a parsed /metrics page: its metric families as Prometheus
// stores them, with where each was written.
type Exposition struct {
	// Name is where it came from (a file path or a URL); positions use it.
	Name string
	// Format is the format it was written in.
	Format Format
	// Body is the raw exposition, for excerpts.
	Body []byte
	// Families are sorted by name.
	Families []*Family

	byName map[string]*Family
}

// Family is one metric family. Its Name is the name Prometheus stores the
// series under: an OpenMetrics counter "x" is "x_total" here; histograms and
// summaries are one family, not their _bucket, _sum and _count series.
type Family struct {
	Name string
	// Type is counter, gauge, histogram, summary, untyped or gaugehistogram.
	Type string
	// Help is the HELP text; HasHelp is false when there was no HELP line.
	Help    string
	HasHelp bool
	// Unit is an OpenMetrics # UNIT, when given.
	Unit string
	// Line is the 1-based line of its # TYPE, or else of its first sample;
	// Col the column of its name there, Len the name's length as written.
	Line, Col, Len int
	Series         []Series
	// Empty names the labels the family's series write with an empty
	// value only (postfix_exporter's sasl_method="" where no client
	// authenticated), sorted: Prometheus stores such a label as none,
	// but the exporter names it and fills it in elsewhere.
	Empty []string
}

// Series is one exposed series (one histogram or summary as a whole).
type Series struct {
	// Labels hold the label pairs with a non-empty value (an empty value
	// is the same as no label), without a histogram's le or a summary's
	// quantile. A slice, not a map: an exposition has hundreds of
	// thousands of series, and a map each was most of verify's memory.
	Labels []Label
	// Buckets are a histogram's finite upper bounds, in increasing order.
	Buckets []float64
	// Quantiles are a summary's quantile label values, in increasing
	// order.
	Quantiles []float64
	// Events is how many events a counter (or an untyped family) has
	// counted, or a histogram or summary observed: its value, or its
	// count; 0 for a gauge. Import takes a label's example from the
	// busiest series (grpc_code OK, not the first code in order, Aborted).
	Events float64
	// Level is a gauge's value: where no series counted events, import
	// takes the example from the highest (the state a one-series-per-state
	// gauge is in: haproxy_server_status{state="UP"} 1).
	Level float64
}

// Label is one label pair of a series.
type Label struct{ Name, Value string }

// Label returns the value of the series' label name, and whether it has one.
func (s Series) Label(name string) (string, bool) {
	for _, l := range s.Labels {
		if l.Name == name {
			return l.Value, true
		}
	}
	return "", false
}

// SyntaxError is an exposition the parser rejected, at a line.
type SyntaxError struct {
	Name string
	Line int
	Msg  string
}

// Error renders the problem as name:line: message.
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s:%d: %s", e.Name, max(e.Line, 1), e.Msg)
}

// Diagnostic reports the syntax error as an error diagnostic.
func (e *SyntaxError) Diagnostic() diag.Diagnostic {
	return diag.Diagnostic{
		Pos:      diag.Pos{File: e.Name, Line: max(e.Line, 1), Col: 1},
		Severity: diag.Error,
		Code:     "exposition-syntax",
		Message:  "the exposition does not parse: " + e.Msg,
	}
}

// Family returns the family called name, or nil.
func (e *Exposition) Family(name string) *Family { return e.byName[name] }

// AllZero reports whether the family has series and every one is 0: an
// exporter's up gauge saying it could not reach its service.
func (f *Family) AllZero() bool {
	return len(f.Series) > 0 && !slices.ContainsFunc(f.Series, func(s Series) bool { return s.Level != 0 || s.Events != 0 })
}

// DetectFormat tells OpenMetrics (which ends in "# EOF") from the text format.
func DetectFormat(body []byte) Format {
	trimmed := bytes.TrimRight(body, " \t\r\n")
	if bytes.Equal(trimmed, []byte("# EOF")) || bytes.HasSuffix(trimmed, []byte("\n# EOF")) {
		return OpenMetrics
	}
	return Text
}

// Parse reads an exposition written in format. name is used in positions.
// Problems in the text come back as *SyntaxError.
func Parse(name string, body []byte, format Format) (*Exposition, error) {
	text := body
	var units map[string]string
	if format == OpenMetrics {
		text, units = normaliseOpenMetrics(body)
	}
	tp := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := tp.TextToMetricFamilies(bytes.NewReader(text))
	if err != nil {
		var pe expfmt.ParseError
		if errors.As(err, &pe) {
			return nil, &SyntaxError{Name: name, Line: pe.Line, Msg: pe.Msg}
		}
		return nil, &SyntaxError{Name: name, Line: 1, Msg: err.Error()}
	}
	lines := familyLines(text)
	starts := lineStarts(body)
	e := &Exposition{Name: name, Format: format, Body: body, byName: make(map[string]*Family, len(fams)), Families: make([]*Family, 0, len(fams))}
	names := map[string]string{} // label names, shared by every series
	for name, mf := range fams {
		f := convert(mf, names)
		delete(fams, name) // its parsed form can go as soon as it is converted
		f.Unit = units[f.Name]
		f.Line = lines.of(f.Name)
		f.Col, f.Len = nameAt(body, starts, f.Line)
		e.Families = append(e.Families, f)
		e.byName[f.Name] = f
	}
	sort.Slice(e.Families, func(i, j int) bool { return e.Families[i].Name < e.Families[j].Name })
	return e, nil
}

// convert turns a parsed family into the model verify compares; names
// interns label names across families.
func convert(mf *dto.MetricFamily, names map[string]string) *Family {
	f := &Family{Name: mf.GetName(), Help: mf.GetHelp(), HasHelp: mf.Help != nil}
	switch mf.GetType() {
	case dto.MetricType_COUNTER:
		f.Type = "counter"
	case dto.MetricType_GAUGE:
		f.Type = "gauge"
	case dto.MetricType_HISTOGRAM:
		f.Type = "histogram"
	case dto.MetricType_GAUGE_HISTOGRAM:
		f.Type = GaugeHistogram
	case dto.MetricType_SUMMARY:
		f.Type = "summary"
	default:
		f.Type = Untyped
	}
	f.Series = make([]Series, 0, len(mf.GetMetric()))
	for _, m := range mf.GetMetric() {
		var s Series
		if n := len(m.GetLabel()); n > 0 {
			s.Labels = make([]Label, 0, n)
		}
		for _, lp := range m.GetLabel() {
			if lp.GetValue() == "" {
				if !slices.Contains(f.Empty, lp.GetName()) {
					f.Empty = append(f.Empty, lp.GetName())
				}
				continue
			}
			name, ok := names[lp.GetName()]
			if !ok {
				name = lp.GetName()
				names[name] = name
			}
			s.Labels = append(s.Labels, Label{name, lp.GetValue()})
		}
		switch {
		case m.GetCounter() != nil:
			s.Events = m.GetCounter().GetValue()
		case m.GetUntyped() != nil:
			s.Events = m.GetUntyped().GetValue()
		case m.GetHistogram() != nil:
			s.Events = float64(m.GetHistogram().GetSampleCount())
		case m.GetSummary() != nil:
			s.Events = float64(m.GetSummary().GetSampleCount())
		case m.GetGauge() != nil:
			if v := m.GetGauge().GetValue(); !math.IsNaN(v) {
				s.Level = v
			}
		}
		if math.IsNaN(s.Events) || s.Events < 0 {
			s.Events = 0
		}
		if h := m.GetHistogram(); h != nil {
			for _, b := range h.GetBucket() {
				if ub := b.GetUpperBound(); !math.IsInf(ub, 1) {
					s.Buckets = append(s.Buckets, ub)
				}
			}
			sort.Float64s(s.Buckets)
		}
		if sm := m.GetSummary(); sm != nil {
			for _, q := range sm.GetQuantile() {
				s.Quantiles = append(s.Quantiles, q.GetQuantile())
			}
			sort.Float64s(s.Quantiles)
		}
		f.Series = append(f.Series, s)
	}
	if len(f.Empty) > 0 {
		named := f.LabelNames()
		f.Empty = slices.DeleteFunc(f.Empty, func(l string) bool { return slices.Contains(named, l) })
		slices.Sort(f.Empty)
	}
	return f
}

// LabelNames returns the names of the labels the family's series carry,
// sorted.
func (f *Family) LabelNames() []string {
	seen := map[string]bool{}
	for _, s := range f.Series {
		for _, l := range s.Labels {
			seen[l.Name] = true
		}
	}
	out := make([]string, 0, len(seen))
	for k := range seen {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// LabelValues returns the distinct values of label name, sorted.
func (f *Family) LabelValues(name string) []string {
	seen := map[string]bool{}
	for _, s := range f.Series {
		if v, ok := s.Label(name); ok {
			seen[v] = true
		}
	}
	out := make([]string, 0, len(seen))
	for v := range seen {
		out = append(out, v)
	}
	sort.Strings(out)
	return out
}

// lineIndex records where family names and sample names first appear.
type lineIndex struct {
	typeLine   map[string]int
	sampleLine map[string]int
}

// familyLines scans a text exposition for # TYPE lines and sample names.
func familyLines(text []byte) lineIndex {
	x := lineIndex{typeLine: map[string]int{}, sampleLine: map[string]int{}}
	n := 0
	for raw := range bytes.SplitSeq(text, []byte("\n")) {
		n++
		line := string(bytes.TrimLeft(raw, " \t"))
		if rest, ok := strings.CutPrefix(line, "#"); ok {
			fields := strings.Fields(rest)
			if len(fields) >= 2 && fields[0] == "TYPE" {
				if _, seen := x.typeLine[fields[1]]; !seen {
					x.typeLine[fields[1]] = n
				}
			}
			continue
		}
		name, labels, _, ok := splitSample(line)
		if !ok {
			continue
		}
		if name == "" {
			name = quotedName(labels)
		}
		if _, seen := x.sampleLine[name]; !seen {
			x.sampleLine[name] = n
		}
	}
	return x
}

// of returns the line of family name: its # TYPE, else its first sample
// (a histogram's or summary's first _bucket, _sum or _count).
func (x lineIndex) of(name string) int {
	if n, ok := x.typeLine[name]; ok {
		return n
	}
	best := 0
	for _, s := range []string{"", "_bucket", "_sum", "_count", "_gcount", "_gsum"} {
		if n, ok := x.sampleLine[name+s]; ok && (best == 0 || n < best) {
			best = n
		}
	}
	return best
}

// lineStarts returns the offset of each line of body.
func lineStarts(body []byte) []int {
	starts := []int{0}
	for i, b := range body {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// nameAt finds the metric name on a line of the original body: after
// "# TYPE " or at the start of a sample. It returns its column and length.
func nameAt(body []byte, starts []int, line int) (col, length int) {
	if line < 1 || line > len(starts) {
		return 1, 0
	}
	text := body[starts[line-1]:]
	if i := bytes.IndexByte(text, '\n'); i >= 0 {
		text = text[:i]
	}
	start := 0
	if rest, ok := bytes.CutPrefix(text, []byte("# TYPE ")); ok {
		start = len(text) - len(rest)
	}
	end := start
	for end < len(text) && isNameByte(text[end]) {
		end++
	}
	return utf8.RuneCount(text[:start]) + 1, end - start
}

func isNameByte(b byte) bool {
	return b == '_' || b == ':' || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
}

// quotedName returns the metric name written first inside a label block,
// as UTF-8 names are: {"my.metric", a="b"}.
func quotedName(labels string) string {
	rest, ok := strings.CutPrefix(labels, "{")
	if !ok || !strings.HasPrefix(rest, `"`) {
		return ""
	}
	for i := 1; i < len(rest); i++ {
		switch rest[i] {
		case '\\':
			i++
		case '"':
			name, err := strconv.Unquote(rest[:i+1])
			if err != nil || strings.HasPrefix(rest[i+1:], "=") {
				return "" // a quoted label name, not a metric name
			}
			return name
		}
	}
	return ""
}
