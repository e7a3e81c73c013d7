package promql

import (
	"regexp"
	"strings"

	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/parser"
)

// HasVariable reports whether a matcher value holds a Grafana variable
// ($x, ${x}, [[x]]), filled in at query time.
func HasVariable(v string) bool {
	return strings.Contains(v, "$") || strings.Contains(v, "[[")
}

// VariableRef returns the variable a matcher value consists of: "$x",
// "${x}", "${x:format}" or "[[x]]"; "" when the value is anything else.
func VariableRef(v string) string {
	switch {
	case strings.HasPrefix(v, "${") && strings.HasSuffix(v, "}"):
		name := v[2 : len(v)-1]
		if i := strings.IndexByte(name, ':'); i >= 0 {
			name = name[:i]
		}
		return identOnly(name)
	case strings.HasPrefix(v, "[[") && strings.HasSuffix(v, "]]"):
		return identOnly(v[2 : len(v)-2])
	case strings.HasPrefix(v, "$"):
		return identOnly(v[1:])
	}
	return ""
}

// identOnly returns s when it is a variable name, else "".
func identOnly(s string) string {
	if s == "" {
		return ""
	}
	for _, r := range s {
		if r != '_' && (r < 'a' || r > 'z') && (r < 'A' || r > 'Z') && (r < '0' || r > '9') {
			return ""
		}
	}
	return s
}

// VariableUse is one label matcher whose value is a dashboard variable.
type VariableUse struct {
	Variable string
	Label    string
	Type     labels.MatchType
}

// VariableUses returns the matchers of a panel query whose value is one
// dashboard variable, in the order written; nothing when the query does
// not parse.
func VariableUses(text string) []VariableUse {
	p, err := Parse(text, true)
	if err != nil || p == nil || p.Expr == nil {
		return nil
	}
	var out []VariableUse
	visit(p.Expr, func(n parser.Node) {
		vs, ok := n.(*parser.VectorSelector)
		if !ok {
			return
		}
		for _, m := range vs.LabelMatchers {
			if m == nil {
				continue
			}
			if name := VariableRef(m.Value); name != "" {
				out = append(out, VariableUse{Variable: name, Label: m.Name, Type: m.Type})
			}
		}
	})
	return out
}

// variableRefRE finds Grafana's variable references in text: $x, ${x},
// ${x:format} and [[x]].
var variableRefRE = regexp.MustCompile(`\$\{[A-Za-z0-9_]+(?::[^}]*)?\}|\[\[[A-Za-z0-9_]+\]\]|\$[A-Za-z0-9_]+`)

// VariableRefAt is one reference to a dashboard variable in a query's
// text: its name, and the byte offset and length of the reference as
// written ($node, ${node:regex}, [[node]]).
type VariableRefAt struct {
	Name        string
	Offset, Len int
}

// VariableRefs returns the references to dashboard variables in text, in
// order, but Grafana's built-ins ($__rate_interval, $__range), other
// names Grafana reserves (starting __) and numbers (label_replace's "$1").
func VariableRefs(text string) []VariableRefAt {
	var out []VariableRefAt
	for _, loc := range variableRefRE.FindAllStringIndex(text, -1) {
		name := VariableRef(text[loc[0]:loc[1]])
		if name == "" || IsGrafanaBuiltin(name) || strings.HasPrefix(name, "__") || strings.Trim(name, "0123456789") == "" {
			continue // "$1" is label_replace's first capture group
		}
		out = append(out, VariableRefAt{Name: name, Offset: loc[0], Len: loc[1] - loc[0]})
	}
	return out
}

// ShowVariables writes each dashboard variable referenced in text (a
// panel's title: "Status of $instance") as shown gives it, as Grafana
// fills titles in; a reference to no variable of the dashboard (shown
// says not) and Grafana's built-ins ($__interval) are kept as written.
func ShowVariables(text string, shown func(name string) (string, bool)) string {
	return variableRefRE.ReplaceAllStringFunc(text, func(ref string) string {
		name := VariableRef(ref)
		if name == "" || IsGrafanaBuiltin(name) || strings.HasPrefix(name, "__") {
			return ref
		}
		if v, ok := shown(name); ok {
			return v
		}
		return ref
	})
}

// matcherRE finds a label matcher with a quoted value: instance="$node:$port".
var matcherRE = regexp.MustCompile(`([a-zA-Z_][a-zA-Z0-9_]*)(\s*)(=~|!~|!=|=)(\s*)"((?:[^"\\]|\\.)*)"`)

// RenameVariables rewrites the matchers of a query that read variables
// the generated dashboard names after the label they list (renamed):
// instance="$host" reads $instance. A matcher whose value a dashboard
// built from variables listing parts of its label (pecastro's bind
// dashboard: instance="$node:$port", its node and port variables cutting
// instance's values at the colon with a regex) reads the whole value
// chosen instead, as a regex: instance=~"$instance". parts lists those
// matchers as written. Matchers reading other variables are left as they
// are: lint's undefined-variable reports them. Import writes a
// dashboard's queries so.
func RenameVariables(expr string, renamed map[string]string) (string, []string) {
	if len(renamed) == 0 {
		return expr, nil
	}
	var parts []string
	out := matcherRE.ReplaceAllStringFunc(expr, func(m string) string {
		g := matcherRE.FindStringSubmatch(m)
		label, op, value := g[1], g[3], g[5]
		refs := VariableRefs(value)
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

// InString reports whether byte offset at of query text lies inside a
// quoted string ("…", '…' or `…`, with backslash escapes in the first two):
// a matcher's value, not the query's own syntax.
func InString(text string, at int) bool {
	var quote byte
	for i := 0; i < len(text) && i < at; i++ {
		c := text[i]
		switch {
		case quote == 0 && (c == '"' || c == '\'' || c == '`'):
			quote = c
		case quote != 0 && c == '\\' && quote != '`':
			i++ // the escaped character
		case quote != 0 && c == quote:
			quote = 0
		}
	}
	return quote != 0
}
