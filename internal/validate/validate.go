package validate

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/naming"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/obsgen/obsgen/internal/suggest"
)

var (
	metricNameRE = regexp.MustCompile(`^[a-zA-Z_:][a-zA-Z0-9_:]*$`)
	labelNameRE  = regexp.MustCompile(`^[a-zA-Z_][a-zA-Z0-9_]*$`)
)

// Catalogue checks a merged catalogue and appends every problem to diags.
// It never stops at the first problem. It also notes which SLOs are sound
// enough to derive rules from (see SLOSound).
func Catalogue(c *catalogue.Catalogue, diags *diag.List) {
	v := &validator{c: c, diags: diags}
	v.service()
	v.uses()
	v.labels()
	v.metrics()
	v.endpoints()
	v.queries()
	v.dashboards()
	v.rules()
	v.scrape()
	v.logging()
	v.health()
	v.journeys()
	v.routing()
	v.prose()
	c.MarkSLOsSound(v.slos())
}

// validator carries the catalogue and the diagnostics through the checks.
type validator struct {
	c     *catalogue.Catalogue
	diags *diag.List
	// templates are the alert templates parsed ahead (parseTemplates).
	templates map[templateKey]error
}

func (v *validator) errorf(p catalogue.Pos, code, format string, args ...any) {
	v.diags.Errorf(p, code, format, args...)
}

func (v *validator) warnf(p catalogue.Pos, code, format string, args ...any) {
	v.diags.Warnf(p, code, format, args...)
}

// required reports a missing field of the struct written at p.
func (v *validator) required(p catalogue.Pos, value, field, what string) bool {
	if strings.TrimSpace(value) == "" {
		if v.c.HasBadField(p) {
			return false // already reported as the wrong type or misspelt
		}
		v.errorf(p, "missing-field", "%s needs %s", what, field)
		return false
	}
	return true
}

// oneOf reports a value outside an enumeration.
func (v *validator) oneOf(p catalogue.Pos, value, what string, allowed ...string) bool {
	for _, a := range allowed {
		if value == a {
			return true
		}
	}
	v.errorf(p, "bad-value", "%s %q is not one of %s%s", what, value, strings.Join(allowed, ", "), suggest.Hint(value, allowed))
	return false
}

// unique tracks names in one namespace and reports the second use of each.
type unique struct {
	v     *validator
	what  string
	first map[string]catalogue.Pos
}

func (v *validator) unique(what string) *unique {
	return &unique{v: v, what: what, first: map[string]catalogue.Pos{}}
}

func (u *unique) add(name string, p catalogue.Pos) {
	if name == "" {
		return
	}
	u.addAs(name, u.what+" "+quote(name), p)
}

// addAs records key, reporting a second one as "<desc> is already defined".
func (u *unique) addAs(key, desc string, p catalogue.Pos) {
	if key == "" {
		return
	}
	if prev, ok := u.first[key]; ok {
		u.v.errorf(p, "duplicate-name", "%s is already defined at %s", desc, prev)
		return
	}
	u.first[key] = p
}

// quote quotes s as %q does.
func quote(s string) string { return strconv.Quote(s) }

// labelKey is a canonical text of a label set, to compare rules by labels.
func labelKey(ls map[string]string) string {
	var b strings.Builder
	for _, k := range sortedKeys(ls) {
		b.WriteString("\xff" + k + "=" + ls[k])
	}
	return b.String()
}

// labelDesc describes a rule's labels for messages: " with labels {severity="warning"}".
func labelDesc(ls map[string]string) string {
	if len(ls) == 0 {
		return " without labels"
	}
	parts := make([]string, 0, len(ls))
	for _, k := range sortedKeys(ls) {
		parts = append(parts, k+"="+strconv.Quote(ls[k]))
	}
	return " with labels {" + strings.Join(parts, ", ") + "}"
}

