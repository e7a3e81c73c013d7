// Package lint checks every PromQL expression of a catalogue (alerting and
// recording rules, example queries, dashboard panels) against the catalogue
// itself: series nobody exports, functions applied to the wrong metric type,
// labels a series does not carry, label values outside an enumeration, and
// the hygiene of alerts. Each check lives in its own file under one stable
// code; Checks lists them with a sentence of documentation each.
package lint

import (
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
)

// Run runs every check over c and returns what they found, sorted. A
// check that fails unexpectedly is reported as an internal error instead of
// stopping the run.
func Run(c *catalogue.Catalogue) diag.List { return RunOn(c, 1) }

// RunOn is Run with the checks shared among up to workers goroutines, for a
// catalogue linted alone on a machine of several cores. Each worker has a
// Context of its own (its analyses are built lazily and are not safe to
// share), so a worker repeats the analyses its checks need that another
// has also built: worth it only while cores would otherwise be idle. The
// findings are the same, in the same order, as Run's.
func RunOn(c *catalogue.Catalogue, workers int) diag.List {
	if c == nil {
		return nil
	}
	checks := Checks()
	found := make([]diag.List, len(checks))
	workers = max(1, min(workers, len(checks)))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			x := newContext(c)
			for {
				i := int(next.Add(1) - 1)
				if i >= len(checks) {
					return
				}
				found[i] = runCheck(x, checks[i])
			}
		})
	}
	wg.Wait()
	var out diag.List
	for _, f := range found {
		out = append(out, f...)
	}
	return out.Sort()
}

// runCheck runs one check and turns a panic into a diagnostic.
func runCheck(x *Context, ch *Check) (out diag.List) {
	r := &reporter{check: ch}
	defer func() {
		if v := recover(); v != nil {
			pos := x.C.Service.Pos
			if pos.File == "" && len(x.C.Files) > 0 {
				pos.File = x.C.Files[0]
			}
			out = diag.List{{Pos: pos, Severity: diag.Error, Code: "lint-internal",
				Message: fmt.Sprintf("lint check %s failed on this catalogue (%v); please report it", ch.Code, v)}}
		}
	}()
	ch.run(x, r)
	return r.diags
}

// reporter collects one check's findings under the check's code.
type reporter struct {
	check *Check
	diags diag.List
}

// at reports a finding at the check's own severity; n is how many bytes
// the text excerpt underlines.
func (r *reporter) at(pos diag.Pos, n int, format string, args ...any) {
	r.sev(r.check.Severity, pos, n, format, args...)
}

// sev reports a finding at an explicit severity.
func (r *reporter) sev(s diag.Severity, pos diag.Pos, n int, format string, args ...any) {
	r.diags = append(r.diags, diag.Diagnostic{
		Pos: pos, Severity: s, Code: r.check.Code, Message: fmt.Sprintf(format, args...), Len: max(n, 0),
	})
}

// style reports a finding about an alert's style: at the check's severity,
// or as info for a rule adopted verbatim from a mixin (its style is its
// authors'; say where it came from).
func (r *reporter) style(x *Context, rule *catalogue.Rule, pos diag.Pos, n int, format string, args ...any) {
	if g := x.C.GroupOf(rule); g != nil && g.AdoptedFrom != "" {
		r.sev(diag.Info, pos, n, format+" (adopted verbatim from %s)", append(args, g.AdoptedFrom)...)
		return
	}
	r.at(pos, n, format, args...)
}
