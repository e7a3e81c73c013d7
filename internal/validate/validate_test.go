package validate

import "testing"

func TestTemplateCheckKnowsPrometheusFunctions(t *testing.T) {
	names := templateFuncNames()
	for _, fn := range []string{"humanize", "humanizeDuration", "humanize1024", "humanizePercentage", "query", "first", "value", "label", "reReplaceAll", "toUpper"} {
		if _, ok := names[fn]; !ok {
			t.Errorf("template function %s is missing", fn)
		}
	}
	if len(names) < 20 {
		t.Errorf("only %d template functions read from Prometheus", len(names))
	}
}
