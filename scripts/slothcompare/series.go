package main

import (
	"math"
	"strconv"
	"strings"
)

// episode is a stretch of minutes [from, to) with a bad ratio.
type episode struct {
	from, to int
	ratio    float64
}

func day(d float64) int { return int(d * 24 * 60) }

// The input series: requests at 1,000 a minute; errors, slow requests and
// failed scrapes at a low background rate (with a deterministic wobble)
// and in episodes that cross each alert's burn rates, for short and long
// stretches.
var (
	errorEpisodes = []episode{
		{day(1), day(1) + 90, 0.02},            // 20x: pages within minutes
		{day(1.5), day(1.5) + 8*60, 0.007},     // 7x for 8h: the 6h page
		{day(2.25), day(2.25) + 30*60, 0.0035}, // 3.5x for 30h: a ticket
		{day(3.2), day(3.2) + 40, 0.05},        // 50x burst
		{day(3.5), day(3.5) + 20*60, 0.0009},   // just under budget
	}
	slowEpisodes = []episode{
		{day(0.7), day(0.7) + 2*60, 0.2},
		{day(1.9), day(1.9) + 10*60, 0.08},
		{day(2.6), day(2.6) + 26*60, 0.04},
	}
	downEpisodes = []episode{
		{day(1.2), day(1.2) + 10, 1},
		{day(2.7), day(2.7) + 120, 1},
		{day(3.6), day(3.6) + 45, 1},
	}
)

// ratioAt is the bad ratio in minute t: an episode's, or the background
// with a wobble of ±50 %.
func ratioAt(eps []episode, background float64, t int) float64 {
	for _, e := range eps {
		if t >= e.from && t < e.to {
			return e.ratio
		}
	}
	return background * (1 + 0.5*math.Sin(float64(t)/37))
}

// inputSeries writes the promqltest load command.
func inputSeries() string {
	n := days * 24 * 60
	var requests, errors, count, bucket, up []string
	var req, errs, cnt, bkt float64
	for t := 0; t <= n; t++ {
		if t > 0 {
			req += 1000
			errs += 1000 * ratioAt(errorEpisodes, 0.0002, t)
			cnt += 1000
			bkt += 1000 * (1 - ratioAt(slowEpisodes, 0.002, t))
		}
		requests = append(requests, num(req))
		errors = append(errors, num(errs))
		count = append(count, num(cnt))
		bucket = append(bucket, num(bkt))
		v := 1.0
		if ratioAt(downEpisodes, 0, t) >= 1 || t%360 == 7 { // and a failed scrape every 6h
			v = 0
		}
		up = append(up, num(v))
	}
	var b strings.Builder
	b.WriteString("load 1m\n")
	line := func(series string, values []string) {
		b.WriteString("  " + series + " " + strings.Join(values, " ") + "\n")
	}
	line(`rstmdb_requests_total{job="rstmdb", instance="a", op="get"}`, requests)
	line(`rstmdb_requests_errors_total{job="rstmdb", instance="a", op="get", code="500"}`, errors)
	line(`rstmdb_requests_duration_seconds_count{job="rstmdb", instance="a", op="get"}`, count)
	line(`rstmdb_requests_duration_seconds_bucket{job="rstmdb", instance="a", op="get", le="0.25"}`, bucket)
	line(`up{job="rstmdb", instance="a"}`, up)
	return b.String()
}

func num(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }
