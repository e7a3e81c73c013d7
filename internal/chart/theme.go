package chart

import (
	"image/color"
	"strconv"
	"strings"

	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
)

// The card: a light background with a border and dark text, readable on
// light and dark pages alike.
var (
	cardColor   = rgb(0xFFFFFF)
	borderColor = rgb(0xD0D7DE)
	textColor   = rgb(0x1F2328)
	mutedColor  = rgb(0x59636E)
	gridColor   = rgb(0xEAEEF2)
	panelColor  = rgb(0xF6F8FA)
	// thresholdColor draws a constant an alert compares with.
	thresholdColor = rgb(0xCF222E)
	// pendingColor and firingColor shade the times an alert was pending
	// and firing.
	pendingColor = color.NRGBA{R: 0xD4, G: 0xA7, B: 0x2C, A: 0x40}
	firingColor  = color.NRGBA{R: 0xCF, G: 0x22, B: 0x2E, A: 0x38}
)

// palette colours series in order: Okabe and Ito's colour-blind-safe
// set, darkened where needed to read on white.
var palette = []color.Color{
	rgb(0x0072B2), rgb(0xD55E00), rgb(0x009E73), rgb(0xCC79A7),
	rgb(0xE69F00), rgb(0x56B4E9), rgb(0x7F7F7F), rgb(0x000000),
}

// seriesColor is the colour of the i-th series.
func seriesColor(i int) color.Color { return palette[i%len(palette)] }

func rgb(v uint32) color.Color {
	return color.NRGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xFF}
}

// sans is the font of every text, at a size in points.
func sans(size vg.Length) font.Font {
	return font.Font{Typeface: "Liberation", Variant: "Sans", Size: size}
}

// grafanaColors are Grafana's named colours, as dark as reads on the
// card's white.
var grafanaColors = map[string]color.Color{
	"green": rgb(0x1A7F37), "red": rgb(0xCF222E), "orange": rgb(0xBC4C00), "yellow": rgb(0x9A6700),
	"blue": rgb(0x0969DA), "purple": rgb(0x8250DF), "text": textColor, "transparent": mutedColor,
}

// grafanaColor returns the colour a Grafana colour name (green,
// dark-green, semi-dark-red) or #rrggbb stands for, else or.
func grafanaColor(name string, or color.Color) color.Color {
	name = strings.ToLower(strings.TrimSpace(name))
	for _, shade := range []string{"super-light-", "light-", "semi-dark-", "dark-"} {
		name = strings.TrimPrefix(name, shade)
	}
	if c, ok := grafanaColors[name]; ok {
		return c
	}
	if hex, ok := strings.CutPrefix(name, "#"); ok && len(hex) == 6 {
		if v, err := strconv.ParseUint(hex, 16, 32); err == nil {
			return rgb(uint32(v))
		}
	}
	return or
}
