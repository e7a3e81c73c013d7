// Package promql is obsgen's one understanding of a PromQL expression: it
// parses (with Grafana's template variables substituted first and offsets
// mapped back to the text as written), and works out the series an
// expression reads (Selectors, RawReads), the labels its result carries
// (Labels), what it measures (Measure, Percentage), the condition an alert
// compares (ThresholdOf, AlertValue), the quantiles it computes and its
// shape (Signature). It knows no catalogue: callers resolve series names
// (Resolver). Lint, dashboards, docs, diff and the simulator read these
// results and compute none of their own.
package promql

import (
	"errors"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/obsgen/obsgen/internal/suggest"
	"github.com/prometheus/prometheus/promql/parser"
)

// Parser is the one PromQL parser obsgen uses everywhere: validation, lint,
// the rule manager and the test engine.
var Parser = parser.NewParser(parser.Options{})

// SyntaxError is a parse failure at a byte offset of the expression as
// written (before any substitution).
type SyntaxError struct {
	Offset int
	Msg    string
}

func (e *SyntaxError) Error() string { return e.Msg }

// Parsed is a parsed expression and the map from offsets in the parsed
// text back to offsets in the text as written.
type Parsed struct {
	Expr parser.Expr
	// Text is what was parsed (with Grafana variables substituted).
	Text string
	orig *Offsets
}

// OrigOffset maps an offset in Text to the offset in the text as written.
func (p *Parsed) OrigOffset(off int) int {
	if p.orig == nil {
		return off
	}
	return p.orig.Orig(off)
}

type cacheKey struct {
	text    string
	grafana bool
}

type cacheEntry struct {
	parsed *Parsed
	err    *SyntaxError
}

var cache sync.Map // cacheKey → cacheEntry

// Parse parses text as PromQL; with grafana set, Grafana's variables
// ($__rate_interval, $var, ${var}, [[var]]) are substituted first. Results
// are cached: the same expression is parsed once per process. Callers must
// not modify the returned tree.
func Parse(text string, grafana bool) (*Parsed, *SyntaxError) {
	key := cacheKey{text, grafana}
	if e, ok := cache.Load(key); ok {
		ce := e.(cacheEntry)
		return ce.parsed, ce.err
	}
	parsed, err := parse(text, grafana)
	return store(key, cacheEntry{parsed, err})
}

func parse(text string, grafana bool) (*Parsed, *SyntaxError) {
	p := &Parsed{Text: text}
	if grafana {
		p.Text, p.orig = Substitute(text)
	}
	if err := parseText(p); err != nil {
		return nil, err
	}
	return p, nil
}

// parseText parses p.Text into p.Expr: a syntax error, or a construct the
// Prometheus servers obsgen writes for do not evaluate (unreleased), is
// returned positioned in the text as written.
func parseText(p *Parsed) *SyntaxError {
	expr, err := Parser.ParseExpr(p.Text)
	if err != nil {
		return syntaxError(p, err)
	}
	if n, msg := unreleased(expr); n != nil {
		return &SyntaxError{Offset: p.OrigOffset(int(n.PositionRange().Start)), Msg: msg}
	}
	p.Expr = expr
	return nil
}

// unmatchedParen returns the offset of the innermost left parenthesis of
// text that no right one closes, outside strings; -1 when every one is.
func unmatchedParen(text string) int {
	var open []int
	for i := 0; i < len(text); {
		switch c := text[i]; {
		case c == '"' || c == '\'' || c == '`':
			i = skipString(text, i)
			continue
		case c == '#':
			i = skipComment(text, i)
			continue
		case c == '(':
			open = append(open, i)
		case c == ')' && len(open) > 0:
			open = open[:len(open)-1]
		}
		i++
	}
	if len(open) == 0 {
		return -1
	}
	return open[len(open)-1]
}

