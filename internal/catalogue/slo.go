package catalogue

import (
	"math/big"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/obsgen/obsgen/internal/promql"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/parser"
)

// The multi-window, multi-burn-rate method of Google's SRE workbook
// ("Alerting on SLOs"), as Sloth applies it: an alert fires when the error
// ratio over a long window and over a short window (a twelfth of it, so the
// alert stops soon after the problem does) both exceed a burn rate: a
// multiple of the error budget. The burn rate is set by the share of the
// compliance window's budget the long window may consume: 2 % in 1h pages
// (14.4× over 30d), and so on. Rules are labelled as below so that several
// services' and SLOs' rules live side by side in one Prometheus.
const (
	// SLOServiceLabel and SLONameLabel identify an SLO's rules and series.
	SLOServiceLabel = "slo_service"
	SLONameLabel    = "slo"
	// SLOWindowLabel is the window of an SLI error-ratio series.
	SLOWindowLabel = "slo_window"
	// SLOSeverityLabel says which of an SLO's alerts fired: page or ticket.
	SLOSeverityLabel = "slo_severity"
)

// DefaultSLOWindow is the compliance window of an SLO that sets none.
const DefaultSLOWindow = Duration(30 * 24 * time.Hour)

// BurnWindows is one condition of a burn-rate alert: the error ratio over
// Long and over Short both above the burn rate at which BudgetPercent of
// the compliance window's error budget is spent in Long.
type BurnWindows struct {
	Long, Short   Duration
	BudgetPercent float64
}

// Factor is the burn rate for a compliance window: how many times faster
// than sustainable the budget burns, e.g. 14.4 for 2 % of 30d in 1h.
func (b BurnWindows) Factor(window Duration) float64 {
	// Whole hours keep the usual factors exact: 2 × 720 / 100 = 14.4.
	return b.BudgetPercent * (float64(window) / float64(b.Long)) / 100
}

// SLOAlertPolicy is one of an SLO's two alerts and its two conditions.
type SLOAlertPolicy struct {
	// Severity is page or ticket (the slo_severity label); Label is the
	// default severity label: critical or warning.
	Severity, Label string
	Windows         [2]BurnWindows
}

// SLOPolicies are the page and ticket alerts every SLO gets, as the
// workbook recommends them.
var SLOPolicies = [2]SLOAlertPolicy{
	{Severity: "page", Label: "critical", Windows: [2]BurnWindows{
		{Long: hours(1), Short: minutes(5), BudgetPercent: 2},
		{Long: hours(6), Short: minutes(30), BudgetPercent: 5},
	}},
	{Severity: "ticket", Label: "warning", Windows: [2]BurnWindows{
		{Long: hours(24), Short: hours(2), BudgetPercent: 10},
		{Long: hours(72), Short: hours(6), BudgetPercent: 10},
	}},
}

func hours(n int) Duration   { return Duration(time.Duration(n) * time.Hour) }
func minutes(n int) Duration { return Duration(time.Duration(n) * time.Minute) }

// SLIWindows are the windows SLI error ratios are recorded for: every
// window an alert reads, shortest first. The compliance window is recorded
// too, from the 5m ratios.
func SLIWindows() []Duration {
	return []Duration{minutes(5), minutes(30), hours(1), hours(2), hours(6), hours(24), hours(72)}
}

// LongestAlertWindow is the longest window an SLO alert reads: a
// compliance window must be at least this long.
var LongestAlertWindow = hours(72)

// SLIErrorRecord is the series recording an SLI's error ratio over w.
func SLIErrorRecord(w Duration) string { return "slo:sli_error:ratio_rate" + w.String() }

// The SLO metadata series, one per SLO.
const (
	SLOObjectiveRecord       = "slo:objective:ratio"
	SLOErrorBudgetRecord     = "slo:error_budget:ratio"
	SLOPeriodDaysRecord      = "slo:time_period:days"
	SLOCurrentBurnRateRecord = "slo:current_burn_rate:ratio"
	SLOPeriodBurnRateRecord  = "slo:period_burn_rate:ratio"
	SLOBudgetRemainingRecord = "slo:period_error_budget_remaining:ratio"
)

// Period is the SLO's compliance window.
func (s *SLO) Period() Duration {
	if s.Window > 0 {
		return s.Window
	}
	return DefaultSLOWindow
}

