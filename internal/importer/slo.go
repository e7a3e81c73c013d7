package importer

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/obsgen/obsgen/internal/speccodec"
	"github.com/prometheus/common/model"
	promlabels "github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/parser"
	"go.yaml.in/yaml/v3"
)

// An SLO imported from another tool becomes an obsgen SLO: Sloth's and
// OpenSLO's error and total queries a ratio SLI (with their window
// placeholder as $window), and two shapes obsgen knows better as what they
// are: a histogram's count minus one bucket over the count, a latency SLI
// on the histogram and that bucket's bound; 1 - avg(avg_over_time(up[w]))
// an availability SLI. What obsgen cannot express (raw ratios of another
// shape, plugins, time-slice objectives) is reported and left out.

// windowPlaceholder matches Sloth's {{.window}} in any spacing.
var windowPlaceholder = regexp.MustCompile(`\{\{\s*\.window\s*\}\}`)

// SLOImport is what an import of SLOs produced: the spec file and what
// could not be carried over.
type SLOImport struct {
	Spec  []byte
	Diags diag.List
	// SLOs counts the SLOs written.
	SLOs int
}

// slothSpec is Sloth's prometheus/v1 SLO file.
type slothSpec struct {
	Version string            `yaml:"version"`
	Service string            `yaml:"service"`
	Labels  map[string]string `yaml:"labels"`
	SLOs    []struct {
		Name        string            `yaml:"name"`
		Objective   float64           `yaml:"objective"`
		Description string            `yaml:"description"`
		Labels      map[string]string `yaml:"labels"`
		SLI         struct {
			Events *struct {
				ErrorQuery string `yaml:"error_query"`
				TotalQuery string `yaml:"total_query"`
			} `yaml:"events"`
			Raw *struct {
				ErrorRatioQuery string `yaml:"error_ratio_query"`
			} `yaml:"raw"`
			Plugin *yaml.Node `yaml:"plugin"`
		} `yaml:"sli"`
		Alerting struct {
			Name        string            `yaml:"name"`
			Labels      map[string]string `yaml:"labels"`
			Annotations map[string]string `yaml:"annotations"`
			PageAlert   *slothAlert       `yaml:"page_alert"`
			TicketAlert *slothAlert       `yaml:"ticket_alert"`
		} `yaml:"alerting"`
	} `yaml:"slos"`
}

type slothAlert struct {
	Disable     bool              `yaml:"disable"`
	Labels      map[string]string `yaml:"labels"`
	Annotations map[string]string `yaml:"annotations"`
}

// ImportSloth converts a Sloth prometheus/v1 SLO file into an obsgen spec
// with a slos section, for the service's folder beside its catalogue.
func ImportSloth(file string, data []byte, service string) (SLOImport, error) {
	var out SLOImport
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return out, fmt.Errorf("%s: %w", file, err)
	}
	var s slothSpec
	if err := root.Decode(&s); err != nil {
		return out, fmt.Errorf("%s: %w", file, err)
	}
	if s.Version != "prometheus/v1" {
		return out, fmt.Errorf("%s: version %q is not Sloth's prometheus/v1", file, s.Version)
	}
	if service == "" {
		service = s.Service
	}
	items := sloNodes(&root)
	var slos []catalogue.SLO
	for i, in := range s.SLOs {
		at := nodePos(file, items, i)
		slo := catalogue.SLO{Name: in.Name, Description: in.Description, Objective: in.Objective, Labels: merged(s.Labels, in.Labels)}
		var ok bool
		switch sli := in.SLI; {
		case sli.Events != nil:
			slo.SLI, ok = eventsSLI(sli.Events.ErrorQuery, "", sli.Events.TotalQuery)
		case sli.Raw != nil:
			slo.SLI, ok = rawSLI(sli.Raw.ErrorRatioQuery)
		}
		if !ok {
			out.Diags.Errorf(at, "import-slo", "SLO %q: obsgen reads ratios of events, histogram buckets and 0/1 availability series; this SLI is neither (a plugin, or a raw ratio of another shape): write it by hand", in.Name)
			continue
		}
		a := in.Alerting
		al := &catalogue.SLOAlerting{Name: a.Name, Labels: a.Labels, Annotations: constant(a.Annotations, &out.Diags, at, in.Name)}
		for _, p := range []struct {
			from *slothAlert
			to   **catalogue.SLOAlert
		}{{a.PageAlert, &al.Page}, {a.TicketAlert, &al.Ticket}} {
			if p.from != nil {
				*p.to = &catalogue.SLOAlert{Disable: p.from.Disable, Labels: p.from.Labels, Annotations: constant(p.from.Annotations, &out.Diags, at, in.Name)}
			}
		}
		slo.Alerting = al
		slos = append(slos, slo)
	}
	return encodeSLOs(out, service, slos, "Imported by obsgen import --sloth from "+file+" (Sloth prometheus/v1).")
}

