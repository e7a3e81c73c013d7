package validate

import (
	"encoding/json"
	"fmt"
	"maps"
	"net"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/naming"
	"github.com/obsgen/obsgen/internal/suggest"
	"k8s.io/apimachinery/pkg/labels"
)

var (
	envNameRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
	// strftimeRE matches the strftime fields an index name may carry.
	strftimeRE = regexp.MustCompile(`%[A-Za-z%]`)
	// logFieldTypes are the types a log field may declare.
	logFieldTypes = map[string]bool{"string": true, "integer": true, "number": true, "boolean": true, "timestamp": true, "object": true}
)

func itoa(i int) string { return strconv.Itoa(i) }

var httpMethods = []string{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"}

func (v *validator) endpoints() {
	keys := v.unique("endpoint")
	for _, e := range v.c.Endpoints {
		if v.required(e.Pos, e.Method, "a method", "endpoint") {
			v.oneOf(v.c.At(e.Pos, "method"), e.Method, "HTTP method", httpMethods...)
		}
		if v.required(e.Pos, e.Path, "a path", "endpoint") && !strings.HasPrefix(e.Path, "/") {
			v.errorf(v.c.At(e.Pos, "path"), "bad-value", "endpoint path %q must start with /", e.Path)
		}
		v.required(e.Pos, e.Description, "a description", "endpoint "+e.Key())
		v.component(e.Component, v.c.At(e.Pos, "component"))
		keys.add(e.Component+" "+e.Key(), e.Pos)
		for _, ex := range []*catalogue.Example{e.Request, e.Response} {
			if ex == nil {
				continue
			}
			ct := ex.ContentType
			if ct == "" || strings.Contains(ct, "json") {
				if !json.Valid([]byte(ex.Body)) {
					v.errorf(v.c.At(ex.Pos, "body"), "bad-json", "example body of %s is not valid JSON", e.Key())
				}
			}
		}
	}
}

func (v *validator) queries() {
	names := v.unique("query")
	for _, g := range v.c.Queries {
		v.required(g.Pos, g.Title, "a title", "query group")
		for _, q := range g.Queries {
			if v.required(q.Pos, q.Name, "a name", "query") && !naming.Ident.MatchString(q.Name) {
				v.errorf(v.c.At(q.Pos, "name"), "bad-name", "query name %q must be letters, digits, ., - and _", q.Name)
			}
			names.add(q.Name, v.c.At(q.Pos, "name"))
			v.required(q.Pos, q.Title, "a title", "query "+q.Name)
			v.expr(q.Expr, q.Pos, "expr", false)
		}
	}
}

var panelTypes = []string{"timeseries", "stat", "gauge", "bargauge", "heatmap", "histogram", "table", "state-timeline", "text"}

func (v *validator) dashboards() {
	uids := v.unique("dashboard uid")
	if o := v.c.Overview; o != nil {
		if v.required(o.Pos, o.UID, "a uid", "overview") && !naming.UID.MatchString(o.UID) {
			v.errorf(v.c.At(o.Pos, "uid"), "bad-name", "dashboard uid %q must be 1-40 letters, digits, - or _", o.UID)
		}
		uids.add(o.UID, v.c.At(o.Pos, "uid"))
		v.required(o.Pos, o.Title, "a title", "overview")
	}
	for _, d := range v.c.Dashboards {
		up := v.c.At(d.Pos, "uid")
		if v.required(d.Pos, d.UID, "a uid", "dashboard") && !naming.UID.MatchString(d.UID) {
			v.errorf(up, "bad-name", "dashboard uid %q must be 1-40 letters, digits, - or _", d.UID)
		}
		uids.add(d.UID, up)
		v.required(d.Pos, d.Title, "a title", "dashboard "+d.UID)
		for i, name := range d.Variables {
			p := v.c.At(d.Pos, "variables["+itoa(i)+"]")
			// A label nothing declares is lint's (unknown-label): the
			// variable lists no value and its All selects every series,
			// which a mixin's dashboard on a single cluster relies on.
			v.labelName(name, p, "variable")
		}
		if len(d.Rows) == 0 {
			v.errorf(d.Pos, "missing-field", "dashboard %s has no rows", d.UID)
		}
		for _, r := range d.Rows {
			v.required(r.Pos, r.Title, "a title", "row")
			for _, p := range r.Panels {
				v.panel(p)
				if p.Repeat != "" {
					if _, ok := d.Variable(v.c, strings.TrimPrefix(p.Repeat, "$")); ok && strings.HasPrefix(p.Repeat, "$") {
						v.errorf(v.c.At(p.Pos, "repeat"), "bad-value", "panel %q: Grafana names the variable a panel repeats for without $: write repeat: %s", p.Title, p.Repeat[1:])
					} else if !ok {
						v.errorf(v.c.At(p.Pos, "repeat"), "unknown-ref", "panel %q repeats for variable %q, which dashboard %s does not offer (its variables: %s)",
							p.Title, p.Repeat, d.UID, orNone(d.VariableNames(v.c)))
					}
				}
			}
		}
	}
}

func (v *validator) panel(p catalogue.Panel) {
	v.required(p.Pos, p.Title, "a title", "panel")
	if v.required(p.Pos, p.Type, "a type", "panel "+p.Title) {
		if p.Type == "graph" {
			v.errorf(v.c.At(p.Pos, "type"), "bad-value", "panel type \"graph\" is AngularJS, off by default in Grafana 11 and removed in 12 (Grafana migrates it to timeseries when a dashboard loads): use timeseries")
		} else {
			v.oneOf(v.c.At(p.Pos, "type"), p.Type, "panel type", panelTypes...)
		}
	}
	if p.Width < 0 || p.Width > 24 {
		v.errorf(v.c.At(p.Pos, "width"), "bad-value", "panel width %d must be 1..24", p.Width)
	}
	if p.Height < 0 || p.Height > 100 {
		v.errorf(v.c.At(p.Pos, "height"), "bad-value", "panel height %d must be 1..100", p.Height)
	}
	if len(p.Queries) == 0 && p.Type != "text" {
		v.errorf(p.Pos, "missing-field", "panel %q has no queries", p.Title)
	}
	if p.TextMode != "" && p.Type != "stat" {
		v.errorf(v.c.At(p.Pos, "text_mode"), "bad-value", "panel %q is a %s: text_mode applies to stat panels", p.Title, p.Type)
	} else if p.TextMode != "" {
		v.oneOf(v.c.At(p.Pos, "text_mode"), p.TextMode, "text_mode", "value", "name", "value_and_name")
	}
	if p.Stack != "" && p.Type != "timeseries" {
		v.errorf(v.c.At(p.Pos, "stack"), "bad-value", "panel %q is a %s: stack applies to timeseries panels", p.Title, p.Type)
	} else if p.Stack != "" {
		v.oneOf(v.c.At(p.Pos, "stack"), p.Stack, "stack", "normal", "percent")
	}
	v.mappings(p)
	for _, q := range p.Queries {
		v.expr(q.Expr, q.Pos, "expr", true)
		if q.Format != "" {
			v.oneOf(v.c.At(q.Pos, "format"), q.Format, "query format", "time_series", "table", "heatmap")
		}
	}
}

// mappings checks a panel's value mappings: each maps one value, one
// range or no value, and no value twice.
func (v *validator) mappings(p catalogue.Panel) {
	if len(p.Mappings) > 0 && p.Type != "" && !slices.Contains(catalogue.MappingPanelTypes, p.Type) {
		v.errorf(v.c.At(p.Pos, "mappings"), "bad-value", "panel %q is a %s, which shows no value mapping's text: mappings apply to %s panels", p.Title, p.Type, strings.Join(catalogue.MappingPanelTypes, ", "))
	}
	seen := map[float64]bool{}
	for _, m := range p.Mappings {
		kinds := 0
		for _, set := range []bool{m.Value != nil, m.From != nil || m.To != nil, m.NoValue} {
			if set {
				kinds++
			}
		}
		switch {
		case kinds != 1:
			v.errorf(m.Pos, "bad-value", "panel %q: a value mapping maps exactly one of a value, a range (from, to) or no_value", p.Title)
		case m.From != nil && m.To != nil && *m.From > *m.To:
			v.errorf(v.c.At(m.Pos, "from"), "bad-value", "panel %q: mapping %q runs from %v to %v, an empty range", p.Title, m.Text, *m.From, *m.To)
		case m.Value != nil && seen[*m.Value]:
			v.errorf(v.c.At(m.Pos, "value"), "bad-value", "panel %q maps value %v twice: Grafana shows the first", p.Title, *m.Value)
		case m.Value != nil:
			seen[*m.Value] = true
		}
	}
}

func (v *validator) scrape() {
	s := v.c.Scrape
	if s == nil {
		return
	}
	if len(s.Targets) == 0 {
		v.errorf(s.Pos, "missing-field", "scrape needs at least one target")
	}
	jobs := v.unique("scrape job (variant/job)")
	for _, t := range s.Targets {
		vp := v.c.At(t.Pos, "variant")
		if v.required(t.Pos, t.Variant, "a variant name (e.g. static, dns)", "scrape target") && !naming.Ident.MatchString(t.Variant) {
			v.errorf(vp, "bad-name", "scrape variant %q must be letters, digits, ., - and _", t.Variant)
		}
		jobs.add(t.Variant+"/"+t.JobName(v.c), v.c.At(t.Pos, "job"))
		v.component(t.Component, v.c.At(t.Pos, "component"))
		kinds := 0
		for _, set := range []bool{len(t.Static) > 0, len(t.DNSNames) > 0, t.Probe != nil} {
			if set {
				kinds++
			}
		}
		if kinds != 1 {
			v.errorf(t.Pos, "bad-value", "scrape variant %q needs exactly one of static, dns_names or probe", t.Variant)
		}
		if t.Probe != nil {
			v.probe(t)
		}
		for i, target := range t.Static {
			if ok, why := staticTarget(target); !ok {
				v.errorf(v.c.At(t.Pos, "static["+itoa(i)+"]"), "bad-value", "static target %q must be host:port%s", target, why)
			}
		}
		if t.DNSType != "" {
			v.oneOf(v.c.At(t.Pos, "dns_type"), t.DNSType, "dns_type", "SRV", "A", "AAAA", "MX", "NS")
			if t.DNSType != "SRV" && t.DNSPort == 0 {
				v.errorf(v.c.At(t.Pos, "dns_type"), "missing-field", "dns_type %s needs dns_port", t.DNSType)
			}
		}
		if t.Timeout != 0 && t.Interval != 0 && t.Timeout > t.Interval {
			v.errorf(v.c.At(t.Pos, "timeout"), "bad-value", "scrape timeout %s is longer than the interval %s", t.Timeout, t.Interval)
		}
		if t.MetricsPath != "" && !strings.HasPrefix(t.MetricsPath, "/") {
			v.errorf(v.c.At(t.Pos, "metrics_path"), "bad-value", "metrics_path %q must start with /", t.MetricsPath)
		}
		if path, query, found := strings.Cut(t.MetricsPath, "?"); found {
			v.errorf(v.c.At(t.Pos, "metrics_path"), "bad-value", "metrics_path %q holds a query: Prometheus escapes it into the path (%s%%3F%s) and the target answers 404; give the path as metrics_path: %s and the query as params%s",
				t.MetricsPath, path, query, path, paramsHint(query))
		}
		for name, values := range t.Params {
			if name == "" || len(values) == 0 {
				v.errorf(v.c.At(t.Pos, "params"), "bad-value", "params %q needs a name and at least one value", name)
			}
		}
		if t.Scheme != "" {
			v.oneOf(v.c.At(t.Pos, "scheme"), t.Scheme, "scheme", "http", "https")
		}
		if t.Job != "" && strings.TrimSpace(t.Job) != t.Job {
			v.errorf(v.c.At(t.Pos, "job"), "bad-value", "job name %q has surrounding spaces", t.Job)
		}
		v.targetLabels(t)
		if k := t.Kubernetes; k != nil {
			v.kubeTarget(k)
		}
	}
}

// probe checks a probe job: a prober Prometheus can scrape, a module, and
// targets, which the job passes as the target parameter itself.
func (v *validator) probe(t catalogue.ScrapeTarget) {
	p := t.Probe
	if v.required(p.Pos, p.Prober, "the prober's host:port (e.g. blackbox-exporter:9115)", "probe") {
		if ok, why := staticTarget(p.Prober); !ok {
			v.errorf(v.c.At(p.Pos, "prober"), "bad-value", "prober %q must be host:port%s", p.Prober, why)
		}
	}
	v.required(p.Pos, p.Module, "the prober's module (e.g. http_2xx)", "probe")
	if len(p.Targets) == 0 {
		v.errorf(p.Pos, "missing-field", "probe needs targets: what to probe (URLs for an http module, host:port for tcp)")
	}
	seen := v.unique("probe target of job " + t.JobName(v.c))
	for i, target := range p.Targets {
		tp := v.c.At(p.Pos, "targets["+itoa(i)+"]")
		if strings.TrimSpace(target) == "" {
			v.errorf(tp, "missing-field", "probe target %d is empty", i+1)
			continue
		}
		seen.add(target, tp)
	}
	for _, p := range [][2]string{{"module", "probe.module"}, {"target", "probe.targets"}} {
		if _, set := t.Params[p[0]]; set {
			v.errorf(v.c.At(t.Pos, "params"), "bad-value", "params %s: a probe job passes %s itself, from %s", p[0], p[0], p[1])
		}
	}
}

// paramsHint writes a URL query as the params it would be, e.g.
// ": {module: [http_2xx]}"; "" when it does not parse.
func paramsHint(query string) string {
	q, err := url.ParseQuery(query)
	if err != nil || len(q) == 0 {
		return ""
	}
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(q)) {
		parts = append(parts, k+": ["+strings.Join(q[k], ", ")+"]")
	}
	return ": {" + strings.Join(parts, ", ") + "}"
}

