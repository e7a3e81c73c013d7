package lint

import (
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/words"
)

// targetLabelUnset finds target labels declared on a scrape target that no
// service discovery fills: the catalogue then takes every series of the
// job to carry a label that the generated scrape configuration never adds.
var targetLabelUnset = &Check{
	Code:     "target-label-unset",
	Severity: diag.Info,
	Docs: "A scrape target of static, DNS or probe targets declares target_labels (namespace, say), which lint and the docs then " +
		"take every series of its job to carry, but nothing in the generated scrape configuration adds them: only Kubernetes " +
		"service discovery or relabelling of your own does (a trial declared namespace to quiet a mixin's matchers, and the docs " +
		"said every series carried it); declare them where your own configuration adds them.",
	run: func(x *Context, r *reporter) {
		if x.C.Scrape == nil {
			return
		}
		for i := range x.C.Scrape.Targets {
			t := &x.C.Scrape.Targets[i]
			if t.Kubernetes != nil || len(t.TargetLabels) == 0 {
				continue
			}
			pos := x.C.At(t.Pos, "target_labels")
			r.at(pos, 0, "scrape target %s declares the %s %s, but the generated scrape configuration of its %s adds none: "+
				"every series of job %s is taken to carry %s, which only relabelling of your own would add",
				t.Variant, words.Noun(len(t.TargetLabels), "target label"), words.And(t.TargetLabels), targetKind(t.Static, t.DNSNames),
				t.JobName(x.C), words.And(t.TargetLabels))
		}
	},
}

// targetKind names how a scrape target finds its targets.
func targetKind(static, dns []string) string {
	switch {
	case len(static) > 0:
		return words.Count(len(static), "static target")
	case len(dns) > 0:
		return "DNS names"
	}
	return "probes"
}
