package catalogue

import "testing"

func TestInstanceOfIsTheJobsFirstStaticOrProbedTarget(t *testing.T) {
	c := &Catalogue{Service: Service{Name: "shop"}, Scrape: &Scrape{Targets: []ScrapeTarget{
		{Variant: "dns", Job: "api", DNSNames: []string{"api.internal"}},
		{Variant: "static", Job: "api", Static: []string{"api-1:9100", "api-2:9100"}},
		{Variant: "static", Job: "health", Probe: &ProbeTarget{Prober: "blackbox:9115", Module: "http_2xx", Targets: []string{"https://shop.example.com"}}},
		{Variant: "static", Job: "discovered", DNSNames: []string{"x.internal"}},
	}}}
	for job, want := range map[string]string{
		"api":        "api-1:9100",
		"health":     "https://shop.example.com",
		"discovered": "",
		"missing":    "",
	} {
		if got := c.InstanceOf(job); got != want {
			t.Errorf("InstanceOf(%q) = %q, want %q", job, got, want)
		}
	}
}

func TestAnAlertsPageIsItsNameOrItsNameMadeAPath(t *testing.T) {
	for name, want := range map[string]string{
		"ShopDown":                      "ShopDown",
		"node:cpu:high":                 "node:cpu:high",
		"MysqlTooManyConnections(>80%)": "MysqlTooManyConnections-80",
		"Shop Down / EU":                "Shop-Down-EU",
		"(>80%)":                        "80",
		"%%":                            "alert",
	} {
		if got := AlertPage(name); got != want {
			t.Errorf("AlertPage(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestAScenarioNamesAnAlertNoSelectorCanSpell(t *testing.T) {
	c := &Catalogue{Service: Service{Name: "mysql"}, AlertGroups: []RuleGroup{{Name: "g", Rules: []Rule{
		{Alert: "MysqlTooManyConnections(>80%)", Expr: NewExpr("vector(1)", Pos{}), Labels: map[string]string{"severity": "warning"}},
	}}}}
	rules, err := c.SelectAlerts("MysqlTooManyConnections(>80%)")
	if err != nil || len(rules) != 1 {
		t.Errorf("SelectAlerts: %v %v", rules, err)
	}
}