// staticTarget checks a static target is the host:port Prometheus
// scrapes; when not, why says how ("" when only the port is missing): a
// URL (promtool: "not a valid hostname"), a bad host, or a port that is
// not a number from 1 to 65535.
func staticTarget(target string) (ok bool, why string) {
	if u, err := url.Parse(target); err == nil && u.Scheme != "" && u.Host != "" {
		port := u.Port()
		if port == "" {
			port = "80"
			if u.Scheme == "https" {
				port = "443"
			}
		}
		why = fmt.Sprintf(", not a URL: give %q", net.JoinHostPort(u.Hostname(), port))
		if u.Scheme == "http" || u.Scheme == "https" {
			why += " with scheme: " + u.Scheme
		}
		if u.Path != "" && u.Path != "/" {
			why += " and metrics_path: " + u.Path
		}
		return false, why
	}
	host, port, err := net.SplitHostPort(target)
	switch {
	case err != nil || port == "":
		return false, ""
	case host == "" || strings.ContainsAny(host, "/?#@ "):
		return false, ": " + strconv.Quote(host) + " is not a host name or address"
	}
	if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 {
		return false, ": the port " + strconv.Quote(port) + " is not a number from 1 to 65535"
	}
	return true, ""
}

// targetLabels checks a job's declared target labels: valid names, each
// once, and not the ones Prometheus sets itself.
func (v *validator) targetLabels(t catalogue.ScrapeTarget) {
	seen := v.unique("target label of job " + t.JobName(v.c))
	for i, l := range t.TargetLabels {
		p := v.c.At(t.Pos, "target_labels["+itoa(i)+"]")
		switch {
		case !v.labelName(l, p, "target label"):
		case l == "job" || l == "instance":
			v.errorf(p, "reserved-label", "Prometheus sets %s on every target itself; list only the labels relabelling or discovery add", l)
		default:
			seen.add(l, p)
		}
	}
}