// openSLO is an OpenSLO SLO document, v1 or Sloth's v1alpha.
type openSLO struct {
	APIVersion string `yaml:"apiVersion"`
	Kind       string `yaml:"kind"`
	Metadata   struct {
		Name        string `yaml:"name"`
		DisplayName string `yaml:"displayName"`
	} `yaml:"metadata"`
	Spec struct {
		Description string `yaml:"description"`
		Service     string `yaml:"service"`
		Indicator   *struct {
			Spec struct {
				RatioMetric *openRatio `yaml:"ratioMetric"`
			} `yaml:"spec"`
		} `yaml:"indicator"`
		TimeWindow []struct {
			Duration string `yaml:"duration"`
		} `yaml:"timeWindow"`
		TimeWindows []struct {
			Count int    `yaml:"count"`
			Unit  string `yaml:"unit"`
		} `yaml:"timeWindows"`
		Objectives []struct {
			Target       float64    `yaml:"target"`
			RatioMetrics *openRatio `yaml:"ratioMetrics"`
		} `yaml:"objectives"`
	} `yaml:"spec"`
}

// openRatio is a ratio metric: good or bad events over total, each a query.
type openRatio struct {
	Good, Bad, Total *openQuery
}

// openQuery is a metric source in v1 (metricSource.spec.query) or v1alpha
// (query) form.
type openQuery struct {
	Query        string `yaml:"query"`
	MetricSource struct {
		Spec struct {
			Query string `yaml:"query"`
		} `yaml:"spec"`
	} `yaml:"metricSource"`
}

func (q *openQuery) text() string {
	if q == nil {
		return ""
	}
	if q.Query != "" {
		return q.Query
	}
	return q.MetricSource.Spec.Query
}

// ImportOpenSLO converts the SLO documents of an OpenSLO file (v1, or
// v1alpha as Sloth reads it) into an obsgen spec with a slos section.
func ImportOpenSLO(file string, data []byte, service string) (SLOImport, error) {
	var out SLOImport
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var slos []catalogue.SLO
	for {
		var doc yaml.Node
		if err := dec.Decode(&doc); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return out, fmt.Errorf("%s: %w", file, err)
		}
		var o openSLO
		if err := doc.Decode(&o); err != nil {
			return out, fmt.Errorf("%s: %w", file, err)
		}
		at := diag.Pos{File: file, Line: doc.Line, Col: doc.Column}
		if len(doc.Content) > 0 {
			at.Line, at.Col = doc.Content[0].Line, doc.Content[0].Column
		}
		if o.Kind != "SLO" || !strings.HasPrefix(o.APIVersion, "openslo/") {
			continue // services, alert policies, ...: not SLOs
		}
		if service == "" {
			service = o.Spec.Service
		}
		slo := catalogue.SLO{Name: sloName(o.Metadata.Name), Title: o.Metadata.DisplayName, Description: o.Spec.Description}
		ratio := (*openRatio)(nil)
		if o.Spec.Indicator != nil {
			ratio = o.Spec.Indicator.Spec.RatioMetric
		}
		if len(o.Spec.Objectives) != 1 {
			out.Diags.Errorf(at, "import-slo", "SLO %q has %d objectives: obsgen takes one per SLO; split it", o.Metadata.Name, len(o.Spec.Objectives))
			continue
		}
		obj := o.Spec.Objectives[0]
		if obj.RatioMetrics != nil {
			ratio = obj.RatioMetrics
		}
		slo.Objective = obj.Target * 100
		if f, err := strconv.ParseFloat(strconv.FormatFloat(slo.Objective, 'f', 6, 64), 64); err == nil {
			slo.Objective = f // 0.999 * 100 is 99.90000000000001
		}
		switch {
		case len(o.Spec.TimeWindow) > 0:
			if d, err := model.ParseDuration(o.Spec.TimeWindow[0].Duration); err == nil {
				slo.Window = catalogue.Duration(d)
			}
		case len(o.Spec.TimeWindows) > 0 && strings.EqualFold(o.Spec.TimeWindows[0].Unit, "day"):
			if d, err := model.ParseDuration(strconv.Itoa(o.Spec.TimeWindows[0].Count) + "d"); err == nil {
				slo.Window = catalogue.Duration(d)
			}
		}
		ok := ratio != nil
		if ok {
			slo.SLI, ok = eventsSLI(ratio.Bad.text(), ratio.Good.text(), ratio.Total.text())
		}
		if !ok {
			out.Diags.Errorf(at, "import-slo", "SLO %q: obsgen imports ratio metrics (good or bad over total); this one is not: write it by hand", o.Metadata.Name)
			continue
		}
		slos = append(slos, slo)
	}
	return encodeSLOs(out, service, slos, "Imported by obsgen import --openslo from "+file+".")
}

