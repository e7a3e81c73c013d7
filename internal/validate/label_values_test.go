package validate_test

import (
	"slices"
	"testing"

	"github.com/obsgen/obsgen/internal/specload"
)

// apacheSpec declares apache_exporter's state label free (its values differ
// from family to family) and one enumerated label, with the metrics' own
// label_values given as labelValues.
func apacheSpec(labelValues string) string {
	return "apiVersion: obsgen.dev/v1\nservice: {name: apache}\nlabels:\n" +
		"  - {name: state}\n" +
		"  - name: mode\n    values: [{value: read}, {value: write}, {value: keepalive}]\n" +
		"metric_groups:\n  - name: workers\n    metrics:\n" +
		"      - name: apache_workers\n        type: gauge\n        help: Apache worker statuses.\n        labels: [state, mode]\n" +
		"        label_values:\n" + labelValues
}

func TestAMetricsOwnLabelValuesAreChecked(t *testing.T) {
	for _, tc := range []struct {
		name, labelValues string
		want              []string
	}{
		{"values of a free label and fewer values of an enumerated one are fine",
			"          state: [busy, idle]\n          mode: [read, write]\n", nil},
		{"a label the metric does not carry is an error at its key, with the labels it does",
			"          stat: [busy, idle]\n",
			[]string{`spec.yaml:15:11: error: bad-value: label_values of apache_workers names label "stat", which the metric does not carry (its labels: state, mode); did you mean state?`}},
		{"a value outside the label's enumeration is an error at the value",
			"          mode: [read, wirte]\n",
			[]string{`spec.yaml:15:24: error: bad-value: apache_workers's label mode is given value "wirte", which is not among the values label mode declares (read, write, keepalive); did you mean write?`}},
		{"a value listed twice is an error at the second",
			"          state:\n            - busy\n            - busy\n",
			[]string{`spec.yaml:17:15: error: duplicate-name: value of label state on apache_workers "busy" is already defined at spec.yaml:16:15`}},
		{"no value at all is an error: leave the label out instead",
			"          state: []\n",
			[]string{`spec.yaml:15:18: error: missing-field: label_values of apache_workers lists no value of state: leave the label out of label_values when any value is served`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := specload.LoadBytes("spec.yaml", []byte(apacheSpec(tc.labelValues)))
			var got []string
			for _, d := range diags {
				got = append(got, d.String())
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}