// uses checks the names of the catalogues this service reads; the pipeline
// resolves them.
func (v *validator) uses() {
	seen := v.unique("used catalogue")
	for i, u := range v.c.Service.Uses {
		p := v.c.At(v.c.Service.Pos, "uses["+itoa(i)+"]")
		switch {
		case !naming.Service.MatchString(u):
			v.errorf(p, "bad-name", "uses %q: name a catalogue by its service name (a folder beside this one)", u)
		case u == v.c.Service.Name:
			v.errorf(p, "bad-value", "a catalogue does not use itself")
		default:
			seen.add(u, p)
		}
	}
}

func (v *validator) logging() {
	l := v.c.Logging
	if l == nil {
		return
	}
	if v.required(l.Pos, l.Format, "a format", "logging") {
		v.oneOf(v.c.At(l.Pos, "format"), l.Format, "log format", "json", "text", "logfmt")
	}
	if l.LevelEnv != "" && !envNameRE.MatchString(l.LevelEnv) {
		v.errorf(v.c.At(l.Pos, "level_env"), "bad-name", "level_env %q is not an environment variable name ([A-Za-z_][A-Za-z0-9_]*)", l.LevelEnv)
	}
	v.command(v.c.At(l.Pos, "binary"), l.Binary, "logging binary")
	levels := v.unique("log level")
	var names []string
	for _, lv := range l.Levels {
		v.required(lv.Pos, lv.Name, "a name", "log level")
		levels.add(lv.Name, v.c.At(lv.Pos, "name"))
		names = append(names, lv.Name)
	}
	if l.DefaultLevel != "" && len(names) > 0 {
		v.oneOf(v.c.At(l.Pos, "default_level"), l.DefaultLevel, "default level", names...)
	}
	fields := v.unique("log field")
	for _, f := range l.Fields {
		v.required(f.Pos, f.Name, "a name", "log field")
		fields.add(f.Name, v.c.At(f.Pos, "name"))
		if v.required(f.Pos, f.Type, "a type", "log field "+f.Name) {
			v.oneOf(v.c.At(f.Pos, "type"), f.Type, "field type", "string", "integer", "number", "boolean", "timestamp", "object")
		}
	}
	v.logSample(l)
	if sh := l.Shipping; sh != nil {
		if sh.Tag != "" && !naming.Component.MatchString(sh.Tag) {
			v.errorf(v.c.At(sh.Pos, "tag"), "bad-name", "shipping tag %q must be letters, digits, - and _ (it prefixes Fluentd tags and names the Vector source)", sh.Tag)
		}
		if f := sh.Fluentd; f != nil {
			if f.ForwardPort < 1 || f.ForwardPort > 65535 {
				v.errorf(v.c.At(f.Pos, "forward_port"), "bad-value", "forward_port %d must be 1..65535", f.ForwardPort)
			}
			v.oneLine(v.c.At(f.Pos, "parse_key"), f.ParseKey, "parse_key")
			v.sinks(f.Sinks, f.Pos, "fluentd")
		}
		if vec := sh.Vector; vec != nil {
			v.vector(vec)
		}
	}
}

