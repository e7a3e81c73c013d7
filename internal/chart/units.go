package chart

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// Format writes a value in a Grafana unit as a panel shows it: 1.5 MiB,
// 250 ms, 12 %, 3.2 req/s, 2.4 Mb/s. Units it does not know are written
// after the number. A time from now (dateTimeFromNow) is written as a
// date: FormatAt knows when now is.
func Format(v float64, unit string) string { return FormatAt(v, unit, time.Time{}) }

// Suffixes of the units scaled by 1000 or 1024, as Grafana writes them.
var (
	iecBytes   = []string{" B", " KiB", " MiB", " GiB", " TiB", " PiB"}
	siBytes    = []string{" B", " kB", " MB", " GB", " TB", " PB"}
	iecBits    = []string{" b", " Kib", " Mib", " Gib", " Tib", " Pib"}
	siBits     = []string{" b", " kb", " Mb", " Gb", " Tb", " Pb"}
	siBitRate  = []string{" b/s", " kb/s", " Mb/s", " Gb/s", " Tb/s", " Pb/s"}
	iecBitRate = []string{" b/s", " Kib/s", " Mib/s", " Gib/s", " Tib/s", " Pib/s"}
	siByteRate = []string{" B/s", " kB/s", " MB/s", " GB/s", " TB/s", " PB/s"}
	iecRate    = []string{" B/s", " KiB/s", " MiB/s", " GiB/s", " TiB/s", " PiB/s"}
	hertz      = []string{" Hz", " kHz", " MHz", " GHz", " THz", " PHz"}
)

// FormatAt is Format for a panel read at now: a Unix time in milliseconds
// shown from now (dateTimeFromNow) reads "3 h ago".
func FormatAt(v float64, unit string, now time.Time) string {
	switch {
	case math.IsNaN(v):
		return "no data"
	case math.IsInf(v, 0):
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	if sym, ok := timeZero[unit]; ok && v == 0 {
		return "0 " + sym // Grafana keeps a zero in its own unit: 0 µs
	}
	switch unit {
	case "percentunit":
		return number(v*100) + " %"
	case "percent":
		return number(v) + " %"
	case "ns":
		return seconds(v / 1e9)
	case "µs", "us":
		return seconds(v / 1e6)
	case "ms", "dtdurationms", "clockms":
		return seconds(v / 1000)
	case "s", "dtdurations", "clocks":
		return seconds(v)
	case "m":
		return seconds(v * 60)
	case "h":
		return seconds(v * 3600)
	case "d":
		return seconds(v * 86400)
	case "bytes":
		return scaled(v, 1024, iecBytes)
	case "decbytes":
		return scaled(v, 1000, siBytes)
	case "kbytes":
		return scaled(v*1024, 1024, iecBytes)
	case "mbytes":
		return scaled(v*1024*1024, 1024, iecBytes)
	case "deckbytes":
		return scaled(v*1000, 1000, siBytes)
	case "bits":
		return scaled(v, 1024, iecBits)
	case "decbits":
		return scaled(v, 1000, siBits)
	case "bps":
		return scaled(v, 1000, siBitRate)
	case "binbps":
		return scaled(v, 1024, iecBitRate)
	case "Bps":
		return scaled(v, 1000, siByteRate)
	case "binBps":
		return scaled(v, 1024, iecRate)
	case "hertz":
		return scaled(v, 1000, hertz)
	case "celsius":
		return number(v) + " °C"
	case "reqps":
		return short(v) + " req/s"
	case "ops":
		return short(v) + " ops/s"
	case "dateTimeAsIso", "dateTimeAsIsoNoDateIfToday", "dateTimeAsSystem", "dateTimeAsLocal":
		return unixMilli(v).Format("2006-01-02 15:04:05")
	case "dateTimeAsUS", "dateTimeAsUSNoDateIfToday":
		return unixMilli(v).Format("01/02/2006 3:04:05 pm")
	case "dateTimeFromNow":
		if now.IsZero() {
			return unixMilli(v).Format("2006-01-02 15:04:05")
		}
		return fromNow(unixMilli(v), now)
	case "", "short", "none", "locale":
		return short(v)
	}
	return short(v) + " " + unit
}

// timeZero is how a zero reads in each duration unit.
var timeZero = map[string]string{"ns": "ns", "µs": "µs", "us": "µs", "ms": "ms", "clockms": "ms", "dtdurationms": "ms", "m": "min", "h": "h", "d": "d"}

// unixMilli is a Unix time in milliseconds, in UTC.
func unixMilli(v float64) time.Time { return time.UnixMilli(int64(v)).UTC() }

// fromNow writes how long before (or after) now t is, in the unit that
// suits it: "3 h ago", "in 2 d".
func fromNow(t, now time.Time) string {
	d := now.Sub(t).Seconds()
	if d < 0 {
		return "in " + seconds(-d)
	}
	return seconds(d) + " ago"
}

// short writes a count with an SI suffix: 1.2 k, 3.4 M.
func short(v float64) string {
	return scaled(v, 1000, []string{"", " k", " M", " G", " T", " P"})
}

// scaled divides v by base until it is under base and adds the suffix.
func scaled(v, base float64, suffixes []string) string {
	i := 0
	for math.Abs(v) >= base && i < len(suffixes)-1 {
		v /= base
		i++
	}
	return number(v) + suffixes[i]
}

// seconds writes a duration in the unit that suits it.
func seconds(v float64) string {
	a := math.Abs(v)
	switch {
	case a == 0:
		return "0 s"
	case a < 1e-3:
		return number(v*1e6) + " µs"
	case a < 1:
		return number(v*1e3) + " ms"
	case a < 120:
		return number(v) + " s"
	case a < 7200:
		return number(v/60) + " min"
	case a < 2*86400:
		return number(v/3600) + " h"
	}
	return number(v/86400) + " d"
}

// number writes v with up to three significant digits, without trailing
// zeros or a negative zero.
func number(v float64) string {
	if v == 0 {
		return "0"
	}
	s := strconv.FormatFloat(v, 'f', decimals(v), 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		return "0"
	}
	return s
}

// decimals is how many decimals give three significant digits (at most 6).
func decimals(v float64) int {
	a := math.Abs(v)
	d := 2 - int(math.Floor(math.Log10(a)))
	return max(0, min(6, d))
}