// eventsSLI turns bad (or good) and total queries into an SLI: a latency
// SLI when they read a histogram's count minus one bucket over its count,
// a ratio otherwise.
func eventsSLI(bad, good, total string) (catalogue.SLI, bool) {
	bad, good, total = windowed(bad), windowed(good), windowed(total)
	if total == "" || (bad == "") == (good == "") {
		return catalogue.SLI{}, false
	}
	if bad != "" {
		if l, ok := latencyOf(bad, total); ok {
			return catalogue.SLI{Latency: l}, true
		}
	}
	r := &catalogue.RatioSLI{Bad: plain(bad), Good: plain(good), Total: plain(total)}
	return catalogue.SLI{Ratio: r}, true
}

// rawSLI reads 1 - avg(avg_over_time(S[$window])) as an availability SLI.
func rawSLI(query string) (catalogue.SLI, bool) {
	p, err := promql.ParseWindowed(windowed(query), "5m")
	if err != nil || p == nil {
		return catalogue.SLI{}, false
	}
	b, ok := promql.Unwrap(p.Expr).(*parser.BinaryExpr)
	if !ok || b.Op != parser.SUB {
		return catalogue.SLI{}, false
	}
	if n, ok := promql.Unwrap(b.LHS).(*parser.NumberLiteral); !ok || n.Val != 1 {
		return catalogue.SLI{}, false
	}
	agg, ok := promql.Unwrap(b.RHS).(*parser.AggregateExpr)
	if !ok || agg.Op != parser.AVG || len(agg.Grouping) > 0 {
		return catalogue.SLI{}, false
	}
	call, ok := promql.Unwrap(agg.Expr).(*parser.Call)
	if !ok || call.Func == nil || call.Func.Name != "avg_over_time" || len(call.Args) != 1 {
		return catalogue.SLI{}, false
	}
	ms, ok := call.Args[0].(*parser.MatrixSelector)
	if !ok {
		return catalogue.SLI{}, false
	}
	vs := ms.VectorSelector.(*parser.VectorSelector)
	name, rest := split(vs)
	a := &catalogue.AvailabilitySLI{Metric: name}
	if len(rest) > 0 {
		a.Matchers = catalogue.NewExpr(matcherText(rest), diag.Pos{})
	}
	return catalogue.SLI{Availability: a}, true
}

// latencyOf reads sum(rate(h_count[w])) - sum(rate(h_bucket{le="T"}[w]))
// over sum(rate(h_count[w])), Sloth's manual latency SLI.
func latencyOf(bad, total string) (*catalogue.LatencySLI, bool) {
	pb, err1 := promql.ParseWindowed(bad, "5m")
	pt, err2 := promql.ParseWindowed(total, "5m")
	if err1 != nil || err2 != nil || pb == nil || pt == nil {
		return nil, false
	}
	b, ok := promql.Unwrap(pb.Expr).(*parser.BinaryExpr)
	if !ok || b.Op != parser.SUB {
		return nil, false
	}
	count, ok1 := promql.SummedRate(b.LHS)
	bucket, ok2 := promql.SummedRate(b.RHS)
	totalSel, ok3 := promql.SummedRate(pt.Expr)
	if !ok1 || !ok2 || !ok3 {
		return nil, false
	}
	cn, cms := split(count)
	bn, bms := split(bucket)
	tn, tms := split(totalSel)
	h, found := strings.CutSuffix(cn, "_count")
	if !found || tn != cn || bn != h+"_bucket" || matcherText(cms) != matcherText(tms) {
		return nil, false
	}
	var le *promlabels.Matcher
	var rest []*promlabels.Matcher
	for _, m := range bms {
		if m.Name == "le" {
			le = m
			continue
		}
		rest = append(rest, m)
	}
	if le == nil || le.Type != promlabels.MatchEqual || matcherText(rest) != matcherText(cms) {
		return nil, false
	}
	t, err := strconv.ParseFloat(le.Value, 64)
	if err != nil {
		return nil, false
	}
	l := &catalogue.LatencySLI{Histogram: h, Threshold: t}
	if len(rest) > 0 {
		l.Matchers = catalogue.NewExpr(matcherText(rest), diag.Pos{})
	}
	return l, true
}

