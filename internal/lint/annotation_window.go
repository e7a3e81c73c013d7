package lint

import (
	"github.com/obsgen/obsgen/internal/words"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/common/model"
)

// annotationWindow finds alert texts that name a window the expression
// does not read: etcd's etcdHighNumberOfFailedProposals says "within the
// last 30 minutes" of rate(...[15m]), the varnish-mixin's low hit rate
// "over the last 5 minutes" of rates over [10m].
var annotationWindow = &Check{
	Code:     "annotation-window",
	Severity: diag.Warning,
	Docs: "An alert's summary or description speaks of the last (or past) N minutes, hours or days, but the expression " +
		"reads no range of that length and its for: is not that long either: the page tells the reader a window the alert does " +
		"not look at (etcd's failed proposals \"within the last 30 minutes\" of a rate over 15m).",
	run: func(x *Context, r *reporter) {
		for _, e := range x.Exprs {
			if e.Kind != KindAlert {
				continue
			}
			windows := promql.Windows(e.Root())
			if len(windows) == 0 {
				continue // "the last 5 minutes" may then say its for:
			}
			for _, f := range templateFields(x.C, e.Rule) {
				if f.what != "annotation" || f.key != "summary" && f.key != "description" {
					continue
				}
				for _, m := range saidWindowRE.FindAllStringSubmatch(f.text, -1) {
					d, ok := saidWindow(m[1], m[2])
					if !ok || slices.Contains(windows, d) || d == time.Duration(e.Rule.For) {
						continue
					}
					r.at(f.pos, 0, "%s %s of %s speaks of %q, but the expression reads %s and its for: is %s: say the window it reads",
						f.what, f.key, e.Rule.Alert, strings.TrimSpace(m[0]), windowList(windows), model.Duration(e.Rule.For))
				}
			}
		}
	},
}

// saidWindowRE finds "last 5 minutes", "past two hours", "last 10m".
var saidWindowRE = regexp.MustCompile(`(?i)\b(?:last|past|previous)\s+(\d+|one|two|three|four|five|six|ten|fifteen|twenty|thirty|sixty)\s*(seconds?|secs?|s|minutes?|mins?|m|hours?|h|days?|d)\b`)

// numberWords are the numbers alert texts spell out.
var numberWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10,
	"fifteen": 15, "twenty": 20, "thirty": 30, "sixty": 60}

// saidWindow reads a window an alert text names.
func saidWindow(n, unit string) (time.Duration, bool) {
	v, err := strconv.Atoi(n)
	if err != nil {
		w, ok := numberWords[strings.ToLower(n)]
		if !ok {
			return 0, false
		}
		v = w
	}
	var per time.Duration
	switch u := strings.ToLower(unit); {
	case strings.HasPrefix(u, "s"):
		per = time.Second
	case strings.HasPrefix(u, "m"):
		per = time.Minute
	case strings.HasPrefix(u, "h"):
		per = time.Hour
	default:
		per = 24 * time.Hour
	}
	return time.Duration(v) * per, v > 0
}

// windowList writes windows as Prometheus durations: [15m], [5m] and [1h].
func windowList(ws []time.Duration) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = "[" + model.Duration(w).String() + "]"
	}
	return words.And(parts)
}
