package validate

import (
	"testing"
	texttemplate "text/template"
)

func TestTemplateBuiltinsAreTextTemplates(t *testing.T) {
	for name := range templateBuiltins {
		if _, err := texttemplate.New("").Parse("{{" + name + "}}"); err != nil {
			t.Errorf("%s is not a text/template function: %v", name, err)
		}
	}
	if _, err := texttemplate.New("").Parse("{{humanize}}"); err == nil {
		t.Error("text/template knows a function of Prometheus's: the comparison below proves nothing")
	}
}

func TestAnAlertTemplateIsJudgedAsTextTemplateWithPrometheusFunctionsJudgesIt(t *testing.T) {
	funcs := texttemplate.FuncMap{}
	for name := range templateFuncNames() {
		funcs[name] = func(...any) any { return nil }
	}
	for _, text := range []string{
		"{{ $labels.instance }} is down",
		"{{ $value | humanizePercentage }} of requests fail",
		`{{ with query "up" }}{{ . | first | value }}{{ end }}`,
		"{{ range $i, $e := .Labels }}{{ $i }}={{ $e }} {{ end }}",
		`{{ if and (gt $value 1.0) (ne $labels.job "x") }}{{ printf "%.2f" $value }}{{ else }}low{{ end }}`,
		"{{ len $labels | print }} {{ index $labels \"job\" }} {{ slice \"abc\" 1 }} {{ urlquery $externalURL }}",
		`{{ define "x" }}y{{ end }}{{ template "x" }}`,
		"{{ $labels.instance ",
		"{{ nosuchfunc $value }}",
		"{{ $undefined }}",
		"{{ end }}",
		"{{ if }}{{ end }}",
		"{{ range $labels }}{{ break }}{{ end }}",
		"{{ break }}",
	} {
		_, want := texttemplate.New("__alert_a").Funcs(funcs).Option("missingkey=zero").Parse(templateDefs + text)
		got := parseTemplate("__alert_a", text)
		if (want == nil) != (got == nil) || (want != nil && want.Error() != got.Error()) {
			t.Errorf("%q: parsed with %v, text/template says %v", text, got, want)
		}
	}
}
