package validate

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/naming"
	"github.com/obsgen/obsgen/internal/suggest"
)

// Levels of routing, for messages and for what each may hold.
const (
	levelOrganisation = "organisation"
	levelService      = "service"
	levelAlert        = "alert"
)

// routing checks the service's routing section and every alert's own.
// Receivers and time intervals are checked against the organisation when
// it is known (the pipeline always knows it; a catalogue loaded alone has
// none, and the pipeline reports routing without an organisation).
func (v *validator) routing() {
	if r := v.c.Routing; r != nil {
		v.routingLevel(r, levelService)
	}
	for _, rule := range v.c.Alerts() {
		if rule.Routing != nil {
			v.routingLevel(rule.Routing, levelAlert)
		}
	}
}

// routingLevel checks one routing section at its level.
func (v *validator) routingLevel(r *catalogue.Routing, level string) {
	at := func(field string) catalogue.Pos { return v.c.At(r.Pos, field) }
	misplaced := func(field, why string) {
		v.errorf(at(field), "misplaced-field", "%s routing has no %s: %s", level, field, why)
	}
	if level == levelOrganisation {
		if r.Team != "" {
			misplaced("team", "teams own services and alerts")
		}
		if len(r.Routes) > 0 {
			misplaced("routes", "routes belong to a service or an alert")
		}
		for _, f := range []struct {
			key   string
			names []string
		}{{"mute_time_intervals", r.MuteTimeIntervals}, {"active_time_intervals", r.ActiveTimeIntervals}} {
			if f.names != nil {
				misplaced(f.key, "Alertmanager's root route takes no time intervals; set them on a service, an alert or a route")
			}
		}
	}
	if level == levelAlert && len(r.Inhibitions) > 0 {
		misplaced("inhibitions", "declare them under the service's routing, naming the alerts")
	}
	v.receiverRef(r.Receiver, at("receiver"))
	v.groupBy(r)
	v.intervalRefs(r.Pos, "mute_time_intervals", r.MuteTimeIntervals)
	v.intervalRefs(r.Pos, "active_time_intervals", r.ActiveTimeIntervals)
	for i := range r.Routes {
		v.route(&r.Routes[i])
	}
	for i := range r.Inhibitions {
		v.inhibition(&r.Inhibitions[i], level)
	}
}

// groupBy checks the label names alerts are grouped by.
func (v *validator) groupBy(r *catalogue.Routing) {
	seen := v.unique("group_by label")
	for i, l := range r.GroupBy {
		p := v.c.At(r.Pos, "group_by["+strconv.Itoa(i)+"]")
		if l == "alertname" || v.labelName(l, p, "group_by label") {
			seen.add(l, p)
		}
	}
}

// route checks one route: what it matches and where it sends.
func (v *validator) route(rt *catalogue.Route) {
	if len(rt.Match) == 0 {
		v.errorf(rt.Pos, "missing-field", "route needs match: the labels it takes alerts by, e.g. {severity: critical}")
	}
	for _, k := range sortedKeys(rt.Match) {
		p := v.c.At(rt.Pos, "match."+k+":key")
		switch {
		case k == "alertname":
			v.errorf(p, "bad-value", "a route takes alerts by the labels rules set; to route one alert, give that alert its own routing")
		case !v.labelName(k, p, "route label"):
		case rt.Match[k] == "":
			v.errorf(v.c.At(rt.Pos, "match."+k), "bad-value", "route label %s needs a value: an empty one matches alerts without the label", k)
		}
	}
	v.receiverRef(rt.Receiver, v.c.At(rt.Pos, "receiver"))
	v.intervalRefs(rt.Pos, "mute_time_intervals", rt.MuteTimeIntervals)
	v.intervalRefs(rt.Pos, "active_time_intervals", rt.ActiveTimeIntervals)
}

