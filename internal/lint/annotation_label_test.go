package lint

import "testing"

func TestAnnotationLabel(t *testing.T) {
	rule := func(expr, annotations string) string {
		return alertYAML("      - alert: A\n        expr: '" + expr + "'\n        for: 5m\n        labels: {severity: warning}\n" +
			"        annotations:\n" + annotations)
	}
	runSpecCases(t, annotationLabel, []specCase{
		{name: "labels the expression keeps are fine", yaml: rule("rate(shop_errors_total[5m]) > 1",
			"          summary: '{{ $labels.op }} {{ $labels.code }} on {{ $labels.instance }} ({{ .Labels.job }})'\n")},
		{name: "labels kept by sum by are fine", yaml: rule("sum by (op) (rate(shop_errors_total[5m])) > 1",
			"          summary: 'errors in {{ $labels.op }}: {{ $value }}'\n")},
		{name: "an unknown series carries anything", yaml: rule("shop_nope > 1", "          summary: '{{ $labels.whatever }}'\n")},
		{name: "a label the series never had", yaml: rule("shop_nodes < 3", "          summary: 'node {{ $labels.peer }} down'\n"),
			want: []string{"9:20"}},
		{name: "a label an aggregation dropped", yaml: rule("sum by (op) (rate(shop_errors_total[5m])) > 1",
			"          summary: S\n          description: '{{ $labels.code }} errors on {{ $labels.instance }}'\n"),
			want: []string{"10:24", "10:24"}},
		{name: "index $labels is read too", yaml: rule("sum(shop_nodes) < 3", "          summary: '{{ index $labels \"job\" }}'\n"),
			want: []string{"9:20"}},
		{name: "the rule's own labels are not in $labels", yaml: rule("sum(shop_nodes) < 3", "          summary: '{{ $labels.severity }}'\n"),
			want: []string{"9:20"}},
	})
}
