package lint

import "github.com/obsgen/obsgen/internal/diag"

// Check is one lint check: a stable code, the severity of what it usually
// finds, one sentence saying what it looks for and why, and the function
// that runs it over a catalogue.
type Check struct {
	// Code is the stable kebab-case identifier printed with each finding.
	Code string
	// Severity is the severity of its findings; Docs says when a finding
	// is milder or worse.
	Severity diag.Severity
	// Docs is one sentence: what the check finds and why it matters.
	Docs string
	run  func(x *Context, r *reporter)
}

// Checks returns every check, in the order they run: existence, types,
// labels, then hygiene.
func Checks() []*Check {
	return []*Check{
		unknownMetric,
		rateOnGauge,
		counterRaw,
		histogramQuantileInput,
		deltaOnCounter,
		unknownLabel,
		unknownJob,
		groupingLabel,
		binaryNoMatch,
		badLabelValue,
		annotationLabel,
		legendLabel,
		annotationWindow,
		replicaLabel,
		localClusterLabel,
		globalClusterLabel,
		inhibitEqual,
		routeLabel,
		groupByCluster,
		sloLatencyThreshold,
		sloRatioInput,
		humanizePercentage,
		valueRounded,
		targetLabelUnset,
		clampedDenominator,
		variableEquality,
		undefinedVariable,
		titleMismatch,
		unixTimeShown,
		bitsForBytes,
		angularPanel,
		alertNoFor,
		alertNoSeverity,
		alertNoSummary,
		alertNoRunbook,
		testNoData,
		testWindow,
		unusedMetric,
	}
}

// Lookup returns the check with the given code, or nil.
func Lookup(code string) *Check {
	for _, ch := range Checks() {
		if ch.Code == code {
			return ch
		}
	}
	return nil
}
