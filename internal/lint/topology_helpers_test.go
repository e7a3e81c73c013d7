package lint

import (
	"fmt"
	"github.com/obsgen/obsgen/internal/testtool"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
)

// topologyOrg is an organisation with an HA pair per cluster: cluster and
// region are cluster-level, replica the deduplication label.
var topologyOrg = &catalogue.Organisation{
	ExternalLabels:     []catalogue.Label{{Name: "cluster"}, {Name: "region"}, {Name: "replica"}},
	DeduplicationLabel: "replica",
}

// groupYAML writes one rule group of kind (alert_groups or
// recording_groups), running where runs says, holding rules.
func groupYAML(kind, runs string, rules ...string) string {
	return kind + ":\n  - name: g\n    runs: " + runs + "\n    rules:\n" + strings.Join(rules, "")
}

// runTopologyCases runs spec cases through one check with topologyOrg as
// the catalogue's organisation.
func runTopologyCases(t *testing.T, ch *Check, cases []specCase) {
	t.Helper()
	baseLines := strings.Count(base, "\n")
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := testtool.LoadSpec(t, base+tc.yaml)
			c.Organisation = topologyOrg
			got := runOne(c, ch)
			var have []string
			for _, d := range got {
				if d.Code != ch.Code {
					t.Errorf("finding with another code: %v", d)
				}
				have = append(have, fmt.Sprintf("%d:%d", d.Pos.Line-baseLines, d.Pos.Col))
			}
			if strings.Join(have, " ") != strings.Join(tc.want, " ") {
				t.Errorf("findings at %v, want %v (lines relative to the tail):\n%s", have, tc.want, got)
			}
		})
	}
}
