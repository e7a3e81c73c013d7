package validate_test

import (
	"testing"

	"github.com/obsgen/obsgen/internal/specload"
)

func TestABadInputSeriesPointsAtTheFieldAndTheCharacterThatIsWrong(t *testing.T) {
	const spec = `apiVersion: obsgen.dev/v1
service: {name: gv}
metric_groups:
  - name: g
    metrics:
      - {name: gv_requests_total, type: counter, help: Requests.}
alert_groups:
  - name: gv
    rules:
      - alert: GvBusy
        expr: sum(rate(gv_requests_total[5m])) > 10
        runbook: {meaning: Busy.}
        tests:
          - name: busy
            series:
              - series: gv_requests_total
                values: 500 x10
              - series: 'gv_requests_total{a="'
                values: 1 2 3
`
	_, diags := specload.LoadBytes("spec.yaml", []byte(spec))
	want := map[int]string{
		17: `input series "gv_requests_total" "500 x10": unexpected "x", at character 5 of values ("x")`,
		18: `input series "gv_requests_total{a=\"" "1 2 3": unterminated quoted string, at character 21 of series ("\"")`,
	}
	got := 0
	for _, d := range diags {
		if d.Code != "bad-series" {
			continue
		}
		got++
		if d.Pos.Col != 25 || want[d.Pos.Line] != d.Message {
			t.Errorf("%s, want line %d col 25: %s", d, d.Pos.Line, want[d.Pos.Line])
		}
	}
	if got != len(want) {
		t.Errorf("%d bad-series errors, want %d:\n%v", got, len(want), diags)
	}
}
