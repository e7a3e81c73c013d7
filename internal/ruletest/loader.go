package ruletest

import (
	"fmt"
	"log/slog"
	"sync"

	"github.com/obsgen/obsgen/generators/prometheus"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/rulefmt"
	"github.com/prometheus/prometheus/promql/parser"
	"github.com/prometheus/prometheus/rules"
)

// memLoader hands the rules manager the rule files from memory.
type memLoader struct{ files map[string][]byte }

// Load parses one rule file the way Prometheus does.
func (l memLoader) Load(name string, ignoreUnknownFields bool, scheme model.ValidationScheme) (*rulefmt.RuleGroups, []error) {
	data, ok := l.files[name]
	if !ok {
		return nil, []error{fmt.Errorf("rule file %s is not generated", name)}
	}
	return rulefmt.Parse(data, ignoreUnknownFields, scheme, promql.Parser, slog.New(slog.DiscardHandler))
}

// Parse parses a rule expression with obsgen's one parser.
func (memLoader) Parse(query string) (parser.Expr, error) { return promql.Parser.ParseExpr(query) }

// parsedLoader is a memLoader that parses each rule file and each rule's
// expression once, for the many tests of a run: the rules manager only
// reads what Load returns, and a rule only reads its expression (to write
// it out for each query, and to walk it). It is safe for concurrent use.
type parsedLoader struct {
	memLoader
	exprs  *exprCache
	mu     sync.Mutex
	parsed map[string]func() (*rulefmt.RuleGroups, []error)
}

func newParsedLoader(files map[string][]byte) *parsedLoader {
	return &parsedLoader{memLoader: memLoader{files}, exprs: newExprCache(), parsed: map[string]func() (*rulefmt.RuleGroups, []error){}}
}

// Load parses one rule file the first time it is asked for.
func (l *parsedLoader) Load(name string, ignoreUnknownFields bool, scheme model.ValidationScheme) (*rulefmt.RuleGroups, []error) {
	key := fmt.Sprintf("%s\x00%t\x00%v", name, ignoreUnknownFields, scheme)
	l.mu.Lock()
	f := l.parsed[key]
	if f == nil {
		f = sync.OnceValues(func() (*rulefmt.RuleGroups, []error) {
			return l.memLoader.Load(name, ignoreUnknownFields, scheme)
		})
		l.parsed[key] = f
	}
	l.mu.Unlock()
	return f()
}

// Parse parses a rule expression the first time it is asked for.
func (l *parsedLoader) Parse(query string) (parser.Expr, error) { return l.exprs.parse(query) }

// exprCache holds each expression's parse. It is safe for concurrent use.
type exprCache struct {
	mu    sync.Mutex
	exprs map[string]parsedExpr
}

// parsedExpr is one expression's parse.
type parsedExpr struct {
	expr parser.Expr
	err  error
}

func newExprCache() *exprCache { return &exprCache{exprs: map[string]parsedExpr{}} }

// parse parses query the first time it is asked for.
func (c *exprCache) parse(query string) (parser.Expr, error) {
	c.mu.Lock()
	p, ok := c.exprs[query]
	c.mu.Unlock()
	if !ok {
		p.expr, p.err = promql.Parser.ParseExpr(query)
		c.mu.Lock()
		c.exprs[query] = p
		c.mu.Unlock()
	}
	return p.expr, p.err
}

// modelLoader hands the rules manager the rule files a catalogue
// generates as the model they are written from, for a Tracer's many
// replays: what rulefmt.Parse reads back from the written files, without
// writing and parsing them (a thousand SLOs write 20 MB of rules), and
// each rule's expression parsed once. The rules manager only reads what
// Load returns, and a rule only reads its expression (to write it out for
// each query, and to walk it). It is safe for concurrent use.
type modelLoader struct {
	files map[string]*rulefmt.RuleGroups
	exprs *exprCache
}

func newModelLoader(c *catalogue.Catalogue) *modelLoader {
	l := &modelLoader{files: map[string]*rulefmt.RuleGroups{}, exprs: newExprCache()}
	for _, part := range prometheus.RuleFiles(c) {
		rgs := prometheus.RuleGroups(c, part.Groups)
		l.files["../"+part.Name] = &rgs
	}
	return l
}

// Load returns one rule file's groups.
func (l *modelLoader) Load(name string, _ bool, _ model.ValidationScheme) (*rulefmt.RuleGroups, []error) {
	rgs, ok := l.files[name]
	if !ok {
		return nil, []error{fmt.Errorf("rule file %s is not generated", name)}
	}
	return rgs, nil
}

// Parse parses a rule expression the first time it is asked for.
func (l *modelLoader) Parse(query string) (parser.Expr, error) { return l.exprs.parse(query) }

// someGroups hands the rules manager only the groups named in keep of
// its loader's rule files, so that it parses and builds no other.
type someGroups struct {
	rules.GroupLoader
	keep map[string]bool
}

// Load loads one rule file and keeps the groups named in keep, in order.
func (l someGroups) Load(name string, ignoreUnknownFields bool, scheme model.ValidationScheme) (*rulefmt.RuleGroups, []error) {
	rgs, errs := l.GroupLoader.Load(name, ignoreUnknownFields, scheme)
	if rgs == nil || len(errs) > 0 {
		return rgs, errs
	}
	out := &rulefmt.RuleGroups{}
	for _, g := range rgs.Groups {
		if l.keep[g.Name] {
			out.Groups = append(out.Groups, g)
		}
	}
	return out, nil
}
