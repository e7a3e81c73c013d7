package diff

import (
	"strings"

	"github.com/obsgen/obsgen/internal/promql"
)

// pairs matches the items of two sides. Each key function is tried in
// turn on the items still unmatched: two items are paired when their key
// is set and no other unmatched item of either side has it, so a key that
// is ambiguous pairs nothing rather than guessing. The first key is the
// identity (a name); later ones recognise renames (the same expression
// under another name). Pairs, and the leftovers, keep the sides' order.
func pairs[T any](base, head []T, keys ...func(T) string) (matched [][2]T, removed, added []T) {
	bUsed := make([]bool, len(base))
	hUsed := make([]bool, len(head))
	type pair struct{ b, h int }
	var found []pair
	for _, key := range keys {
		bCount, hCount := map[string]int{}, map[string]int{}
		bAt, hAt := map[string]int{}, map[string]int{}
		for i, x := range base {
			if k := key(x); !bUsed[i] && k != "" {
				bCount[k]++
				bAt[k] = i
			}
		}
		for i, x := range head {
			if k := key(x); !hUsed[i] && k != "" {
				hCount[k]++
				hAt[k] = i
			}
		}
		for i, x := range base {
			k := key(x)
			if bUsed[i] || k == "" || bCount[k] != 1 || hCount[k] != 1 {
				continue
			}
			j := hAt[k]
			bUsed[i], hUsed[j] = true, true
			found = append(found, pair{i, j})
		}
	}
	for _, p := range found {
		matched = append(matched, [2]T{base[p.b], head[p.h]})
	}
	for i, x := range base {
		if !bUsed[i] {
			removed = append(removed, x)
		}
	}
	for i, x := range head {
		if !hUsed[i] {
			added = append(added, x)
		}
	}
	return matched, removed, added
}

// normExpr returns an expression in Prometheus's own formatting, so that
// whitespace, line breaks and redundant spelling do not count as changes;
// text that does not parse is compared with its whitespace collapsed.
func normExpr(text string, grafana bool) string {
	if p, err := promql.Parse(text, grafana); err == nil && p != nil && p.Expr != nil {
		return p.Expr.String()
	}
	return oneLine(text)
}

// oneLine collapses runs of white space, line breaks included, to one
// space: how reports show an expression.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// field appends a Field when before and after differ.
func field(fs []Field, name, before, after string) []Field {
	if before == after {
		return fs
	}
	return append(fs, Field{Name: name, Before: before, After: after})
}
