// Package chart draws obsgen's pictures as SVG with gonum/plot: time
// series with thresholds and alert states, stat numbers, heatmap cells and
// a dashboard's panels at their grid positions. It only draws: callers
// hand it numbers already evaluated.
//
// Every picture is deterministic byte for byte (goldens pin it) and
// self-contained: a light card with its own background, border and dark
// text, so it reads the same on a light or a dark page. Fonts are named,
// not embedded (the Liberation fonts gonum measures with are metric
// compatible with Arial and Helvetica, which the SVG names as fallbacks),
// which keeps a picture to tens of kilobytes. The SVG is written by the
// package's own canvas, which writes what gonum's vgsvg does, faster and
// smaller.
package chart
