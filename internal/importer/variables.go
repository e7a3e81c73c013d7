package importer

import (
	"regexp"

	"github.com/obsgen/obsgen/internal/promql"
)

// matcherRE finds a label matcher with a quoted value: instance="$node:$port".
var matcherRE = regexp.MustCompile(`([a-zA-Z_][a-zA-Z0-9_]*)(\s*)(=~|!~|!=|=)(\s*)"((?:[^"\\]|\\.)*)"`)

// renameVariables rewrites the matchers of a query that read variables
// the generated dashboard names after the label they list (renamed):
// instance="$host" reads $instance. A matcher whose value a dashboard
// built from variables listing parts of its label (pecastro's bind
// dashboard: instance="$node:$port", its node and port variables cutting
// instance's values at the colon with a regex) reads the whole value
// chosen instead, as a regex: instance=~"$instance". parts lists those
// matchers as written. Matchers reading other variables are left as they
// are: lint's undefined-variable reports them.
func renameVariables(expr string, renamed map[string]string) (string, []string) {
	if len(renamed) == 0 {
		return expr, nil
	}
	var parts []string
	out := matcherRE.ReplaceAllStringFunc(expr, func(m string) string {
		g := matcherRE.FindStringSubmatch(m)
		label, op, value := g[1], g[3], g[5]
		refs := promql.VariableRefs(value)
		if len(refs) == 0 {
			return m
		}
		for _, ref := range refs {
			if renamed[ref.Name] == "" {
				return m
			}
		}
		if len(refs) == 1 && refs[0].Len == len(value) {
			// The value is the variable: read the one it became.
			return label + g[2] + op + g[4] + `"$` + renamed[refs[0].Name] + `"`
		}
		for _, ref := range refs {
			if renamed[ref.Name] != label {
				return m
			}
		}
		parts = append(parts, m)
		if op == "!=" || op == "!~" {
			op = "!~"
		} else {
			op = "=~"
		}
		return label + g[2] + op + g[4] + `"$` + label + `"`
	})
	return out, parts
}
