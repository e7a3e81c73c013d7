package simulate

import (
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
)

// defaultRate is a plausible steady rate per second: of a counter, or of a
// histogram's or summary's observations. Error-like counters are slow.
func defaultRate(m *catalogue.Metric) float64 {
	if troubled(m.Name) {
		return 0.2
	}
	return 5
}

// troubled reports whether a metric name counts things going wrong.
func troubled(name string) bool {
	for _, w := range []string{"error", "fail", "reject", "drop", "timeout", "suspect"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// defaultLevel is a plausible steady value of a gauge, by unit; gauges of
// trouble (suspect, failed, pending things) are zero.
func defaultLevel(m *catalogue.Metric) float64 {
	if troubled(m.Name) {
		return 0
	}
	switch m.Unit {
	case "bytes":
		return 64 << 20
	case "seconds":
		return 3
	case "ratio":
		return 0.25
	case "percent":
		return 25
	}
	return 3
}

// defaultObservation is a typical observed value of a histogram or summary.
func defaultObservation(m *catalogue.Metric) float64 {
	switch m.Unit {
	case "seconds":
		return 0.05
	case "bytes":
		return 1024
	}
	return 10
}
