package speccodec_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/speccodec"
	"github.com/obsgen/obsgen/internal/specload"
)

// stripPositions returns a copy of the catalogue's exported content only, so
// that two loads of the same content compare equal whatever the positions.
func content(t *testing.T, c *catalogue.Catalogue) []byte {
	t.Helper()
	data, err := speccodec.Encode(c, "")
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestEncodingThenLoadingGivesTheSameCatalogue(t *testing.T) {
	for _, dir := range []string{"../../specs/rstmdb", "../../specs/stemedb"} {
		t.Run(dir, func(t *testing.T) {
			c, diags, _ := specload.Load(dir, specload.Options{})
			if diags.HasErrors() {
				t.Fatal(diags)
			}
			data := content(t, c)
			back, diags := specload.LoadBytes("encoded.yaml", data)
			if diags.HasErrors() {
				t.Fatalf("encoded catalogue does not load: %v\n%s", diags, data)
			}
			again := content(t, back)
			if string(again) != string(data) {
				t.Errorf("encode → load → encode changed the catalogue")
			}
			if !reflect.DeepEqual(c.MetricNames(), back.MetricNames()) || len(c.Alerts()) != len(back.Alerts()) {
				t.Errorf("metrics or alerts lost")
			}
			for i, a := range c.Alerts() {
				b := back.Alerts()[i]
				if a.Expr.Text != b.Expr.Text || a.For != b.For || !reflect.DeepEqual(a.Annotations, b.Annotations) {
					t.Errorf("alert %s changed: %+v vs %+v", a.Alert, a, b)
				}
			}
		})
	}
}

func TestEncodingQuotesStringsThatLookLikeOtherTypes(t *testing.T) {
	c := &catalogue.Catalogue{APIVersion: catalogue.APIVersion, Service: catalogue.Service{Name: "s", Title: "true", Description: "0x10"}}
	data, err := speccodec.Encode(c, "a header\nof two lines")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(data), "# a header\n# of two lines\n") {
		t.Errorf("header missing:\n%s", data)
	}
	back, diags := specload.LoadBytes("x.yaml", data)
	if diags.HasErrors() || back.Service.Title != "true" || back.Service.Description != "0x10" {
		t.Errorf("strings came back changed: %v %+v\n%s", diags, back.Service, data)
	}
}
