package validate_test

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/specload"
)

func TestStaticTargetsAreWhatPrometheusScrapes(t *testing.T) {
	for _, tc := range []struct {
		name, target, want string
	}{
		{"a host and port is fine", "redis.example.com:9121", ""},
		{"an IPv6 address and port is fine", "[::1]:9121", ""},
		{"a URL, which promtool rejects as not a valid hostname, says what to write instead", "https://redis-ui.example.com",
			`static target "https://redis-ui.example.com" must be host:port, not a URL: give "redis-ui.example.com:443" with scheme: https`},
		{"a URL with a path says where the path goes", "http://h:9121/metrics",
			`static target "http://h:9121/metrics" must be host:port, not a URL: give "h:9121" with scheme: http and metrics_path: /metrics`},
		{"a host without a port", "redis.example.com", `static target "redis.example.com" must be host:port`},
		{"a port that is not a number", "a:b", `static target "a:b" must be host:port: the port "b" is not a number from 1 to 65535`},
		{"a port out of range", "a:99999", `static target "a:99999" must be host:port: the port "99999" is not a number from 1 to 65535`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			spec := "apiVersion: obsgen.dev/v1\nservice: {name: x}\nscrape:\n  targets:\n    - variant: static\n      static: [\"" + tc.target + "\"]\n"
			_, diags := specload.LoadBytes("spec.yaml", []byte(spec))
			var got []string
			for _, d := range diags {
				if strings.Contains(d.Message, "static target") {
					got = append(got, d.Message)
				}
			}
			switch {
			case tc.want == "" && len(got) > 0:
				t.Errorf("want no finding, got %q", got)
			case tc.want != "" && (len(got) != 1 || got[0] != tc.want):
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestAQueryInMetricsPathSaysToGiveItAsParams(t *testing.T) {
	spec := "apiVersion: obsgen.dev/v1\nservice: {name: x}\nscrape:\n  targets:\n    - variant: static\n" +
		"      metrics_path: /probe?module=http_2xx&target=https://example.com\n      static: [\"127.0.0.1:9115\"]\n"
	_, diags := specload.LoadBytes("spec.yaml", []byte(spec))
	want := "spec.yaml" + `:6:21: error: bad-value: metrics_path "/probe?module=http_2xx&target=https://example.com" holds a query: ` +
		`Prometheus escapes it into the path (/probe%3Fmodule=http_2xx&target=https://example.com) and the target answers 404; ` +
		`give the path as metrics_path: /probe and the query as params: {module: [http_2xx], target: [https://example.com]}`
	if len(diags) != 1 || diags[0].String() != want {
		t.Errorf("got %v\nwant %s", diags, want)
	}
}

func TestAProbeJobNeedsAProberAModuleAndTargetsItPassesItself(t *testing.T) {
	for _, tc := range []struct {
		name, job string
		want      []string
	}{
		{"the blackbox exporter's multi-target job is fine",
			"probe: {prober: \"blackbox:9115\", module: http_2xx, targets: [\"https://example.com\", \"https://shop.example.com/health\"]}", nil},
		{"a prober written as a URL says what to write",
			"probe: {prober: \"http://blackbox:9115\", module: http_2xx, targets: [\"https://example.com\"]}",
			[]string{`prober "http://blackbox:9115" must be host:port, not a URL: give "blackbox:9115" with scheme: http`}},
		{"no module and a target twice",
			"probe: {prober: \"blackbox:9115\", targets: [a, a]}",
			[]string{"probe needs the prober's module (e.g. http_2xx)", `probe target of job x "a" is already defined at spec.yaml:6:50`}},
		{"static targets beside a probe",
			"static: [\"a:1\"]\n      probe: {prober: \"blackbox:9115\", module: icmp, targets: [a]}",
			[]string{`scrape variant "static" needs exactly one of static, dns_names or probe`}},
		{"the module and target in params as well",
			"params: {module: [icmp], target: [b]}\n      probe: {prober: \"blackbox:9115\", module: icmp, targets: [a]}",
			[]string{"params module: a probe job passes module itself, from probe.module", "params target: a probe job passes target itself, from probe.targets"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			spec := "apiVersion: obsgen.dev/v1\nservice: {name: x}\nscrape:\n  targets:\n    - variant: static\n      " + tc.job + "\n"
			_, diags := specload.LoadBytes("spec.yaml", []byte(spec))
			var got []string
			for _, d := range diags.AtLeast(diag.Error) {
				got = append(got, d.Message)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}