// logSample checks the sample record against the declared fields: every key
// declared, every value of the declared type.
func (v *validator) logSample(l *catalogue.Logging) {
	if l.Sample == "" || l.Format != "json" {
		return
	}
	p := v.c.At(l.Pos, "sample")
	var rec map[string]any
	dec := json.NewDecoder(strings.NewReader(l.Sample))
	dec.UseNumber()
	if err := dec.Decode(&rec); err != nil || dec.More() {
		if json.Valid([]byte(l.Sample)) {
			v.errorf(p, "bad-json", "sample log record must be one JSON object")
		} else {
			v.errorf(p, "bad-json", "sample log record is not valid JSON")
		}
		return
	}
	if len(l.Fields) == 0 {
		return
	}
	types := map[string]string{}
	for _, f := range l.Fields {
		types[f.Name] = f.Type
	}
	keys := make([]string, 0, len(rec))
	for k := range rec {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t, ok := types[k]
		if !ok {
			v.warnf(p, "undeclared-log-field", "sample record field %q is not a declared log field", k)
			continue
		}
		if !logFieldTypes[t] {
			continue // reported as a bad type
		}
		if got, ok := jsonFits(rec[k], t); !ok {
			v.warnf(p, "log-field-type", "sample record field %q is %s, but the field is declared %s", k, got, t)
		}
	}
}

