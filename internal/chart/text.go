package chart

import (
	"image/color"
	"strings"

	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// style is a text style of the given size and colour, aligned by its
// left edge and top.
func style(size vg.Length, clr color.Color) text.Style {
	return text.Style{
		Color:   clr,
		Font:    sans(size),
		XAlign:  draw.XLeft,
		YAlign:  draw.YTop,
		Handler: texts,
	}
}

// slack widens measured text: a reader without the Liberation fonts sees
// a fallback such as DejaVu Sans, up to a fifth wider.
const slack = 1.2

// width is the width of s in a style, with slack for fallback fonts.
func width(sty text.Style, s string) vg.Length { return sty.Width(s) * slack }

// fit shortens s with an ellipsis until it is at most w wide.
func fit(sty text.Style, s string, w vg.Length) string {
	if width(sty, s) <= w {
		return s
	}
	// The longest prefix that fits with the ellipsis, by bisection.
	r := []rune(s)
	lo, hi := 0, len(r)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if width(sty, string(r[:mid])+"…") <= w {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if lo == 0 {
		return ""
	}
	return string(r[:lo]) + "…"
}

// lineHeight is the height of one line of text in a style.
func lineHeight(sty text.Style) vg.Length { return sty.Height("Ag") }

// wrap breaks s into lines at most w wide, at spaces.
func wrap(sty text.Style, s string, w vg.Length) []string {
	var out []string
	for _, para := range strings.Split(s, "\n") {
		line := ""
		for _, word := range strings.Fields(para) {
			next := strings.TrimSpace(line + " " + word)
			if line != "" && width(sty, next) > w {
				out = append(out, line)
				next = word
			}
			line = next
		}
		out = append(out, fit(sty, line, w))
	}
	return out
}
