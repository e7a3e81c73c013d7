package validate_test

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/specload"
)

func TestSnapshotIsAHistogramsOrASummarysProperty(t *testing.T) {
	for _, tc := range []struct {
		name, metric, want string
	}{
		{"a histogram rebuilt at every scrape (postfix_exporter's queue ages) is a snapshot",
			"{name: postfix_showq_message_age_seconds, type: histogram, snapshot: true, help: Ages., buckets: [1, 10]}", ""},
		{"a summary can be one too", "{name: q_size_bytes, type: summary, snapshot: true, help: Sizes.}", ""},
		{"a gauge cannot: a level is a gauge already", "{name: q_length, type: gauge, snapshot: true, help: Length.}",
			"error: bad-value: snapshot says a histogram or summary is built anew at every scrape; q_length is a gauge (a level is type: gauge)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			spec := "apiVersion: obsgen.dev/v1\nservice: {name: postfix}\nmetric_groups:\n  - name: queue\n    metrics:\n      - " + tc.metric + "\n"
			_, diags := specload.LoadBytes("spec.yaml", []byte(spec))
			var got []string
			for _, d := range diags {
				got = append(got, d.String())
			}
			switch {
			case tc.want == "" && len(got) > 0:
				t.Errorf("want no diagnostics, got %v", got)
			case tc.want != "" && (len(got) != 1 || !strings.HasSuffix(got[0], tc.want)):
				t.Errorf("got %v, want one ending %q", got, tc.want)
			}
		})
	}
}

func TestALatencySLIOnASnapshotIsAnError(t *testing.T) {
	spec := `apiVersion: obsgen.dev/v1
service: {name: postfix}
metric_groups:
  - name: queue
    metrics:
      - {name: postfix_showq_message_age_seconds, type: histogram, snapshot: true, unit: seconds, help: Ages., buckets: [1, 10]}
slos:
  - name: queue-age
    objective: 99
    sli:
      latency: {histogram: postfix_showq_message_age_seconds, threshold: 10}
`
	_, diags := specload.LoadBytes("spec.yaml", []byte(spec))
	found := false
	for _, d := range diags {
		if strings.Contains(d.String(), "error: slo-sli: postfix_showq_message_age_seconds is a snapshot") {
			found = true
		}
	}
	if !found {
		t.Errorf("want a slo-sli error on the snapshot, got %v", diags)
	}
}
