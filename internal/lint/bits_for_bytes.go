package lint

import (
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/promql"
)

// bitsForBytes finds panels that show bytes in a unit of bits, or bits
// in a unit of bytes.
var bitsForBytes = &Check{
	Code:     "bits-for-bytes",
	Severity: diag.Warning,
	Docs: "A panel's unit counts bits (bps, bits) where its query measures bytes, by the catalogue's units, so every value reads " +
		"8 times too low (ncabatoff's process-exporter Disk I/O in bps), or bytes where it measures bits, 8 times too high: " +
		"multiply by 8 for bits (rate(x_bytes_total[5m]) * 8 in bps), or show bytes in a unit of bytes (Bps).",
	run: func(x *Context, r *reporter) {
		for _, e := range x.Exprs {
			if e.Kind != KindPanel || e.Panel == nil {
				continue
			}
			unit := panelQueryUnit(e)
			shown, ok := dataUnits[unit]
			if !ok {
				continue
			}
			q := promql.Measure(e.Root(), x.resolver)
			measured, ok := measuredData[q.Unit]
			if !q.Known || q.Constant || q.Buckets || !ok || measured == shown {
				continue
			}
			way := "8 times too low"
			fix := "multiply by 8 (… * 8) for bits, or show it in " + bytesUnit(q.PerSecond)
			if measured == "bits" {
				way, fix = "8 times too high", "divide by 8 for bytes, or show it in "+bitsUnit(q.PerSecond)
			}
			r.at(e.Src.Pos, 0, "%s is in %s (%s), but its query measures %s: every value reads %s; %s",
				panelName(e), unit, shown, measured, way, fix)
		}
	},
}

// panelQueryUnit is the Grafana unit a panel query's series are shown in:
// its own, else its panel's.
func panelQueryUnit(e *Expression) string {
	for _, q := range e.Panel.Queries {
		if q.Expr.Pos == e.Src.Pos && q.Unit != "" {
			return q.Unit
		}
	}
	return e.Panel.Unit
}

// dataUnits are Grafana's units of data and data rates, each counting
// bits or bytes.
var dataUnits = map[string]string{
	"bps": "bits", "binbps": "bits", "bits": "bits", "decbits": "bits",
	"Kbits": "bits", "Kibits": "bits", "Mbits": "bits", "Mibits": "bits", "Gbits": "bits", "Gibits": "bits", "Tbits": "bits", "Tibits": "bits",
	"Bps": "bytes", "binBps": "bytes", "bytes": "bytes", "decbytes": "bytes",
	"kbytes": "bytes", "deckbytes": "bytes", "mbytes": "bytes", "decmbytes": "bytes", "gbytes": "bytes", "decgbytes": "bytes",
	"tbytes": "bytes", "dectbytes": "bytes", "pbytes": "bytes", "decpbytes": "bytes",
	"KiBs": "bytes", "KBs": "bytes", "MiBs": "bytes", "MBs": "bytes", "GiBs": "bytes", "GBs": "bytes", "TiBs": "bytes", "TBs": "bytes",
}

// measuredData are the catalogue units (and those promql.Measure scales
// them to) that count bits or bytes.
var measuredData = map[string]string{
	"bits":  "bits",
	"bytes": "bytes", "kibibytes": "bytes", "mebibytes": "bytes", "gibibytes": "bytes",
	"kilobytes": "bytes", "megabytes": "bytes", "gigabytes": "bytes",
}

// bytesUnit and bitsUnit name the Grafana unit of bytes or bits, or of
// their rate.
func bytesUnit(rate bool) string {
	if rate {
		return "Bps"
	}
	return "bytes"
}

func bitsUnit(rate bool) string {
	if rate {
		return "bps"
	}
	return "bits"
}
