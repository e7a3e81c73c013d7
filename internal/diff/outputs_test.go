package diff

import (
	"crypto/sha256"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
)

func TestAddOutputsListsEachServicesChangedFilesDocsPagesFirst(t *testing.T) {
	sum := func(s string) [sha256.Size]byte { return sha256.Sum256([]byte(s)) }
	head := []*catalogue.Catalogue{
		{Service: catalogue.Service{Name: "shop"}},
		{Service: catalogue.Service{Name: "cart"}},
		{Service: catalogue.Service{Name: "new"}},
	}
	before := Outputs{
		"shop/prometheus/alerts.yaml":    sum("a"),
		"shop/docs/alerts/A.md":          sum("page"),
		"shop/docs/alerts/A-1.svg":       sum("picture"),
		"shop/docs/alerts/Gone.md":       sum("gone"),
		"shop/grafana/dashboards/d.json": sum("same"),
		"cart/prometheus/alerts.yaml":    sum("same"),
		"index.md":                       sum("every service"),
	}
	after := Outputs{
		"shop/prometheus/alerts.yaml":    sum("b"),
		"shop/docs/alerts/A.md":          sum("page, changed"),
		"shop/docs/alerts/A-1.svg":       sum("picture, changed"),
		"shop/docs/alerts/New.md":        sum("new page"),
		"shop/grafana/dashboards/d.json": sum("same"),
		"cart/prometheus/alerts.yaml":    sum("same"),
		"new/prometheus/alerts.yaml":     sum("a new service's"),
		"index.md":                       sum("every service, changed"),
	}
	r := &Report{}
	r.AddOutputs(head, before, after)
	want := "generated files of shop changed: 3 docs pages and 2 other files; changed: docs/alerts/A.md; " +
		"removed: docs/alerts/Gone.md; added: docs/alerts/New.md; changed: docs/alerts/A-1.svg; changed: prometheus/alerts.yaml"
	if got := titles(r); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
