package catalogue

import (
	"encoding/json"
	"net"
	"strconv"
	"strings"

	"github.com/obsgen/obsgen/internal/suggest"
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
		for _, ex := range []*Example{e.Request, e.Response} {
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
			if v.required(q.Pos, q.Name, "a name", "query") && !identRE.MatchString(q.Name) {
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
		if v.required(o.Pos, o.UID, "a uid", "overview") && !uidRE.MatchString(o.UID) {
			v.errorf(v.c.At(o.Pos, "uid"), "bad-name", "dashboard uid %q must be 1-40 letters, digits, - or _", o.UID)
		}
		uids.add(o.UID, v.c.At(o.Pos, "uid"))
		v.required(o.Pos, o.Title, "a title", "overview")
	}
	for _, d := range v.c.Dashboards {
		up := v.c.At(d.Pos, "uid")
		if v.required(d.Pos, d.UID, "a uid", "dashboard") && !uidRE.MatchString(d.UID) {
			v.errorf(up, "bad-name", "dashboard uid %q must be 1-40 letters, digits, - or _", d.UID)
		}
		uids.add(d.UID, up)
		v.required(d.Pos, d.Title, "a title", "dashboard "+d.UID)
		for i, name := range d.Variables {
			p := v.c.At(d.Pos, "variables["+itoa(i)+"]")
			if v.labelName(name, p, "variable") && v.c.Label(name) == nil {
				v.errorf(p, "unknown-ref", "variable %q is not a declared label", name)
			}
		}
		if len(d.Rows) == 0 {
			v.errorf(d.Pos, "missing-field", "dashboard %s has no rows", d.UID)
		}
		for _, r := range d.Rows {
			v.required(r.Pos, r.Title, "a title", "row")
			for _, p := range r.Panels {
				v.panel(p)
			}
		}
	}
}

func (v *validator) panel(p Panel) {
	v.required(p.Pos, p.Title, "a title", "panel")
	if v.required(p.Pos, p.Type, "a type", "panel "+p.Title) {
		v.oneOf(v.c.At(p.Pos, "type"), p.Type, "panel type", panelTypes...)
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
	for _, q := range p.Queries {
		v.expr(q.Expr, q.Pos, "expr", true)
		if q.Format != "" {
			v.oneOf(v.c.At(q.Pos, "format"), q.Format, "query format", "time_series", "table", "heatmap")
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
	jobs := v.unique("scrape job")
	for _, t := range s.Targets {
		vp := v.c.At(t.Pos, "variant")
		if v.required(t.Pos, t.Variant, "a variant name (e.g. static, dns)", "scrape target") && !identRE.MatchString(t.Variant) {
			v.errorf(vp, "bad-name", "scrape variant %q must be letters, digits, ., - and _", t.Variant)
		}
		jobs.add(t.Variant+"/"+t.JobName(v.c), v.c.At(t.Pos, "job"))
		v.component(t.Component, v.c.At(t.Pos, "component"))
		kinds := 0
		for _, set := range []bool{len(t.Static) > 0, len(t.DNSNames) > 0} {
			if set {
				kinds++
			}
		}
		if kinds != 1 {
			v.errorf(t.Pos, "bad-value", "scrape variant %q needs exactly one of static or dns_names", t.Variant)
		}
		for i, target := range t.Static {
			if _, port, err := net.SplitHostPort(target); err != nil || port == "" {
				v.errorf(v.c.At(t.Pos, "static["+itoa(i)+"]"), "bad-value", "static target %q must be host:port", target)
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
		if t.Scheme != "" {
			v.oneOf(v.c.At(t.Pos, "scheme"), t.Scheme, "scheme", "http", "https")
		}
		if t.Job != "" && strings.TrimSpace(t.Job) != t.Job {
			v.errorf(v.c.At(t.Pos, "job"), "bad-value", "job name %q has surrounding spaces", t.Job)
		}
		if k := t.Kubernetes; k != nil {
			v.required(k.Pos, k.Port, "a port name", "kubernetes target")
			if len(k.Selector) == 0 {
				v.errorf(k.Pos, "missing-field", "kubernetes target needs a selector")
			}
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
	if l.Format == "json" && l.Sample != "" && !json.Valid([]byte(l.Sample)) {
		v.errorf(v.c.At(l.Pos, "sample"), "bad-json", "sample log record is not valid JSON")
	}
	fields := v.unique("log field")
	for _, f := range l.Fields {
		v.required(f.Pos, f.Name, "a name", "log field")
		fields.add(f.Name, v.c.At(f.Pos, "name"))
		if v.required(f.Pos, f.Type, "a type", "log field "+f.Name) {
			v.oneOf(v.c.At(f.Pos, "type"), f.Type, "field type", "string", "integer", "number", "boolean", "timestamp", "object")
		}
	}
	if sh := l.Shipping; sh != nil {
		if f := sh.Fluentd; f != nil {
			if f.ForwardPort < 1 || f.ForwardPort > 65535 {
				v.errorf(v.c.At(f.Pos, "forward_port"), "bad-value", "forward_port %d must be 1..65535", f.ForwardPort)
			}
			v.sinks(f.Sinks, f.Pos)
		}
		if vec := sh.Vector; vec != nil {
			if v.required(vec.Pos, vec.Source, "a source type", "vector") {
				v.oneOf(v.c.At(vec.Pos, "source"), vec.Source, "vector source", "docker_logs", "file", "kubernetes_logs")
			}
			if vec.Source == "file" && len(vec.Paths) == 0 {
				v.errorf(vec.Pos, "missing-field", "a file source needs paths")
			}
			v.sinks(vec.Sinks, vec.Pos)
		}
	}
}

func (v *validator) sinks(sinks []LogSink, owner Pos) {
	if len(sinks) == 0 {
		v.errorf(owner, "missing-field", "a log pipeline needs at least one sink")
	}
	names := v.unique("sink")
	for _, s := range sinks {
		names.add(s.Name, v.c.At(s.Pos, "name"))
		if !v.required(s.Pos, s.Type, "a type", "sink") || !v.oneOf(v.c.At(s.Pos, "type"), s.Type, "sink type", "elasticsearch", "loki", "file") {
			continue
		}
		switch s.Type {
		case "elasticsearch", "loki":
			v.required(s.Pos, s.Endpoint, "an endpoint", s.Type+" sink")
		case "file":
			v.required(s.Pos, s.Path, "a path", "file sink")
		}
	}
}

func (v *validator) health() {
	h := v.c.Health
	if h == nil {
		return
	}
	if h.CLI != nil && len(h.CLI.Command) == 0 {
		v.errorf(h.CLI.Pos, "missing-field", "health cli needs a command")
	}
	if h.HTTP != nil {
		u := h.HTTP.URL
		if v.required(h.HTTP.Pos, u, "a url", "health http") && !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
			v.errorf(v.c.At(h.HTTP.Pos, "url"), "bad-value", "health url %q must start with http:// or https://", u)
		}
	}
	kinds := v.unique("probe")
	for _, p := range h.Probes {
		if v.required(p.Pos, p.Kind, "a kind", "probe") {
			v.oneOf(v.c.At(p.Pos, "kind"), p.Kind, "probe kind", "liveness", "readiness", "startup")
		}
		kinds.add(p.Kind, v.c.At(p.Pos, "kind"))
		if (len(p.Exec) > 0) == (p.HTTPPath != "") {
			v.errorf(p.Pos, "bad-value", "probe %s needs exactly one of exec or http_path", p.Kind)
		}
		if p.HTTPPath != "" && p.HTTPPort == 0 {
			v.errorf(p.Pos, "missing-field", "an http_path probe needs http_port")
		}
		for field, n := range map[string]int{"initial_delay_seconds": p.InitialDelaySeconds, "period_seconds": p.PeriodSeconds, "timeout_seconds": p.TimeoutSeconds, "failure_threshold": p.FailureThreshold} {
			if n < 0 {
				v.errorf(v.c.At(p.Pos, field), "bad-value", "%s must not be negative", field)
			}
		}
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