// jsonFits reports whether a decoded JSON value fits a log field type, and
// names the value's JSON type.
func jsonFits(val any, fieldType string) (string, bool) {
	switch x := val.(type) {
	case string:
		return "a string", fieldType == "string" || fieldType == "timestamp"
	case json.Number:
		if _, err := x.Int64(); err == nil {
			return "an integer", fieldType == "integer" || fieldType == "number"
		}
		return "a number", fieldType == "number"
	case bool:
		return "a boolean", fieldType == "boolean"
	case nil:
		return "null", true
	case map[string]any, []any:
		return "an object or array", fieldType == "object"
	default:
		return "a JSON value", true
	}
}

func (v *validator) vector(vec *catalogue.VectorPipe) {
	if v.required(vec.Pos, vec.Source, "a source type", "vector") {
		v.oneOf(v.c.At(vec.Pos, "source"), vec.Source, "vector source", "docker_logs", "file", "kubernetes_logs")
	}
	if vec.Source == "file" && len(vec.Paths) == 0 {
		v.errorf(vec.Pos, "missing-field", "a file source needs paths")
	}
	for _, opt := range []struct {
		field, source string
		set           bool
	}{{"containers", "docker_logs", len(vec.Containers) > 0}, {"paths", "file", len(vec.Paths) > 0}, {"label_selector", "kubernetes_logs", vec.LabelSelector != ""}} {
		if opt.set && vec.Source != opt.source && vec.Source != "" {
			v.errorf(v.c.At(vec.Pos, opt.field), "bad-value", "%s applies to the %s source only, not %s", opt.field, opt.source, vec.Source)
		}
	}
	for i, s := range vec.Containers {
		if v.required(v.c.At(vec.Pos, "containers["+itoa(i)+"]"), s, "a name", "container") {
			v.oneLine(v.c.At(vec.Pos, "containers["+itoa(i)+"]"), s, "container name")
		}
	}
	for i, s := range vec.Paths {
		if v.required(v.c.At(vec.Pos, "paths["+itoa(i)+"]"), s, "a path", "file source path") {
			v.oneLine(v.c.At(vec.Pos, "paths["+itoa(i)+"]"), s, "file source path")
		}
	}
	if v.oneLine(v.c.At(vec.Pos, "label_selector"), vec.LabelSelector, "label_selector") && vec.LabelSelector != "" {
		if _, err := labels.Parse(vec.LabelSelector); err != nil {
			v.errorf(v.c.At(vec.Pos, "label_selector"), "bad-value", "label_selector %q is not a Kubernetes label selector: %s", vec.LabelSelector, err)
		}
	}
	v.sinks(vec.Sinks, vec.Pos, "vector")
}

