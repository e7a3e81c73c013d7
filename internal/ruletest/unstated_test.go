package ruletest

import (
	"slices"
	"testing"

	"github.com/prometheus/prometheus/model/labels"
)

func TestAnExpectationLackingATemplatedAnnotationSaysWhichOne(t *testing.T) {
	inst := func(ann ...string) instance {
		return instance{Labels: labels.FromStrings("alertname", "QueueFull", "severity", "warning"), Annotations: labels.FromStrings(ann...)}
	}
	for _, tc := range []struct {
		name      string
		want, got []instance
		missing   []string
	}{
		{"the description a template expands is left out", []instance{inst("summary", "S")}, []instance{inst("description", "60 jobs wait", "summary", "S")}, []string{"description"}},
		{"a stated annotation that differs is no missing one", []instance{inst("description", "59 jobs wait", "summary", "S")}, []instance{inst("description", "60 jobs wait", "summary", "S")}, nil},
		{"other labels are another difference", []instance{{Labels: labels.FromStrings("alertname", "QueueFull")}}, []instance{inst("description", "x")}, nil},
		{"another number of instances is another difference", nil, []instance{inst("description", "x")}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := unstatedAnnotations(tc.want, tc.got); !slices.Equal(got, tc.missing) {
				t.Errorf("missing %v, want %v", got, tc.missing)
			}
		})
	}
}
