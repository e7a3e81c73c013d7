package grafana

import (
	"github.com/obsgen/obsgen/internal/promql"
)

// grafanaUnit is the Grafana unit id for a quantity, or "" when obsgen
// cannot tell (Grafana then shows plain numbers).
func grafanaUnit(q promql.Quantity) string {
	if !q.Known || q.Constant || q.Buckets {
		return ""
	}
	if q.UnixTime {
		// Grafana's date units take milliseconds; s would draw a Unix
		// time in seconds as a duration of 56 years (lint says so).
		if q.Unit == "milliseconds" {
			return "dateTimeAsIso"
		}
		return ""
	}
	if q.PerSecond {
		switch q.Unit {
		case "bytes":
			return "Bps"
		case "kibibytes":
			return "KiBs"
		case "mebibytes":
			return "MiBs"
		case "gibibytes":
			return "GiBs"
		case "kilobytes":
			return "KBs"
		case "megabytes":
			return "MBs"
		case "gigabytes":
			return "GBs"
		case "minutes", "hours", "days":
			return ""
		case "seconds":
			return "percentunit"
		case "requests":
			return "reqps"
		case "percent", "ratio", "milliseconds":
			return ""
		}
		return "ops"
	}
	switch q.Unit {
	case "seconds":
		return "s"
	case "milliseconds":
		return "ms"
	case "minutes":
		return "m"
	case "hours":
		return "h"
	case "days":
		return "d"
	case "bytes":
		return "bytes"
	case "kibibytes":
		return "kbytes"
	case "mebibytes":
		return "mbytes"
	case "gibibytes":
		return "gbytes"
	case "kilobytes":
		return "deckbytes"
	case "megabytes":
		return "decmbytes"
	case "gigabytes":
		return "decgbytes"
	case "percent":
		return "percent"
	case "ratio":
		return "percentunit"
	}
	return "short"
}
