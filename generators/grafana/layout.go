package grafana

import (
	"github.com/obsgen/obsgen/internal/catalogue"
)

// gridWidth is the width of Grafana's dashboard grid.
const gridWidth = 24

// maxPerLine is how many automatically sized panels share a line.
const maxPerLine = 4

// box is a panel's place on the grid, in grid units.
type box struct{ x, y, w, h int }

// defaultHeight is the height of a panel of type typ without one in the spec.
func defaultHeight(typ string) int {
	switch typ {
	case "stat", "text":
		return 5
	case "gauge", "bargauge":
		return 6
	}
	return 8
}

// layoutPanels places the panels of one row on lines starting at y and
// returns their boxes and the y below the last line. Panels without a
// width share lines evenly, at most four to a line (three panels are 8
// wide, five are 8+8+8 and 12+12); panels with one keep it and wrap when
// the line is full. Panels without a height take the tallest default
// height of their line, so each line is even.
func layoutPanels(panels []catalogue.Panel, y int) ([]box, int) {
	widths := panelWidths(panels)
	boxes := make([]box, len(panels))
	start, x := 0, 0
	flush := func(end int) {
		if end == start {
			return
		}
		lineH := 0
		for i := start; i < end; i++ {
			lineH = max(lineH, requestedHeight(panels[i]))
		}
		for i := start; i < end; i++ {
			h := lineH
			if panels[i].Height > 0 {
				h = min(panels[i].Height, 100)
			}
			boxes[i].y, boxes[i].h = y, h
		}
		y += lineH
		start = end
	}
	for i := range panels {
		w := widths[i]
		if x+w > gridWidth {
			flush(i)
			x = 0
		}
		boxes[i].x, boxes[i].w = x, w
		x += w
	}
	flush(len(panels))
	return boxes, y
}

// requestedHeight is the spec's height or the type's default.
func requestedHeight(p catalogue.Panel) int {
	if p.Height > 0 {
		return min(p.Height, 100)
	}
	return defaultHeight(p.Type)
}

// panelWidths gives every panel its width: the spec's (clamped to the
// grid), or an even share of its line.
func panelWidths(panels []catalogue.Panel) []int {
	n := len(panels)
	out := make([]int, n)
	allAuto := true
	for _, p := range panels {
		if p.Width > 0 {
			allAuto = false
		}
	}
	if allAuto && n > 0 {
		lines := (n + maxPerLine - 1) / maxPerLine
		i := 0
		for l := range lines {
			k := n / lines
			if l < n%lines {
				k++
			}
			for range k {
				out[i] = gridWidth / k
				i++
			}
		}
		return out
	}
	auto := gridWidth / min(max(n, 1), maxPerLine)
	for i, p := range panels {
		switch {
		case p.Width <= 0:
			out[i] = auto
		case p.Width > gridWidth:
			out[i] = gridWidth
		default:
			out[i] = p.Width
		}
	}
	return out
}
