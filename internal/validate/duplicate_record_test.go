package validate_test

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/specload"
)

// TestARecordingRuleDefinedTwiceWithTheSameLabelsIsAWarning: RabbitMQ's
// cluster-operator records ALERTS:rabbitmq_alert_state_numeric twice (its
// pending and its firing alerts); promtool check rules reports a
// duplicate rule, and obsgen lint said nothing.
func TestARecordingRuleDefinedTwiceWithTheSameLabelsIsAWarning(t *testing.T) {
	spec := `apiVersion: obsgen.dev/v1
service: {name: rabbitmq}
recording_groups:
  - name: rabbitmq
    rules:
      - {record: 'ALERTS:rabbitmq_alert_state_numeric', expr: 'ALERTS{alertstate="pending"} * 1'}
      - {record: 'ALERTS:rabbitmq_alert_state_numeric', expr: 'ALERTS{alertstate="firing"} * 2'}
      - {record: 'ALERTS:rabbitmq_alert_state_numeric', expr: 'ALERTS{alertstate="firing"} * 2', labels: {kind: other}}
`
	_, diags := specload.LoadBytes("spec.yaml", []byte(spec))
	var got []string
	for _, d := range diags {
		if d.Code == "duplicate-rule" {
			got = append(got, d.Pos.String()+" "+d.Message)
		}
	}
	want := "spec.yaml:7:18 recording rule ALERTS:rabbitmq_alert_state_numeric is defined twice with the same labels (first at spec.yaml:6:18): promtool check rules reports it (duplicate rule), and their expressions differ"
	if len(got) != 1 || !strings.HasPrefix(got[0], want) {
		t.Errorf("got %q, want one starting %q", got, want)
	}
}
