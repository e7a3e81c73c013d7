package chart

import (
	"fmt"
	"strings"

	xfnt "golang.org/x/image/font"
	"gonum.org/v1/plot/font"
)

// fontVariant is a font variant as vgsvg writes it: gonum's variants
// that name a family (Sans, Serif, Mono) are SVG's normal.
func fontVariant(v font.Variant) string {
	str := strings.ToLower(string(v))
	switch str {
	case "smallcaps":
		return "small-caps"
	case "mono", "monospace", "sans", "sansserif", "sans-serif", "serif":
		return "normal"
	case "":
		return "none"
	}
	return str
}

// fontStyle is a font style as vgsvg writes it.
func fontStyle(sty xfnt.Style) string {
	switch sty {
	case xfnt.StyleNormal:
		return "normal"
	case xfnt.StyleItalic:
		return "italic"
	case xfnt.StyleOblique:
		return "oblique"
	}
	panic(fmt.Sprintf("chart: invalid font style %d", int(sty)))
}

// fontWeight is a font weight as vgsvg writes it.
func fontWeight(w xfnt.Weight) string {
	switch w {
	case xfnt.WeightThin:
		return "100"
	case xfnt.WeightExtraLight:
		return "200"
	case xfnt.WeightLight:
		return "300"
	case xfnt.WeightNormal:
		return "normal"
	case xfnt.WeightMedium:
		return "500"
	case xfnt.WeightSemiBold:
		return "600"
	case xfnt.WeightBold:
		return "bold"
	case xfnt.WeightExtraBold:
		return "800"
	case xfnt.WeightBlack:
		return "900"
	}
	panic(fmt.Sprintf("chart: invalid font weight %d", int(w)))
}
