package catalogue_test

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/specload"
)

// loadVariants loads the two-variant fixture every alert consumer is
// checked on.
func loadVariants(t *testing.T) *catalogue.Catalogue {
	t.Helper()
	c, diags, _ := specload.Load("testdata/variants", specload.Options{})
	for _, d := range diags {
		t.Errorf("variants fixture: %s", d)
	}
	if c == nil {
		t.Fatal("variants fixture did not load")
	}
	return c
}

func TestTheVariantsFixtureHasOneAlertNameWithTwoRules(t *testing.T) {
	c := loadVariants(t)
	if got := c.AlertNames(); len(got) != 1 || got[0] != "WarehouseDiskFull" {
		t.Errorf("alert names %v, want [WarehouseDiskFull]", got)
	}
	if n := len(c.AlertVariants("WarehouseDiskFull")); n != 2 {
		t.Errorf("%d variants, want 2", n)
	}
}

func TestVariantNames(t *testing.T) {
	c := loadVariants(t)
	vs := c.AlertVariants("WarehouseDiskFull")
	cases := []struct {
		name string
		rule *catalogue.Rule
		want string
	}{
		{"a variant is named by its alert name and its labels", vs[0], `WarehouseDiskFull{severity="warning"}`},
		{"the other variant by its own labels", vs[1], `WarehouseDiskFull{severity="critical"}`},
		{"an alert without variants by its name alone", &catalogue.Rule{Alert: "Other", Labels: map[string]string{"severity": "page"}}, "Other"},
		{"a recording rule by the series it records", &catalogue.Rule{Record: "job:x:rate5m"}, "job:x:rate5m"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := c.VariantName(tc.rule); got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
}

func TestLabelSelectorsQuoteValuesSoPromQLReadsThemBack(t *testing.T) {
	got := catalogue.LabelSelector(map[string]string{"team": `a"b\c`, "severity": "x<y"})
	want := `{severity="x<y", team="a\"b\\c"}`
	if got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	c := &catalogue.Catalogue{AlertGroups: []catalogue.RuleGroup{{Rules: []catalogue.Rule{
		{Alert: "A", Labels: map[string]string{"team": `a"b\c`, "severity": "x<y"}},
		{Alert: "A"},
	}}}}
	sel, err := c.SelectAlerts("A" + got)
	if err != nil || len(sel) != 1 || sel[0] != &c.AlertGroups[0].Rules[0] {
		t.Errorf("selecting A%s: %v, %v; want the first rule", got, sel, err)
	}
}

func TestSelectingAlertsByNameAndLabels(t *testing.T) {
	c := loadVariants(t)
	vs := c.AlertVariants("WarehouseDiskFull")
	cases := []struct {
		name     string
		selector string
		want     []*catalogue.Rule
		err      string
	}{
		{"a name selects every variant", "WarehouseDiskFull", vs, ""},
		{"a label matcher selects one variant", `WarehouseDiskFull{severity="critical"}`, vs[1:], ""},
		{"a regular expression may select both", `WarehouseDiskFull{severity=~"warning|critical"}`, vs, ""},
		{"a negative matcher selects the others", `WarehouseDiskFull{severity!="critical"}`, vs[:1], ""},
		{"an unknown name is an error with a hint", "WarehouseDiskFul", nil, "did you mean WarehouseDiskFull?"},
		{"labels matching no variant list the variants", `WarehouseDiskFull{severity="info"}`, nil, `its variants: WarehouseDiskFull{severity="warning"}, WarehouseDiskFull{severity="critical"}`},
		{"a selector without a name is an error", `{severity="critical"}`, nil, "names no alert"},
		{"a broken selector is an error", `WarehouseDiskFull{severity=`, nil, "is not an alert name"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := c.SelectAlerts(tc.selector)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want one containing %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("selected %d rules, want %d", len(got), len(tc.want))
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("rule %d is %s, want %s", i, c.VariantName(got[i]), c.VariantName(tc.want[i]))
				}
			}
		})
	}
}

func TestExpectedInstancesBelongToTheVariantTheirLabelsName(t *testing.T) {
	c := loadVariants(t)
	warning, critical := c.AlertVariants("WarehouseDiskFull")[0], c.AlertVariants("WarehouseDiskFull")[1]
	cases := []struct {
		name   string
		test   *catalogue.Rule
		labels map[string]string
		want   *catalogue.Rule
	}{
		{"an instance without a severity belongs to the tested rule", critical, map[string]string{"instance": "a"}, critical},
		{"an instance with the tested rule's severity belongs to it", critical, map[string]string{"severity": "critical"}, critical},
		{"an instance with another variant's severity belongs to that variant", critical, map[string]string{"severity": "warning"}, warning},
		{"and the other way round", warning, map[string]string{"severity": "critical"}, critical},
		{"an instance no variant fits stays the tested rule's", warning, map[string]string{"severity": "info"}, warning},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := c.ExpectedVariant(tc.test, catalogue.ExpectedAlert{Labels: tc.labels}); got != tc.want {
				t.Errorf("got %s, want %s", c.VariantName(got), c.VariantName(tc.want))
			}
		})
	}
}
