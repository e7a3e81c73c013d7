package jsonnetbox

import (
	"testing"

	"github.com/obsgen/obsgen/internal/diag"
)

// A mixin that reads its rules with importstr and std.parseYaml (the
// mysqld-mixin) has its expressions written in YAML: plain, folded over
// lines, or in a block.
func TestAValueWrittenInAYAMLFileReadByImportstrIsAtItsLine(t *testing.T) {
	yaml := `groups:
- name: g
  rules:
  - alert: Plain
    expr: mysql_up{job="mysql"} == 0
  - alert: Folded
    expr: (mysql_global_status_wsrep_local_state != 4 and mysql_global_variables_wsrep_desync
      == 0)
  - alert: Block
    expr: |
      rate(mysql_global_status_slow_queries[5m])
        > 0
  - alert: OpensWithAParenthesis
    expr: |
      (
          avg_over_time(rabbitmq_detailed_queue_messages[10m]) > 1
      ) * on (instance) group_left(rabbitmq_cluster) rabbitmq_identity_info
`
	l := NewLiterals(map[string][]byte{"m/alerts.yaml": []byte(yaml), "m/mixin.libsonnet": []byte(`{ a: importstr 'alerts.yaml' }`)})
	fallback := diag.Pos{File: "m/mixin.libsonnet", Path: "p"}
	for _, tc := range []struct {
		value string
		off   int
		want  string
	}{
		{`mysql_up{job="mysql"} == 0`, 0, "m/alerts.yaml:5:11"},
		{"(mysql_global_status_wsrep_local_state != 4 and mysql_global_variables_wsrep_desync == 0)", 84, "m/alerts.yaml:8:7"},
		{"rate(mysql_global_status_slow_queries[5m])\n  > 0\n", 45, "m/alerts.yaml:12:9"},
		// The RabbitMQ cluster operator's alerts open their block with
		// "(" alone, too short to look for: the next line finds it.
		{"(\n    avg_over_time(rabbitmq_detailed_queue_messages[10m]) > 1\n) * on (instance) group_left(rabbitmq_cluster) rabbitmq_identity_info\n", 20, "m/alerts.yaml:16:25"},
		{"nowhere_written_at_all > 1", 0, "m/mixin.libsonnet:1:1"},
	} {
		start, layout := l.Locate(tc.value, fallback)
		p := layout.Pos(start, tc.value, tc.off)
		if got := p.String(); got != tc.want {
			t.Errorf("%q at %d: %s, want %s", tc.value, tc.off, got, tc.want)
		}
	}
}

// FuzzYAMLLiterals places every offset of a value found in a YAML file
// inside that file, or at the fallback.
func FuzzYAMLLiterals(f *testing.F) {
	f.Add("groups:\n  - expr: (a_metric_name != 4 and b_other\n      == 0)\n", "(a_metric_name != 4 and b_other == 0)")
	f.Add("expr: |\n  rate(x_total[5m])\n    > 0\n", "rate(x_total[5m])\n  > 0\n")
	f.Add("é: up_is_here == 0 # é\n", "up_is_here == 0")
	f.Fuzz(func(t *testing.T, src, value string) { locatesInside(t, "a.yaml", src, value) })
}
