package lint

import (
	"strconv"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
)

// inhibitEqual finds inhibitions whose equal labels the alerts they pair
// do not both carry.
var inhibitEqual = &Check{
	Code:     "inhibit-equal",
	Severity: diag.Error,
	Docs: "An inhibition's equal label is carried by neither its source nor its target alerts, so it holds for every pair and one source mutes " +
		"its targets everywhere, or by one side only, so it never holds and the inhibition never applies (a warning where it applies to some of " +
		"its targets: the others stay unmuted; no equal label at all mutes everywhere too).",
	run: func(x *Context, r *reporter) {
		for _, ri := range x.C.Inhibitions() {
			pairs := ri.Pairs()
			if len(pairs) == 0 {
				continue
			}
			if len(ri.Equal) == 0 {
				r.at(ri.Pos, 0, "inhibition of %s by %s has no equal labels: while any source fires anywhere, every target is muted everywhere; "+
					"name the labels that scope it, e.g. equal: [%s]", names(x.C, pairs, 1), names(x.C, pairs, 0), strings.Join(append(x.C.ClusterLabels(), "instance"), ", "))
				continue
			}
			for i, l := range ri.Equal {
				var neither, lacking, having []string
				var example *catalogue.Rule
				scoped := 0 // pairs that both carry l
				seen := map[string]bool{}
				add := func(list *[]string, n string) {
					if !seen[n] {
						seen[n] = true
						*list = append(*list, n)
					}
				}
				for _, p := range pairs {
					src, tgt := x.alertLabels(p[0]).Has(l), x.alertLabels(p[1]).Has(l)
					switch {
					case src && tgt:
						scoped++
					case !src && !tgt && scopedElsewhere(x, ri.Equal, l, p):
						// Another equal label both carry (alertname) still
						// scopes the pair: a page mutes its own ticket.
					case !src && !tgt:
						add(&neither, x.C.VariantName(p[0])+" and "+x.C.VariantName(p[1]))
					case src != tgt:
						without, with := p[0], p[1]
						if src {
							without, with = p[1], p[0]
						}
						add(&lacking, x.C.VariantName(without))
						add(&having, x.C.VariantName(with))
						if example == nil {
							example = without
						}
					}
				}
				pos := x.C.At(ri.Pos, "equal["+strconv.Itoa(i)+"]")
				if len(neither) > 0 {
					r.at(pos, len(l), "equal label %s is carried by neither %s: equal on it always holds, so the source mutes its targets everywhere, not only for the same %s",
						l, strings.Join(neither, ", nor "), l)
				}
				if len(lacking) > 0 && scoped > 0 {
					// AlertmanagerDown mutes the alerts of its own instance,
					// not the cluster-level ones: deliberate, or a target
					// list too wide.
					r.sev(diag.Warning, pos, len(l), "equal label %s is carried by %s but not by %s (%s carries %s): the inhibition does not apply to them, "+
						"which stay unmuted while the source fires; if that is meant, list the targets it applies to%s",
						l, strings.Join(having, ", "), strings.Join(lacking, ", "), x.C.VariantName(example), x.alertLabels(example), hint(l, x.alertLabels(example).List()))
				} else if len(lacking) > 0 {
					r.at(pos, len(l), "equal label %s is carried by %s but not by %s (%s carries %s): equal on it never holds between them, so the inhibition never applies%s",
						l, strings.Join(having, ", "), strings.Join(lacking, ", "), x.C.VariantName(example), x.alertLabels(example), hint(l, x.alertLabels(example).List()))
				}
			}
		}
	},
}

// names lists the distinct variant names on one side of pairs.
func names(c *catalogue.Catalogue, pairs [][2]*catalogue.Rule, side int) string {
	seen := map[string]bool{}
	var out []string
	for _, p := range pairs {
		if n := c.VariantName(p[side]); !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return strings.Join(out, ", ")
}

// scopedElsewhere reports whether an equal label other than l is carried by
// both rules of a pair, so that the pair is scoped even where neither
// carries l.
func scopedElsewhere(x *Context, equal []string, l string, p [2]*catalogue.Rule) bool {
	for _, e := range equal {
		if e != l && x.alertLabels(p[0]).Has(e) && x.alertLabels(p[1]).Has(e) {
			return true
		}
	}
	return false
}
