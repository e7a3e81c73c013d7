package exposition

import (
	"bytes"
	"errors"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/obsgen/obsgen/internal/golden"
)

// summary renders parsed families compactly: name type line labels [buckets].
func summary(e *Exposition) string {
	var b strings.Builder
	for _, f := range e.Families {
		b.WriteString(f.Name + " " + f.Type)
		if f.Unit != "" {
			b.WriteString(" unit=" + f.Unit)
		}
		b.WriteString(" labels=" + strings.Join(f.LabelNames(), ","))
		if len(f.Series) > 0 && len(f.Series[0].Buckets) > 0 {
			b.WriteString(" buckets=" + floats(f.Series[0].Buckets))
		}
		b.WriteString("\n")
	}
	return b.String()
}

// floats lists bucket bounds as verify's messages do.
func floats(fs []float64) string {
	parts := make([]string, len(fs))
	for i, f := range fs {
		parts[i] = strconv.FormatFloat(f, 'g', -1, 64)
	}
	return strings.Join(parts, ", ")
}

func TestParseReadsTheTextFormatAndOpenMetricsAlike(t *testing.T) {
	text, err := os.ReadFile("../verify/testdata/small.prom")
	if err != nil {
		t.Fatal(err)
	}
	om, err := os.ReadFile("../verify/testdata/small.om")
	if err != nil {
		t.Fatal(err)
	}
	if DetectFormat(text) != Text || DetectFormat(om) != OpenMetrics {
		t.Fatalf("DetectFormat: text=%v om=%v", DetectFormat(text), DetectFormat(om))
	}
	et, err := Parse("small.prom", text, Text)
	if err != nil {
		t.Fatal(err)
	}
	eo, err := Parse("small.om", om, OpenMetrics)
	if err != nil {
		t.Fatal(err)
	}
	// OpenMetrics adds units and target_info; the rest must be the same.
	got := summary(eo)
	got = strings.ReplaceAll(got, " unit=seconds", "")
	got = strings.Replace(got, "target_info gauge labels=service_name\n", "", 1)
	if want := summary(et); got != want {
		t.Errorf("OpenMetrics parses differently from the text format:\ntext:\n%s\nOpenMetrics:\n%s", want, got)
	}
	golden.Check(t, "testdata/golden/small-families.txt", []byte(summary(eo)))
}

