package ruletest

import (
	"fmt"
	"log/slog"
	"sync"

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

// cachedLoader is a memLoader that parses each rule file once, for a
// Tracer's many replays: the rules manager only reads what Load returns.
// It is safe for concurrent use.
type cachedLoader struct {
	memLoader
	mu     sync.Mutex
	parsed map[string]func() (*rulefmt.RuleGroups, []error)
}

func newCachedLoader(files map[string][]byte) *cachedLoader {
	return &cachedLoader{memLoader: memLoader{files}, parsed: map[string]func() (*rulefmt.RuleGroups, []error){}}
}

// Load parses one rule file the first time it is asked for.
func (l *cachedLoader) Load(name string, ignoreUnknownFields bool, scheme model.ValidationScheme) (*rulefmt.RuleGroups, []error) {
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
