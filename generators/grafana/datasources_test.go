package grafana

import (
	"bytes"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
	"go.yaml.in/yaml/v3"
)

func TestQueryTierBecomesOneProvisionedDatasource(t *testing.T) {
	org := &catalogue.Organisation{QueryTier: &catalogue.QueryTier{URL: "http://thanos-query:9090"}}
	cs := []*catalogue.Catalogue{
		{Service: catalogue.Service{Name: "a"}, Organisation: org},
		{Service: catalogue.Service{Name: "b"}, Organisation: org},
	}
	files, err := Datasources(cs)
	if err != nil || len(files) != 1 || files[0].Path != DatasourcesPath {
		t.Fatalf("files %v, error %v", files, err)
	}
	var got datasourcesFile
	dec := yaml.NewDecoder(bytes.NewReader(files[0].Data))
	dec.KnownFields(true)
	if err := dec.Decode(&got); err != nil {
		t.Fatal(err)
	}
	if got.APIVersion != 1 || len(got.Datasources) != 1 {
		t.Fatalf("%+v", got)
	}
	ds := got.Datasources[0]
	if ds.Name != catalogue.DefaultQueryTierName || ds.Type != "prometheus" || ds.UID != QueryTierUID || ds.URL != "http://thanos-query:9090" || ds.Access != "proxy" {
		t.Errorf("datasource %+v", ds)
	}
}

func TestNoQueryTierNoDatasource(t *testing.T) {
	files, err := Datasources([]*catalogue.Catalogue{{Service: catalogue.Service{Name: "a"}}})
	if err != nil || len(files) != 0 {
		t.Errorf("files %v, error %v", files, err)
	}
	other := &catalogue.Organisation{QueryTier: &catalogue.QueryTier{URL: "http://b:9090"}}
	_, err = Datasources([]*catalogue.Catalogue{
		{Service: catalogue.Service{Name: "a"}, Organisation: &catalogue.Organisation{QueryTier: &catalogue.QueryTier{URL: "http://a:9090"}}},
		{Service: catalogue.Service{Name: "b"}, Organisation: other},
	})
	if err == nil {
		t.Error("two organisations' query tiers in one run: no error")
	}
}