func (v *validator) sinks(sinks []catalogue.LogSink, owner catalogue.Pos, pipeline string) {
	if len(sinks) == 0 {
		v.errorf(owner, "missing-field", "a log pipeline needs at least one sink")
	}
	names := v.unique("sink")
	for _, s := range sinks {
		name := s.Name
		if name == "" {
			name = s.Type
		}
		if s.Name != "" && !naming.Component.MatchString(s.Name) {
			v.errorf(v.c.At(s.Pos, "name"), "bad-name", "sink name %q must be letters, digits, - and _ (it names the Vector component)", s.Name)
		}
		names.add(name, v.c.At(s.Pos, "name"))
		if !v.required(s.Pos, s.Type, "a type", "sink") || !v.oneOf(v.c.At(s.Pos, "type"), s.Type, "sink type", "elasticsearch", "loki", "file") {
			continue
		}
		switch s.Type {
		case "elasticsearch", "loki":
			if v.required(s.Pos, s.Endpoint, "an endpoint", s.Type+" sink") && v.httpURL(v.c.At(s.Pos, "endpoint"), s.Endpoint, s.Type+" endpoint") {
				v.sinkEndpoint(v.c.At(s.Pos, "endpoint"), s, pipeline)
			}
		case "file":
			if v.required(s.Pos, s.Path, "a path", "file sink") {
				v.oneLine(v.c.At(s.Pos, "path"), s.Path, "file sink path")
			}
		}
		if s.Index != "" {
			if s.Type != "elasticsearch" {
				v.errorf(v.c.At(s.Pos, "index"), "bad-value", "index applies to elasticsearch sinks only")
			} else if !naming.ESIndex.MatchString(strftimeRE.ReplaceAllString(s.Index, "x")) {
				v.errorf(v.c.At(s.Pos, "index"), "bad-name", "elasticsearch index %q must be lower-case letters, digits, ., _, + and - (strftime %%Y-style fields allowed), not starting with _, - or +", s.Index)
			}
		}
		if s.Type == "loki" && len(s.Labels) == 0 {
			v.errorf(s.Pos, "missing-field", "a loki sink needs labels (Loki stores streams by label)")
		}
		for _, k := range sortedKeys(s.Labels) {
			p := v.c.At(s.Pos, "labels."+k)
			if s.Type != "loki" {
				v.errorf(p, "bad-value", "labels apply to loki sinks only")
				break
			}
			v.labelName(k, p, "loki label")
			v.oneLine(p, s.Labels[k], "loki label value")
		}
	}
}