// inhibition checks one inhibition's sides and equal labels.
func (v *validator) inhibition(in *catalogue.Inhibition, level string) {
	for _, side := range []struct {
		name string
		m    catalogue.AlertMatch
	}{{"source", in.Source}, {"target", in.Target}} {
		if side.m.Pos == (catalogue.Pos{}) && side.name == "source" {
			v.errorf(in.Pos, "missing-field", "inhibition needs a source: the alerts that inhibit")
			continue
		}
		if len(side.m.Alerts) == 0 && len(side.m.Labels) == 0 && (side.name == "source" || level == levelOrganisation) {
			v.errorf(v.c.At(in.Pos, side.name), "missing-field", "inhibition %s needs alerts or labels to select", side.name)
		}
		if level == levelOrganisation && len(side.m.Alerts) > 0 {
			v.errorf(v.c.At(side.m.Pos, "alerts"), "misplaced-field", "an organisation's inhibition selects alerts by the labels rules set; name alerts in a service's inhibitions")
		}
		if level == levelService {
			for i, name := range side.m.Alerts {
				if v.c.Alert(name) == nil {
					v.errorf(v.c.At(side.m.Pos, "alerts["+strconv.Itoa(i)+"]"), "unknown-ref", "%s is not an alert of this service%s", quote(name), suggest.Hint(name, v.c.AlertNames()))
				}
			}
		}
		for _, k := range sortedKeys(side.m.Labels) {
			p := v.c.At(side.m.Pos, "labels."+k+":key")
			if k == "alertname" {
				v.errorf(p, "bad-value", "select alerts by name with alerts:, not a label")
				continue
			}
			v.labelName(k, p, "inhibition label")
		}
	}
	seen := v.unique("equal label")
	for i, l := range in.Equal {
		p := v.c.At(in.Pos, "equal["+strconv.Itoa(i)+"]")
		if l == "alertname" || v.labelName(l, p, "equal label") {
			seen.add(l, p)
		}
	}
}

// receiverRef checks a reference to a receiver of the organisation.
func (v *validator) receiverRef(name string, p catalogue.Pos) {
	o := v.c.Organisation
	if name == "" || o == nil {
		return
	}
	if v.c.Receiver(name) != nil {
		return
	}
	var names []string
	for _, r := range o.Receivers {
		names = append(names, r.Name)
	}
	if len(names) == 0 {
		v.errorf(p, "unknown-ref", "receiver %s: %s declares no receivers", quote(name), catalogue.OrganisationFile)
		return
	}
	v.errorf(p, "unknown-ref", "no receiver %s is declared in %s (receivers: %s)%s", quote(name), catalogue.OrganisationFile, strings.Join(names, ", "), suggest.Hint(name, names))
}

// intervalRefs checks references to the organisation's time intervals.
func (v *validator) intervalRefs(owner catalogue.Pos, field string, names []string) {
	o := v.c.Organisation
	if o == nil {
		return
	}
	var known []string
	for _, ti := range o.TimeIntervals {
		known = append(known, ti.Name)
	}
	for i, name := range names {
		p := v.c.At(owner, field+"["+strconv.Itoa(i)+"]")
		found := false
		for _, k := range known {
			found = found || k == name
		}
		if !found {
			v.errorf(p, "unknown-ref", "no time interval %s is declared in %s%s", quote(name), catalogue.OrganisationFile, suggest.Hint(name, known))
		}
	}
}

// organisationRouting checks what organisation.yaml declares for
// Alertmanager: receivers, time intervals, the Grafana URL and the
// routing defaults.
func (v *validator) organisationRouting(o *catalogue.Organisation) {
	if o.GrafanaURL != "" {
		v.httpURL(v.c.At(o.Pos, "grafana_url"), o.GrafanaURL, "grafana_url")
	}
	if o.DocsURL != "" {
		v.httpURL(v.c.At(o.Pos, "docs_url"), o.DocsURL, "docs_url")
	}
	names := v.unique("receiver")
	for i := range o.Receivers {
		r := &o.Receivers[i]
		v.identName(r.Pos, r.Name, "receiver", names)
		v.receiver(r)
	}
	intervals := v.unique("time interval")
	for i := range o.TimeIntervals {
		ti := &o.TimeIntervals[i]
		v.identName(ti.Pos, ti.Name, "time interval", intervals)
		if _, err := ti.Alertmanager(); err != nil {
			v.errorf(ti.Pos, "bad-value", "time interval %s: Alertmanager would refuse it: %s", ti.Name, strings.TrimPrefix(err.Error(), "yaml: unmarshal errors:\n  "))
		}
	}
	if r := o.Routing; r != nil {
		v.routingLevel(r, levelOrganisation)
		if len(o.Receivers) > 0 && r.Receiver == "" {
			v.errorf(r.Pos, "missing-field", "organisation routing needs a receiver: where alerts no service route takes go")
		}
	} else if len(o.Receivers) > 0 {
		v.errorf(v.c.At(o.Pos, "receivers"), "missing-field", "receivers need organisation.routing with a default receiver: where alerts no service route takes go")
	}
}

// receiverFields lists the kind-specific fields of a receiver, by kind.
var receiverFields = map[string][]string{
	catalogue.ReceiverWebhook:   {"url", "credentials_file"},
	catalogue.ReceiverPagerDuty: {"routing_key_file"},
	catalogue.ReceiverSlack:     {"api_url_file", "channel"},
	catalogue.ReceiverEmail:     {"to", "from", "smarthost", "auth_username", "auth_password_file"},
	catalogue.ReceiverOpsGenie:  {"api_key_file"},
}