// expr checks that e parses as PromQL and reports a syntax error at its
// exact position inside the expression.
func (v *validator) expr(e catalogue.Expr, owner catalogue.Pos, field string, grafana bool) {
	if strings.TrimSpace(e.Text) == "" {
		if p := v.c.At(owner, field); !v.c.Positions().BadPos[p] {
			v.errorf(p, "missing-field", "%s needs a PromQL expression", field)
		}
		return
	}
	if _, err := promql.Parse(e.Text, grafana); err != nil {
		msg := err.Msg
		if !grafana {
			if _, gerr := promql.Parse(e.Text, true); gerr == nil {
				// A panel's query copied into an alert, a recording rule
				// or an example query, as a new user does first.
				msg = "Grafana substitutes its variables ($__rate_interval, $job) in dashboard panels only, and Prometheus evaluates this one: " +
					"write what the variable stands for, e.g. [5m] (" + msg + ")"
			}
		}
		v.errorf(e.OffsetPos(err.Offset), "promql-syntax", "%s", msg)
	}
}

func (v *validator) service() {
	s := v.c.Service
	if s.Pos == (catalogue.Pos{}) {
		if v.c.Positions().Incomplete || v.c.SectionHadWrongType("service") {
			return // already reported: a file failed to load, or service had the wrong shape
		}
		file := ""
		if len(v.c.Files) > 0 {
			file = v.c.Files[0]
		}
		v.errorf(catalogue.Pos{File: file, Line: 1, Col: 1}, "missing-field", "no file sets the service section (service: name: ...)")
		return
	}
	if v.required(s.Pos, s.Name, "a name", "service") && !naming.Service.MatchString(s.Name) {
		v.errorf(v.c.At(s.Pos, "name"), "bad-name", "service name %q must be lower-case letters, digits, - and _ (it names the out/ folder)", s.Name)
	}
	names := v.unique("component")
	for _, comp := range s.Components {
		if v.required(comp.Pos, comp.Name, "a name", "component") && !naming.Ident.MatchString(comp.Name) {
			v.errorf(v.c.At(comp.Pos, "name"), "bad-name", "component name %q must be letters, digits, ., - and _", comp.Name)
		}
		names.add(comp.Name, v.c.At(comp.Pos, "name"))
	}
	v.linkURL(v.c.At(s.Pos, "docs_base_url"), s.DocsBaseURL, "docs_base_url")
	if m := s.Metrics; m != nil {
		if m.Path != "" && !strings.HasPrefix(m.Path, "/") {
			v.errorf(v.c.At(m.Pos, "path"), "bad-value", "metrics path %q must start with /", m.Path)
		}
		if m.Scheme != "" {
			v.oneOf(v.c.At(m.Pos, "scheme"), m.Scheme, "scheme", "http", "https")
		}
	}
	v.verifySettings()
	v.outSettings()
}

// component checks a reference to a component by name.
func (v *validator) component(name string, p catalogue.Pos) {
	if name == "" {
		return
	}
	var names []string
	for _, comp := range v.c.Service.Components {
		if comp.Name == name {
			return
		}
		names = append(names, comp.Name)
	}
	v.errorf(p, "unknown-ref", "no component %q is declared under service.components%s", name, suggest.Hint(name, names))
}

// prose checks the free-form sections.
func (v *validator) prose() {
	for _, n := range v.c.Notes {
		v.required(n.Pos, n.Title, "a title", "note")
		v.required(n.Pos, n.Body, "a body", "note")
	}
	for _, corr := range v.c.Corrections {
		v.required(corr.Pos, corr.Subject, "a subject", "correction")
		v.required(corr.Pos, corr.Why, "a why", "correction")
	}
}

// checkName reports a label name Prometheus rejects.
func (v *validator) labelName(name string, p catalogue.Pos, what string) bool {
	if !labelNameRE.MatchString(name) {
		v.errorf(p, "bad-name", "%s %q is not a valid Prometheus label name ([a-zA-Z_][a-zA-Z0-9_]*)", what, name)
		return false
	}
	if strings.HasPrefix(name, "__") {
		v.errorf(p, "bad-name", "%s %q starts with __, which Prometheus reserves for internal labels", what, name)
		return false
	}
	return true
}

func fmtFloat(f float64) string { return fmt.Sprintf("%g", f) }
