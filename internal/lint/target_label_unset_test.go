package lint

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

func TestTargetLabelUnset(t *testing.T) {
	for _, tc := range []struct {
		name, target string
		want         int
	}{
		{"a static target's declared namespace is added by nothing obsgen writes", `{variant: static, static: ["127.0.0.1:9150"], target_labels: [namespace]}`, 1},
		{"a DNS target's alike", `{variant: dns, dns_names: [_metrics._tcp.shop], target_labels: [namespace, pod]}`, 1},
		{"Kubernetes discovery adds them", `{variant: k8s, static: ["shop:9150"], kubernetes: {namespace: shop, selector: {app: shop}, port: metrics}, target_labels: [namespace, pod]}`, 0},
		{"a static target without target labels is fine", `{variant: static, static: ["127.0.0.1:9150"]}`, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			spec := strings.Replace(base, "labels:\n", "labels:\n  - name: namespace\n  - name: pod\n", 1) +
				"scrape:\n  targets:\n    - " + tc.target + "\n"
			got := runOne(testtool.LoadSpec(t, spec), targetLabelUnset)
			if len(got) != tc.want {
				t.Fatalf("want %d findings, got %v", tc.want, got)
			}
			if tc.want > 0 && !strings.Contains(got[0].Message, "the generated scrape configuration of its") {
				t.Errorf("the finding does not say why: %s", got[0].Message)
			}
		})
	}
}