// receiverRequired lists what each kind cannot do without.
var receiverRequired = map[string][]string{
	catalogue.ReceiverWebhook:   {"url"},
	catalogue.ReceiverPagerDuty: {"routing_key_file"},
	catalogue.ReceiverSlack:     {"api_url_file", "channel"},
	catalogue.ReceiverEmail:     {"to", "from", "smarthost"},
	catalogue.ReceiverOpsGenie:  {"api_key_file"},
}

// envRef finds an environment variable reference, which Alertmanager
// would take literally.
var envRef = regexp.MustCompile(`\$\{?[A-Za-z_][A-Za-z0-9_]*\}?`)

// receiver checks one receiver: its kind, the fields that kind takes, and
// that no secret is written in the spec.
func (v *validator) receiver(r *catalogue.Receiver) {
	if r.Kind == "" {
		v.required(r.Pos, r.Kind, "a kind (webhook, pagerduty, slack, email or opsgenie)", "receiver")
		return
	}
	if !v.oneOf(v.c.At(r.Pos, "kind"), r.Kind, "receiver kind", catalogue.ReceiverWebhook, catalogue.ReceiverPagerDuty, catalogue.ReceiverSlack, catalogue.ReceiverEmail, catalogue.ReceiverOpsGenie) {
		return
	}
	values := map[string]string{
		"url": r.URL, "credentials_file": r.CredentialsFile, "routing_key_file": r.RoutingKeyFile,
		"api_url_file": r.APIURLFile, "channel": r.Channel, "to": r.To, "from": r.From, "smarthost": r.Smarthost,
		"auth_username": r.AuthUsername, "auth_password_file": r.AuthPasswordFile, "api_key_file": r.APIKeyFile,
	}
	mine := map[string]bool{}
	for _, f := range receiverFields[r.Kind] {
		mine[f] = true
	}
	for _, f := range sortedKeys(values) {
		if values[f] != "" && !mine[f] {
			v.errorf(v.c.At(r.Pos, f), "misplaced-field", "a %s receiver has no %s (it takes %s)", r.Kind, f, strings.Join(receiverFields[r.Kind], ", "))
		}
	}
	for _, f := range receiverRequired[r.Kind] {
		v.required(r.Pos, values[f], f, r.Kind+" receiver "+quote(r.Name))
	}
	env := false
	for _, f := range sortedKeys(values) {
		if m := envRef.FindString(values[f]); m != "" && mine[f] {
			env = env || f == "url"
			v.errorf(v.c.At(r.Pos, f), "bad-value", "%s holds %s, but Alertmanager expands no environment variables in its configuration: "+
				"write the value to a file and give the file (a *_file field)", f, m)
		}
	}
	if r.URL != "" && r.Kind == catalogue.ReceiverWebhook && !env {
		p := v.c.At(r.Pos, "url")
		if v.httpURL(p, r.URL, "url") && secretInURL(r.URL) {
			v.errorf(p, "secret-in-spec", "url carries credentials; secrets are never written in specs: "+
				"give the token in a file with credentials_file (sent as a bearer token)")
		}
	}
	if r.Kind == catalogue.ReceiverEmail && r.Smarthost != "" {
		if _, port, ok := strings.Cut(r.Smarthost, ":"); !ok || port == "" {
			v.errorf(v.c.At(r.Pos, "smarthost"), "bad-value", "smarthost %q must be host:port, e.g. smtp.example.com:587", r.Smarthost)
		}
	}
}

// secretWords are query parameters that carry credentials.
var secretWords = []string{"token", "key", "secret", "password", "passwd", "sig", "signature", "auth"}

// secretInURL reports whether a URL carries a password or a query
// parameter named like a credential.
func secretInURL(s string) bool {
	u, err := url.Parse(s)
	if err != nil {
		return false
	}
	if _, has := u.User.Password(); has {
		return true
	}
	for k := range u.Query() {
		lk := strings.ToLower(k)
		for _, w := range secretWords {
			if strings.Contains(lk, w) {
				return true
			}
		}
	}
	return false
}

// identName checks the name of the what declared at p (a receiver, a time
// interval): required, letters, digits, ., - and _, and unique among
// names.
func (v *validator) identName(p catalogue.Pos, name, what string, names *unique) {
	if v.required(p, name, "a name", what) && !naming.Ident.MatchString(name) {
		v.errorf(v.c.At(p, "name"), "bad-name", "%s name %q must be letters, digits, ., - and _", what, name)
	}
	names.add(name, v.c.At(p, "name"))
}
