package validate

import (
	"github.com/obsgen/obsgen/internal/catalogue"
	"reflect"

	"github.com/obsgen/obsgen/internal/diag"
)

// Organisation checks part, decoded from file (organisation.yaml),
// which holds the organisation section and nothing else, and returns that
// section; nil when there is none (reported).
func Organisation(part *catalogue.Catalogue, file string, diags *diag.List) *catalogue.Organisation {
	root0 := reflect.ValueOf(part).Elem()
	for i := 0; i < root0.NumField(); i++ {
		f := root0.Type().Field(i)
		key := f.Tag.Get("yaml")
		if !f.IsExported() || key == "-" || key == "apiVersion" || key == "organisation" || root0.Field(i).IsZero() {
			continue
		}
		diags.Errorf(part.RootField(key, catalogue.Pos{File: file, Line: 1, Col: 1}), "misplaced-section",
			"%s holds only the organisation section; %s belongs in a service folder", catalogue.OrganisationFile, key)
	}
	o := part.Organisation
	if o == nil {
		diags.Errorf(catalogue.Pos{File: file, Line: 1, Col: 1}, "missing-field", "%s needs an organisation section", catalogue.OrganisationFile)
		return nil
	}
	v := &validator{c: part, diags: diags}
	names := v.unique("external label")
	for _, l := range o.ExternalLabels {
		p := part.At(l.Pos, "name")
		if !v.required(l.Pos, l.Name, "a name", "external label") || !v.labelName(l.Name, p, "external label") {
			continue
		}
		if l.Name == "job" || l.Name == "instance" {
			v.errorf(p, "reserved-label", "%s is a target label Prometheus sets on every scrape, not an external label", l.Name)
		}
		names.add(l.Name, p)
	}
	for i, am := range o.Alertmanagers {
		if _, err := catalogue.ParseAlertmanager(am); err != nil {
			v.errorf(part.At(o.Pos, "alertmanagers["+itoa(i)+"]"), "bad-value", "alertmanager %q: %v", am, err)
		}
	}
	v.organisationRouting(o)
	v.organisationTopology(o)
	return o
}
