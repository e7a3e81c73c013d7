package chart

import (
	"math"
	"strconv"
	"strings"
)

// Format writes a value in a Grafana unit as a panel shows it: 1.5 MiB,
// 250 ms, 12 %, 3.2 req/s. Units it does not know are written after the
// number.
func Format(v float64, unit string) string {
	switch {
	case math.IsNaN(v):
		return "no data"
	case math.IsInf(v, 0):
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	switch unit {
	case "percentunit":
		return number(v*100) + " %"
	case "percent":
		return number(v) + " %"
	case "s":
		return seconds(v)
	case "ms":
		return seconds(v / 1000)
	case "bytes":
		return scaled(v, 1024, []string{" B", " KiB", " MiB", " GiB", " TiB", " PiB"})
	case "decbytes":
		return scaled(v, 1000, []string{" B", " kB", " MB", " GB", " TB", " PB"})
	case "reqps":
		return short(v) + " req/s"
	case "ops":
		return short(v) + " ops/s"
	case "", "short", "none":
		return short(v)
	}
	return short(v) + " " + unit
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
