// Command slothcompare runs obsgen's SLO rules and Sloth's, generated from
// the same three SLOs (spec/rstmdb and sloth.yaml), through Prometheus's
// rule engine on the same four days of input series, and prints how far
// their recorded values and alert firing times differ.
//
//	go run ./scripts/slothcompare -sloth RULES.yaml [-spec DIR]
//
// scripts/sloth-compare.sh generates RULES.yaml with Sloth v0.16.0.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/obsgen/obsgen/generators/prometheus"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/pipeline"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/model/rulefmt"
	promqlengine "github.com/prometheus/prometheus/promql"
	"github.com/prometheus/prometheus/promql/parser"
	"github.com/prometheus/prometheus/promql/promqltest"
	"github.com/prometheus/prometheus/rules"
)

// days is how long the input series run; step is both the sample and the
// evaluation interval.
const (
	days = 4
	step = time.Minute
)

func main() {
	slothFile := flag.String("sloth", "", "rule file Sloth generated from sloth.yaml")
	spec := flag.String("spec", "scripts/slothcompare/spec", "obsgen spec folder with the same SLOs")
	flag.Parse()
	if err := run(os.Stdout, *slothFile, *spec); err != nil {
		fmt.Fprintln(os.Stderr, "slothcompare:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, slothFile, spec string) error {
	sloth, err := os.ReadFile(slothFile)
	if err != nil {
		return err
	}
	res, err := pipeline.Load(pipeline.Options{Specs: []string{spec}})
	if err != nil {
		return err
	}
	if res.Diags.HasErrors() || len(res.Catalogues) != 1 {
		return fmt.Errorf("%s does not load: %v", spec, res.Diags)
	}
	c := res.Catalogues[0]
	ours, err := prometheus.RuleFile(c, c.SLOGroups)
	if err != nil {
		return err
	}
	load := inputSeries()
	start := time.Now()
	a, err := evaluate(load, ours)
	if err != nil {
		return fmt.Errorf("obsgen's rules: %w", err)
	}
	tookOurs := time.Since(start)
	start = time.Now()
	b, err := evaluate(load, sloth)
	if err != nil {
		return fmt.Errorf("the rules Sloth wrote: %w", err)
	}
	tookSloth := time.Since(start)
	fmt.Fprintf(w, "input: %d days of one-minute samples; rules evaluated every minute (obsgen %s, Sloth %s)\n\n",
		days, tookOurs.Round(time.Second), tookSloth.Round(time.Second))
	return report(w, c.SLOs, a, b)
}

// series is what one rule set recorded: per series key (record name and
// SLO), the value at each step (NaN when absent), and per alert key (SLO
// and page or ticket) whether it fired at each step.
type series struct {
	values map[string][]float64
	firing map[string][]bool
}

// evaluate loads the input, evaluates the rule file every minute and
// collects every recorded SLO series and every firing alert.
func evaluate(load string, ruleFile []byte) (*series, error) {
	ll, err := promqltest.NewLazyLoader(load, promqltest.LazyLoaderOpts{EnableAtModifier: true, EnableNegativeOffset: true})
	if err != nil {
		return nil, err
	}
	defer ll.Close()
	// The test engine's 10,000-sample limit is promtool's; a 3d window of
	// three one-minute series needs more, as it would in Prometheus.
	engine := promqlengine.NewEngine(promqlengine.EngineOpts{MaxSamples: 50_000_000, Timeout: time.Minute, Parser: promql.Parser,
		EnableAtModifier: true, EnableNegativeOffset: true, LookbackDelta: 5 * time.Minute})
	m := rules.NewManager(&rules.ManagerOptions{
		QueryFunc:    rules.EngineQueryFunc(engine, ll.Storage()),
		AppendableV2: ll.Storage(),
		Queryable:    ll.Storage(),
		Context:      context.Background(),
		NotifyFunc:   func(context.Context, string, ...*rules.Alert) {},
		Logger:       slog.New(slog.DiscardHandler),
		GroupLoader:  loader{ruleFile},
		Parser:       promql.Parser,
	})
	groupMap, errs := m.LoadGroups(step, labels.EmptyLabels(), "", nil, false, "rules.yaml")
	if len(errs) > 0 {
		return nil, errs[0]
	}
	var groups []*rules.Group
	for _, g := range groupMap {
		groups = append(groups, g)
	}
	// Groups whose rules only record run first, in name order, then those
	// with alerts: Sloth writes an SLO's SLI ratios, its metadata and its
	// alerts in three groups (sli-recordings, meta-recordings, alerts),
	// obsgen one group in that order. Run by name, Sloth's alerts would
	// read the previous minute's ratios: in a Prometheus server its groups
	// run independently, and its alerts may indeed lag the ratios by up to
	// one evaluation interval.
	rank := func(g *rules.Group) int {
		r := 0
		for _, rule := range g.Rules() {
			if _, ok := rule.(*rules.AlertingRule); ok {
				r = 2
			}
		}
		if r == 0 && strings.Contains(g.Name(), "meta") {
			r = 1
		}
		return r
	}
	sort.Slice(groups, func(i, j int) bool {
		if ri, rj := rank(groups[i]), rank(groups[j]); ri != rj {
			return ri < rj
		}
		return groups[i].Name() < groups[j].Name()
	})
	for _, g := range groups {
		for _, r := range g.Rules() {
			if ar, ok := r.(*rules.AlertingRule); ok {
				ar.SetRestored(true)
			}
		}
	}
	n := days * 24 * 60
	out := &series{values: map[string][]float64{}, firing: map[string][]bool{}}
	mint := time.Unix(0, 0).UTC()
	var evalErr error
	for i := 0; i <= n; i++ {
		ts := mint.Add(time.Duration(i) * step)
		ll.WithSamplesTill(ts, func(err error) {
			if err != nil {
				evalErr = err
				return
			}
			for _, g := range groups {
				g.Eval(ll.Context(), ts)
				for _, r := range g.Rules() {
					if err := r.LastError(); err != nil && evalErr == nil {
						evalErr = fmt.Errorf("%s at %s: %w", r.Name(), ts.Sub(mint), err)
					}
				}
			}
		})
		if evalErr != nil {
			return nil, evalErr
		}
		for _, g := range groups {
			for _, r := range g.Rules() {
				switch r := r.(type) {
				case *rules.AlertingRule:
					for _, a := range r.ActiveAlerts() {
						if a.State != rules.StateFiring {
							continue
						}
						key := sloOf(a.Labels) + " " + severityOf(a.Labels)
						if out.firing[key] == nil {
							out.firing[key] = make([]bool, n+1)
						}
						out.firing[key][i] = true
					}
				}
			}
		}
	}
	seen := map[string]bool{}
	for _, g := range groups {
		for _, r := range g.Rules() {
			if rr, ok := r.(*rules.RecordingRule); ok && !seen[rr.Name()] {
				seen[rr.Name()] = true
				if err := collect(out, rr.Name(), ll, engine, mint, n); err != nil {
					return nil, err
				}
			}
		}
	}
	return out, nil
}

// collect reads what the rules recorded as name, minute by minute.
func collect(out *series, name string, ll *promqltest.LazyLoader, engine *promqlengine.Engine, mint time.Time, n int) error {
	q, err := engine.NewRangeQuery(ll.Context(), ll.Storage(), nil, name, mint, mint.Add(time.Duration(n)*step), step)
	if err != nil {
		return err
	}
	defer q.Close()
	res := q.Exec(ll.Context())
	if res.Err != nil {
		return res.Err
	}
	m, err := res.Matrix()
	if err != nil {
		return err
	}
	for _, s := range m {
		key := name + " " + sloOf(s.Metric)
		if out.values[key] == nil {
			out.values[key] = make([]float64, n+1)
			for j := range out.values[key] {
				out.values[key][j] = math.NaN()
			}
		}
		for _, p := range s.Floats {
			out.values[key][int(time.UnixMilli(p.T).Sub(mint)/step)] = p.F
		}
	}
	return nil
}

// sloOf names the SLO a series belongs to, in either rule set's labels.
func sloOf(ls labels.Labels) string {
	if v := ls.Get("slo"); v != "" {
		return v
	}
	return ls.Get("sloth_slo")
}

func severityOf(ls labels.Labels) string {
	if v := ls.Get("slo_severity"); v != "" {
		return v
	}
	return ls.Get("sloth_severity")
}

// loader hands the rules manager the one rule file from memory.
type loader struct{ data []byte }

func (l loader) Load(_ string, ignoreUnknownFields bool, scheme model.ValidationScheme) (*rulefmt.RuleGroups, []error) {
	return rulefmt.Parse(l.data, ignoreUnknownFields, scheme, promql.Parser, slog.New(slog.DiscardHandler))
}

func (loader) Parse(query string) (parser.Expr, error) { return promql.Parser.ParseExpr(query) }

// report prints, per SLO, the largest difference of each recorded series
// and the alerts' firing intervals, and returns an error when they differ
// beyond floating-point noise.
func report(w io.Writer, slos []catalogue.SLO, a, b *series) error {
	names := []string{}
	for _, s := range slos {
		names = append(names, s.Name)
	}
	var problems []string
	for _, slo := range names {
		fmt.Fprintf(w, "SLO %s\n", slo)
		fmt.Fprintf(w, "  %-42s %8s %12s %12s\n", "series", "compared", "max |diff|", "max rel diff")
		var keys []string
		for k := range a.values {
			if strings.HasSuffix(k, " "+slo) {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		for _, k := range keys {
			av, bv := a.values[k], b.values[k]
			name := strings.TrimSuffix(k, " "+slo)
			if bv == nil {
				fmt.Fprintf(w, "  %-42s %8s\n", name, "obsgen only")
				continue
			}
			compared, mismatched := 0, 0
			var maxAbs, maxRel float64
			for i := range av {
				x, y := av[i], bv[i]
				if math.IsNaN(x) || math.IsNaN(y) {
					if math.IsNaN(x) != math.IsNaN(y) {
						mismatched++
					}
					continue
				}
				compared++
				d := math.Abs(x - y)
				maxAbs = math.Max(maxAbs, d)
				if m := math.Max(math.Abs(x), math.Abs(y)); m > 0 {
					maxRel = math.Max(maxRel, d/m)
				}
			}
			fmt.Fprintf(w, "  %-42s %8d %12.3g %12.3g", name, compared, maxAbs, maxRel)
			if mismatched > 0 {
				fmt.Fprintf(w, "  (%d steps present in one only)", mismatched)
				problems = append(problems, fmt.Sprintf("%s %s: %d steps present in one only", slo, name, mismatched))
			}
			fmt.Fprintln(w)
			if maxRel > 1e-9 && maxAbs > 1e-12 { // 1 - x near 0 has a large relative error
				problems = append(problems, fmt.Sprintf("%s %s differs by %g", slo, name, maxRel))
			}
		}
		for _, sev := range []string{"page", "ticket"} {
			key := slo + " " + sev
			ia, ib := intervals(a.firing[key]), intervals(b.firing[key])
			same := "same"
			if ia != ib {
				same = "DIFFERENT"
				problems = append(problems, fmt.Sprintf("%s %s alert fires %s with obsgen, %s with Sloth", slo, sev, ia, ib))
			}
			fmt.Fprintf(w, "  %-6s alert firing: obsgen %s; Sloth %s (%s)\n", sev, ia, ib, same)
		}
		fmt.Fprintln(w)
	}
	if len(problems) > 0 {
		return fmt.Errorf("the rule sets disagree:\n  %s", strings.Join(problems, "\n  "))
	}
	fmt.Fprintln(w, "every compared series agrees within 1e-9 (relative) or 1e-12 (absolute) and every alert fires at the same minutes")
	return nil
}

// intervals writes the minutes an alert fired as [from, to) spans.
func intervals(f []bool) string {
	var parts []string
	for i := 0; i < len(f); i++ {
		if !f[i] {
			continue
		}
		j := i
		for j < len(f) && f[j] {
			j++
		}
		parts = append(parts, fmt.Sprintf("%s–%s", at(i), at(j)))
		i = j
	}
	if len(parts) == 0 {
		return "never"
	}
	return strings.Join(parts, ", ")
}

// at writes a minute as day+hh:mm.
func at(min int) string {
	return fmt.Sprintf("d%d+%02d:%02d", min/(24*60), min%(24*60)/60, min%60)
}