// split returns a selector's metric name and its other matchers.
func split(vs *parser.VectorSelector) (string, []*promlabels.Matcher) {
	name := vs.Name
	var rest []*promlabels.Matcher
	for _, m := range vs.LabelMatchers {
		if m.Name == model.MetricNameLabel {
			name = m.Value
			continue
		}
		rest = append(rest, m)
	}
	return name, rest
}

// matcherText writes matchers as {a="x", b!="y"}, sorted.
func matcherText(ms []*promlabels.Matcher) string {
	parts := make([]string, len(ms))
	for i, m := range ms {
		parts[i] = m.String()
	}
	sort.Strings(parts)
	return "{" + strings.Join(parts, ", ") + "}"
}

// windowed writes Sloth's {{.window}} as obsgen's $window.
func windowed(q string) string {
	return strings.TrimSpace(windowPlaceholder.ReplaceAllLiteralString(q, catalogue.WindowVariable))
}

// plain is an SLI part: sum(rate(S[$window])) becomes the selector S,
// which obsgen sums the rate of; anything else stays an expression.
func plain(q string) catalogue.Expr {
	if q == "" {
		return catalogue.Expr{}
	}
	if p, err := promql.ParseWindowed(q, "5m"); err == nil && p != nil {
		if vs, ok := promql.SummedRate(p.Expr); ok && strings.Count(q, catalogue.WindowVariable) == 1 {
			return catalogue.NewExpr(vs.String(), diag.Pos{})
		}
	}
	return catalogue.NewExpr(q, diag.Pos{})
}

// constant keeps the annotations without templates: obsgen's SLO alert
// annotations are checked by its generated tests, so templates are left
// out, each reported.
func constant(ann map[string]string, diags *diag.List, at diag.Pos, slo string) map[string]string {
	out := map[string]string{}
	for _, k := range slices.Sorted(maps.Keys(ann)) {
		if strings.Contains(ann[k], "{{") {
			diags.Warnf(at, "import-slo", "SLO %q: annotation %s uses a template, which obsgen's SLO alerts do not take (their tests check constant annotations): left out", slo, k)
			continue
		}
		out[k] = ann[k]
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// merged is the file's labels with the SLO's over them.
func merged(a, b map[string]string) map[string]string {
	if len(a)+len(b) == 0 {
		return nil
	}
	out := map[string]string{}
	for k, v := range a {
		out[k] = v
	}
	for k, v := range b {
		out[k] = v
	}
	return out
}

// sloName makes an OpenSLO name an obsgen SLO name.
func sloName(s string) string {
	s = strings.ToLower(s)
	var b strings.Builder
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_' {
			b.WriteRune(r)
		} else {
			b.WriteByte('-')
		}
	}
	return strings.Trim(b.String(), "-")
}

// sloNodes returns the items of the slos list of a Sloth file.
func sloNodes(root *yaml.Node) []*yaml.Node {
	n := root
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == "slos" {
			return n.Content[i+1].Content
		}
	}
	return nil
}

func nodePos(file string, items []*yaml.Node, i int) diag.Pos {
	if i < len(items) {
		return diag.Pos{File: file, Line: items[i].Line, Col: items[i].Column}
	}
	return diag.Pos{File: file}
}

// encodeSLOs writes the spec file: the service's name and its SLOs.
func encodeSLOs(out SLOImport, service string, slos []catalogue.SLO, header string) (SLOImport, error) {
	c := &catalogue.Catalogue{APIVersion: catalogue.APIVersion, Service: catalogue.Service{Name: service}, SLOs: slos}
	data, err := speccodec.Encode(c, header+"\nKeep it beside the service's catalogue, whose metrics the SLIs read: obsgen lint checks them.")
	if err != nil {
		return out, err
	}
	out.Spec, out.SLOs = data, len(slos)
	return out, nil
}