func TestParseReadsWhatTheOpenMetricsEncoderWrites(t *testing.T) {
	text, err := os.ReadFile("../verify/testdata/prometheus.prom")
	if err != nil {
		t.Fatal(err)
	}
	tp := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := tp.TextToMetricFamilies(bytes.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	var om bytes.Buffer
	for _, name := range sortedKeys(fams) {
		if _, err := expfmt.MetricFamilyToOpenMetrics(&om, fams[name], expfmt.WithCreatedLines()); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := expfmt.FinalizeOpenMetrics(&om); err != nil {
		t.Fatal(err)
	}
	eo, err := Parse("om", om.Bytes(), DetectFormat(om.Bytes()))
	if err != nil {
		t.Fatalf("%v\n%s", err, om.String())
	}
	et, err := Parse("text", text, Text)
	if err != nil {
		t.Fatal(err)
	}
	if eo.Format != OpenMetrics {
		t.Fatalf("format %v, want OpenMetrics", eo.Format)
	}
	if got, want := summary(eo), summary(et); got != want {
		t.Errorf("the OpenMetrics rendering of prometheus.prom parses differently:\n%s", golden.Diff(want, got))
	}
}

func sortedKeys(m map[string]*dto.MetricFamily) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

func TestParseDetails(t *testing.T) {
	cases := []struct {
		name   string
		format Format
		body   string
		want   string
	}{
		{"an OpenMetrics counter is stored under its _total name and loses its _created series", OpenMetrics,
			"# TYPE a counter\n# HELP a A.\na_total 1\na_created 2\n# EOF\n", "a_total counter labels=\n"},
		{"an OpenMetrics info family becomes the gauge <name>_info", OpenMetrics,
			"# TYPE build info\nbuild_info{version=\"1\"} 1\n# EOF\n", "build_info gauge labels=version\n"},
		{"an OpenMetrics stateset is a gauge and unknown is untyped", OpenMetrics,
			"# TYPE s stateset\ns{s=\"a\"} 1\n# TYPE u unknown\nu 3\n# EOF\n", "s gauge labels=s\nu untyped labels=\n"},
		{"a gauge histogram keeps its buckets", OpenMetrics,
			"# TYPE g gaugehistogram\ng_bucket{le=\"1\"} 1\ng_bucket{le=\"+Inf\"} 2\ng_gcount 2\ng_gsum 3\n# EOF\n", "g gaugehistogram labels= buckets=1\n"},
		{"exemplars and float timestamps are dropped", OpenMetrics,
			"# TYPE h histogram\nh_bucket{le=\"0.5\"} 1 # {trace_id=\"a}b\"} 0.3 12.5\nh_bucket{le=\"+Inf\"} 1 1.5\nh_count 1\nh_sum 0.3\n# EOF\n", "h histogram labels= buckets=0.5\n"},
		{"a quoted } inside a label value does not end the label set", OpenMetrics,
			"# TYPE c counter\nc_total{path=\"/a}\"} 1 # {x=\"y\"} 1\n# EOF\n", "c_total counter labels=path\n"},
		{"an OpenMetrics # UNIT is kept", OpenMetrics,
			"# TYPE t_seconds gauge\n# UNIT t_seconds seconds\nt_seconds 1\n# EOF\n", "t_seconds gauge unit=seconds labels=\n"},
		{"empty label values count as absent labels", Text,
			"x{a=\"\",b=\"1\"} 1\n", "x untyped labels=b\n"},
		{"a text counter without _total keeps its name", Text,
			"# TYPE c counter\nc 1\n", "c counter labels=\n"},
		{"a family without # TYPE is untyped", Text,
			"plain 1\n", "plain untyped labels=\n"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e, err := Parse("x", []byte(tc.body), tc.format)
			if err != nil {
				t.Fatal(err)
			}
			if got := summary(e); got != tc.want {
				t.Errorf("got\n%swant\n%s", got, tc.want)
			}
		})
	}
}

func TestFamiliesPointAtTheirTypeLineOrFirstSample(t *testing.T) {
	body := "# HELP a A.\n# TYPE a gauge\na 1\n\nb_total 2\n# TYPE h histogram\nh_bucket{le=\"+Inf\"} 1\nh_sum 1\nh_count 1\nlate_bucket 1\n"
	e, err := Parse("x", []byte(body), Text)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, f := range e.Families {
		got[f.Name] = f.Line
	}
	want := map[string]int{"a": 2, "b_total": 5, "h": 6, "late_bucket": 10}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("lines %v, want %v", got, want)
	}
}

func TestSyntaxErrorsCarryTheLineOfTheOriginal(t *testing.T) {
	cases := []struct {
		name   string
		format Format
		body   string
		line   int
	}{
		{"a bad value in the text format", Text, "# TYPE a gauge\na 1\nb one\n", 3},
		{"a bad value in OpenMetrics after dropped _created lines", OpenMetrics, "# TYPE a counter\na_total 1\na_created 1\nb{x=\"1\"} one\n# EOF\n", 4},
		{"a second HELP", Text, "# HELP a x\n# HELP a y\na 1\n", 2},
		{"an unknown type", Text, "# TYPE a thing\na 1\n", 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("m.prom", []byte(tc.body), tc.format)
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("err %v, want a *SyntaxError", err)
			}
			d := se.Diagnostic()
			if d.Pos.Line != tc.line || d.Code != "exposition-syntax" || d.Pos.File != "m.prom" {
				t.Errorf("got %s, want line %d", d, tc.line)
			}
		})
	}
}
