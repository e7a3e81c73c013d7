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