// functionNames lists PromQL's functions, for "did you mean rate?".
func functionNames() []string {
	names := make([]string, 0, len(parser.Functions))
	for name := range parser.Functions {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// syntaxError positions a parse error of p's text in the text as written.
func syntaxError(p *Parsed, err error) *SyntaxError {
	var errs parser.ParseErrors
	if errors.As(err, &errs) && len(errs) > 0 {
		e := errs[0]
		off := int(e.PositionRange.Start)
		msg := e.Err.Error()
		// The lexer reports these after consuming the offending
		// character; point at the character itself.
		if off > 0 && (strings.HasPrefix(msg, "unexpected right parenthesis") || strings.HasPrefix(msg, "unexpected character")) {
			_, size := utf8.DecodeLastRuneInString(p.Text[:min(off, len(p.Text))])
			off -= size
		}
		if strings.HasPrefix(msg, "unclosed left parenthesis") {
			// Reported at the end of the text, often past a block
			// scalar's last line: the cause is the parenthesis itself.
			if open := unmatchedParen(p.Text); open >= 0 {
				off = open
			}
		}
		if fn, ok := strings.CutPrefix(msg, `unknown function with name "`); ok {
			msg += suggest.Hint(strings.TrimSuffix(fn, `"`), functionNames())
		}
		return &SyntaxError{Offset: p.OrigOffset(off), Msg: msg}
	}
	return &SyntaxError{Msg: err.Error()}
}

// ParseWindowed parses an SLI expression whose range selectors name the
// window as [$window], with window in its place; offsets map back to the
// text as written. Like Parse, results are cached.
func ParseWindowed(text, window string) (*Parsed, *SyntaxError) {
	key := cacheKey{"\x00window:" + window + "\x00" + text, false}
	if e, ok := cache.Load(key); ok {
		ce := e.(cacheEntry)
		return ce.parsed, ce.err
	}
	p := &Parsed{orig: &Offsets{}}
	var b strings.Builder
	from := 0
	for i := 0; i < len(text); {
		if strings.HasPrefix(text[i:], "$window") {
			b.WriteString(text[from:i])
			p.orig.copied(i-from, from)
			b.WriteString(window)
			p.orig.fixed(len(window), i)
			i += len("$window")
			from = i
			continue
		}
		i++
	}
	b.WriteString(text[from:])
	p.orig.copied(len(text)-from, from)
	p.orig.finish(len(text))
	p.Text = b.String()
	return parseAndStore(key, p)
}

// Wrapped parses prefix + text + suffix, with offsets inside prefix and
// suffix mapped to the start and the end of text: the rate of a selector
// written alone, as obsgen reads it.
func Wrapped(prefix, text, suffix string) (*Parsed, *SyntaxError) {
	key := cacheKey{"\x00wrap:" + prefix + "\x00" + text + "\x00" + suffix, false}
	if e, ok := cache.Load(key); ok {
		ce := e.(cacheEntry)
		return ce.parsed, ce.err
	}
	p := &Parsed{Text: prefix + text + suffix, orig: &Offsets{}}
	p.orig.fixed(len(prefix), 0)
	p.orig.copied(len(text), 0)
	p.orig.fixed(len(suffix), len(text))
	p.orig.finish(len(text))
	return parseAndStore(key, p)
}

// parseAndStore parses p's text, positions a failure in the text as
// written, and remembers the result under key.
func parseAndStore(key cacheKey, p *Parsed) (*Parsed, *SyntaxError) {
	perr := parseText(p)
	if perr != nil {
		p = nil
	}
	return store(key, cacheEntry{p, perr})
}

// store caches e under key, unless another caller parsing the same text
// at once stored first: every caller gets the first, so a tree is one
// value for the whole process.
func store(key cacheKey, e cacheEntry) (*Parsed, *SyntaxError) {
	got, _ := cache.LoadOrStore(key, e)
	ce := got.(cacheEntry)
	return ce.parsed, ce.err
}