// sinkEndpoint reports the parts of a sink's URL a pipeline would drop
// silently: a fragment anywhere, and for Fluentd's Elasticsearch output,
// which takes a host, port, scheme and path, a query or credentials.
func (v *validator) sinkEndpoint(p catalogue.Pos, s catalogue.LogSink, pipeline string) {
	u, err := url.Parse(s.Endpoint)
	if err != nil {
		return
	}
	switch {
	case u.Fragment != "" || strings.HasSuffix(s.Endpoint, "#"):
		v.errorf(p, "bad-url", "%s endpoint %q has a fragment (#...), which no client sends: remove it", s.Type, s.Endpoint)
	case pipeline == "fluentd" && s.Type == "elasticsearch" && (u.RawQuery != "" || u.ForceQuery):
		v.errorf(p, "bad-url", "elasticsearch endpoint %q has a query (?...), which Fluentd's elasticsearch output cannot send (it takes a host, port, scheme and path): remove it", s.Endpoint)
	case pipeline == "fluentd" && s.Type == "elasticsearch" && u.User != nil:
		v.errorf(p, "bad-url", "elasticsearch endpoint %q has credentials, which Fluentd's elasticsearch output would drop (and a spec should not hold): remove them", s.Endpoint)
	}
}

// oneLine reports a value that would not stay one line of printable text in
// a configuration file or script.
func (v *validator) oneLine(p catalogue.Pos, s, what string) bool {
	for _, r := range s {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			v.errorf(p, "bad-value", "%s %q must be one line of printable text", what, s)
			return false
		}
	}
	return true
}

// httpURL reports a value that is not an absolute http or https URL.
func (v *validator) httpURL(p catalogue.Pos, s, what string) bool {
	if !v.oneLine(p, s, what) {
		return false
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Hostname() == "" {
		v.errorf(p, "bad-value", "%s %q must be an http:// or https:// URL with a host", what, s)
		return false
	}
	if port := u.Port(); port != "" {
		if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 {
			v.errorf(p, "bad-value", "%s %q has a port outside 1..65535", what, s)
			return false
		}
	}
	return true
}

// sortedKeys returns the keys of a map, sorted.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func (v *validator) health() {
	h := v.c.Health
	if h == nil {
		return
	}
	if cli := h.CLI; cli != nil {
		v.argv(cli.Command, cli.Pos, "command", "health cli")
	}
	if h.HTTP != nil {
		up := v.c.At(h.HTTP.Pos, "url")
		if v.required(h.HTTP.Pos, h.HTTP.URL, "a url", "health http") && v.httpURL(up, h.HTTP.URL, "health url") {
			u, _ := url.Parse(h.HTTP.URL)
			v.declaredGET(up, u.Path, "health url path")
		}
	}
	kinds := v.unique("probe")
	withVariant := 0
	var without *catalogue.Probe
	for i, p := range h.Probes {
		if p.Variant == "" {
			if without == nil {
				without = &h.Probes[i]
			}
			continue
		}
		withVariant++
		if !naming.Ident.MatchString(p.Variant) {
			v.errorf(v.c.At(p.Pos, "variant"), "bad-name", "probe variant %q must be letters, digits, ., - and _ (it names a file)", p.Variant)
		}
	}
	if withVariant != 0 && without != nil {
		v.errorf(without.Pos, "missing-field", "probe %s has no variant: set variant on every probe or on none (%d of %d probes have one)", without.Kind, withVariant, len(h.Probes))
	}
	for _, p := range h.Probes {
		if v.required(p.Pos, p.Kind, "a kind", "probe") {
			v.oneOf(v.c.At(p.Pos, "kind"), p.Kind, "probe kind", "liveness", "readiness", "startup")
		}
		key := p.Kind
		if p.Variant != "" {
			key = p.Variant + " " + p.Kind
		}
		kinds.add(key, v.c.At(p.Pos, "kind"))
		if (len(p.Exec) > 0) == (p.HTTPPath != "") {
			v.errorf(p.Pos, "bad-value", "probe %s needs exactly one of exec or http_path", p.Kind)
		}
		if len(p.Exec) > 0 {
			v.argv(p.Exec, p.Pos, "exec", "probe "+p.Kind)
		}
		if p.HTTPPath != "" {
			pp := v.c.At(p.Pos, "http_path")
			if !strings.HasPrefix(p.HTTPPath, "/") {
				v.errorf(pp, "bad-value", "probe http_path %q must start with /", p.HTTPPath)
			} else if v.oneLine(pp, p.HTTPPath, "probe http_path") {
				v.declaredGET(pp, p.HTTPPath, "probe http_path")
			}
			if p.HTTPPort == 0 {
				v.errorf(p.Pos, "missing-field", "an http_path probe needs http_port")
			}
		}
		if p.HTTPPort < 0 || p.HTTPPort > 65535 {
			v.errorf(v.c.At(p.Pos, "http_port"), "bad-value", "http_port %d must be 1..65535", p.HTTPPort)
		}
		for _, f := range []struct {
			field string
			n     int
		}{{"initial_delay_seconds", p.InitialDelaySeconds}, {"period_seconds", p.PeriodSeconds}, {"timeout_seconds", p.TimeoutSeconds}, {"failure_threshold", p.FailureThreshold}} {
			if f.n < 0 {
				v.errorf(v.c.At(p.Pos, f.field), "bad-value", "%s must not be negative", f.field)
			}
		}
	}
}