// DisplayTitle is the title, or the name when no title is set.
func (s *SLO) DisplayTitle() string {
	if s.Title != "" {
		return s.Title
	}
	return s.Name
}

// objectiveRat is the objective as the exact decimal written (99.9, not
// the nearest binary fraction).
func (s *SLO) objectiveRat() *big.Rat {
	r, ok := new(big.Rat).SetString(strconv.FormatFloat(s.Objective, 'f', -1, 64))
	if !ok {
		return new(big.Rat)
	}
	return r
}

// ObjectiveRatio is the objective as a ratio, exactly: "0.999".
func (s *SLO) ObjectiveRatio() string {
	return decimal(new(big.Rat).Quo(s.objectiveRat(), big.NewRat(100, 1)))
}

// BudgetRatio is the error budget as a ratio, exactly: "0.001" for 99.9.
func (s *SLO) BudgetRatio() string {
	r := new(big.Rat).Sub(big.NewRat(100, 1), s.objectiveRat())
	return decimal(r.Quo(r, big.NewRat(100, 1)))
}

// Budget is the error budget as a ratio.
func (s *SLO) Budget() float64 {
	f, _ := strconv.ParseFloat(s.BudgetRatio(), 64)
	return f
}

// BudgetMinutes is the error budget over the compliance window in minutes
// of total unavailability.
func (s *SLO) BudgetMinutes() float64 { return s.Budget() * s.Period().Std().Minutes() }