// argv checks a command line: a program name first, every argument one line.
func (v *validator) argv(args []string, owner catalogue.Pos, field, what string) {
	if len(args) == 0 {
		v.errorf(owner, "missing-field", "%s needs a %s", what, field)
		return
	}
	for i, a := range args {
		p := v.c.At(owner, field+"["+itoa(i)+"]")
		if i == 0 && (strings.TrimSpace(a) == "" || strings.HasPrefix(a, "-")) {
			v.errorf(p, "bad-value", "%s %s must start with a program name, not %q", what, field, a)
			continue
		}
		if i == 0 && !v.command(p, a, what+" program") {
			continue
		}
		v.oneLine(p, a, what+" argument")
	}
}

// declaredGET warns when the catalogue lists endpoints but not GET path.
func (v *validator) declaredGET(p catalogue.Pos, path, what string) {
	if path == "" {
		path = "/"
	}
	if len(v.c.Endpoints) > 0 && v.c.Endpoint("GET "+path) == nil {
		v.warnf(p, "unknown-ref", "%s %s is not a declared endpoint (add GET %s to endpoints so that it is documented)", what, path, path)
	}
}

func (v *validator) journeys() {
	names := v.unique("journey")
	var alerts, endpoints, queries []string
	for _, r := range v.c.Alerts() {
		alerts = append(alerts, r.Alert)
	}
	for _, e := range v.c.Endpoints {
		endpoints = append(endpoints, e.Key())
	}
	for _, g := range v.c.Queries {
		for _, q := range g.Queries {
			queries = append(queries, q.Name)
		}
	}
	for _, j := range v.c.Journeys {
		v.required(j.Pos, j.Name, "a name", "journey")
		names.add(j.Name, v.c.At(j.Pos, "name"))
		v.required(j.Pos, j.Title, "a title", "journey "+j.Name)
		if j.Trigger != "" && v.c.Alert(j.Trigger) == nil {
			v.errorf(v.c.At(j.Pos, "trigger"), "unknown-ref", "journey trigger %q is not a declared alert%s", j.Trigger, suggest.Hint(j.Trigger, alerts))
		}
		if len(j.Steps) == 0 {
			v.errorf(j.Pos, "missing-field", "journey %s has no steps", j.Name)
		}
		for _, s := range j.Steps {
			v.required(s.Pos, s.Text, "text", "journey step")
			if s.Endpoint != "" && v.c.Endpoint(s.Endpoint) == nil {
				v.errorf(v.c.At(s.Pos, "endpoint"), "unknown-ref", "step endpoint %q is not a declared endpoint (write METHOD /path)%s", s.Endpoint, suggest.Hint(s.Endpoint, endpoints))
			}
			if s.Query != "" && v.c.Query(s.Query) == nil {
				v.errorf(v.c.At(s.Pos, "query"), "unknown-ref", "step query %q is not a declared query%s", s.Query, suggest.Hint(s.Query, queries))
			}
			if s.Alert != "" && v.c.Alert(s.Alert) == nil {
				v.errorf(v.c.At(s.Pos, "alert"), "unknown-ref", "step alert %q is not a declared alert%s", s.Alert, suggest.Hint(s.Alert, alerts))
			}
		}
	}
}

// orNone lists names, or says there are none.
func orNone(names []string) string {
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, ", ")
}