// decimal writes r as a decimal without trailing zeros (r has a finite
// decimal expansion: a decimal divided by 100).
func decimal(r *big.Rat) string {
	s := r.FloatString(20)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

// formatFloat writes f as PromQL and YAML read it back, shortest first.
func formatFloat(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

// AlertName is the name both alerts of the SLO carry.
func (s *SLO) AlertName(c *Catalogue) string {
	if s.Alerting != nil && s.Alerting.Name != "" {
		return s.Alerting.Name
	}
	return CamelCase(c.Service.Name) + CamelCase(s.Name) + "BudgetBurn"
}

// CamelCase joins the words of a name (separated by anything but letters
// and digits) with their first letters upper-cased: rstmdb-api → RstmdbApi,
// the prefix of generated alert names.
func CamelCase(s string) string {
	var b strings.Builder
	up := true
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			up = true
			continue
		}
		if up {
			r = unicode.ToUpper(r)
			up = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// GroupName is the rule group of the SLO's rules.
func (s *SLO) GroupName(c *Catalogue) string { return c.Service.Name + "-slo-" + s.Name }

// IDLabels are the labels naming the SLO on every rule: the service, the
// SLO and the SLO's own labels.
func (s *SLO) IDLabels(c *Catalogue) map[string]string {
	out := map[string]string{SLOServiceLabel: c.Service.Name, SLONameLabel: s.Name}
	for k, v := range s.Labels {
		if _, set := out[k]; !set {
			out[k] = v
		}
	}
	return out
}

// Filter selects the SLO's series: {slo_service="x", slo="y"}.
func (s *SLO) Filter(c *Catalogue) string {
	return "{" + SLOServiceLabel + "=" + jsonQuote(c.Service.Name) + ", " + SLONameLabel + "=" + jsonQuote(s.Name) + "}"
}

// WindowVariable is how a ratio SLI written as an expression names the
// window in its range selectors: rate(x[$window]).
const WindowVariable = "$window"

// IsSelector reports whether an SLI part is a plain series selector (then
// obsgen sums its rate) rather than an expression.
func IsSelector(text string) bool {
	p, err := promql.Parse(strings.TrimSpace(text), false)
	if err != nil || p == nil {
		return false
	}
	_, ok := p.Expr.(*parser.VectorSelector)
	return ok
}

// sliPart is one side of a ratio at window w: sum(rate(sel[w])) for a
// selector, the expression with $window replaced otherwise.
func sliPart(text string, w string) string {
	text = strings.TrimSpace(text)
	if IsSelector(text) {
		return "sum(rate(" + text + "[" + w + "]))"
	}
	return "(" + strings.ReplaceAll(text, WindowVariable, w) + ")"
}

// ParseSLIPart parses an SLI part the way obsgen reads it at a 5m window:
// a selector as sum(rate(<selector>[5m])), an expression with [$window]
// as [5m]. Offsets map back to the text as written.
func ParseSLIPart(text string) (*promql.Parsed, *promql.SyntaxError) {
	if IsSelector(text) {
		return promql.Wrapped("sum(rate(", text, "[5m]))")
	}
	return promql.ParseWindowed(text, "5m")
}

// Matchers parses an SLI's matchers, written {a="x", b!="y"} (braces
// optional); nil when empty or not parseable (validation reports it).
func Matchers(e Expr) []*labels.Matcher {
	text := strings.TrimSpace(e.Text)
	if text == "" {
		return nil
	}
	if !strings.HasPrefix(text, "{") {
		text = "{" + text + "}"
	}
	ms, err := promql.Parser.ParseMetricSelector(text)
	if err != nil {
		return nil
	}
	return ms
}

// matcherText writes matchers inside braces, with extra ones first.
func matcherText(extra []string, ms []*labels.Matcher) string {
	parts := append([]string(nil), extra...)
	for _, m := range ms {
		if m.Name != model.MetricNameLabel {
			parts = append(parts, m.String())
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// LeMatcher selects a histogram bucket by its upper bound. Prometheus 3
// stores the le of a classic histogram scraped from the text format as a
// float ("1.0"), Prometheus 2 as written ("1"): a whole-number bound
// matches both.
func LeMatcher(threshold float64) string {
	le := formatFloat(threshold)
	if threshold == float64(int64(threshold)) {
		return `le=~"` + le + `(\\.0)?"`
	}
	return `le="` + le + `"`
}

// SubqueryStep is how often a gauge is compared with at_most over window
// w: every minute, or 1,440 times a window for windows longer than a day
// (every 3m over 3d), which bounds the samples a rule loads.
func SubqueryStep(w Duration) Duration {
	return Duration(max(time.Minute, (w.Std() / 1440).Truncate(time.Minute)))
}

// ErrorRatio is the SLI's error ratio over w, as a PromQL expression; ""
// when the SLI is incomplete.
func (s *SLO) ErrorRatio(c *Catalogue, w Duration) string {
	win := w.String()
	switch sli := s.SLI; {
	case sli.Ratio != nil:
		r := sli.Ratio
		if strings.TrimSpace(r.Total.Text) == "" {
			return ""
		}
		total := sliPart(r.Total.Text, win)
		if strings.TrimSpace(r.Bad.Text) != "" {
			return sliPart(r.Bad.Text, win) + "\n/\n" + total
		}
		if strings.TrimSpace(r.Good.Text) != "" {
			return "1 - (\n" + sliPart(r.Good.Text, win) + "\n/\n" + total + "\n)"
		}
	case sli.Latency != nil:
		l := sli.Latency
		m := c.FindMetric(l.Histogram)
		if m == nil {
			return ""
		}
		ms := Matchers(l.Matchers)
		if !m.HasClassicSeries() {
			return "1 - histogram_fraction(0, " + formatFloat(l.Threshold) + ", sum(rate(" + m.Name + matcherText(nil, ms) + "[" + win + "])))"
		}
		return "1 - (\nsum(rate(" + m.Name + "_bucket" + matcherText([]string{LeMatcher(l.Threshold)}, ms) + "[" + win + "]))\n/\nsum(rate(" + m.Name + "_count" + matcherText(nil, ms) + "[" + win + "]))\n)"
	case sli.Availability != nil:
		a := sli.Availability
		sel := a.Metric + matcherText(nil, Matchers(a.Matchers))
		if a.AtMost != nil {
			return "avg(avg_over_time((" + sel + " > bool " + formatFloat(*a.AtMost) + ")[" + win + ":" + SubqueryStep(w).String() + "]))"
		}
		return "1 - avg(avg_over_time(" + sel + "[" + win + "]))"
	}
	return ""
}

// FindMetric returns the metric family name of the catalogue, or else of a
// catalogue it uses; nil when neither has it.
func (c *Catalogue) FindMetric(name string) *Metric {
	if m := c.Metric(name); m != nil {
		return m
	}
	for _, u := range c.Used {
		if m := u.Metric(name); m != nil {
			return m
		}
	}
	return nil
}

// SLOSound reports whether validation found the i-th SLO sound enough to
// derive rules from.
func (c *Catalogue) SLOSound(i int) bool { return i < len(c.sloValid) && c.sloValid[i] }

// MarkSLOsSound records, for each SLO in order, whether validation found
// it sound enough to derive rules from (SLOSound).
func (c *Catalogue) MarkSLOsSound(sound []bool) { c.sloValid = sound }
