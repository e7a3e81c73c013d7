package chart

import (
	"fmt"
	"image/color"
	"math"
	"strconv"
	"strings"

	"gonum.org/v1/plot/vg"
)

// pathData writes a path's d attribute as vgsvg does, but for the
// vertices inside a straight horizontal or vertical run of lines
// (midway), which it leaves out: a flat series of a thousand samples is
// one line, drawn the same.
func (c *canvas) pathData(path vg.Path) {
	var x, y float64
	for i, comp := range path {
		switch comp.Type {
		case vg.MoveComp, vg.LineComp:
			cmd := byte('L')
			if comp.Type == vg.MoveComp {
				cmd = 'M'
			} else if i > 0 && i+1 < len(path) && path[i+1].Type == vg.LineComp && midway(x, y, comp.Pos, path[i+1].Pos) {
				continue // the current point stays where it is
			}
			x, y = comp.Pos.X.Points(), comp.Pos.Y.Points()
			c.point(cmd, x, y)
		case vg.ArcComp:
			r := comp.Radius.Points()
			sin, cos := math.Sincos(comp.Start)
			x0 := comp.Pos.X.Points() + r*cos
			y0 := comp.Pos.Y.Points() + r*sin
			if x0 != x || y0 != y {
				c.point('L', x0, y0)
			}
			if math.Abs(comp.Angle) >= 2*math.Pi {
				x, y = c.circle(&comp)
			} else {
				x, y = c.arc(&comp)
			}
		case vg.CurveComp:
			switch len(comp.Control) {
			case 1:
				c.point('Q', comp.Control[0].X.Points(), comp.Control[0].Y.Points())
			case 2:
				c.point('C', comp.Control[0].X.Points(), comp.Control[0].Y.Points())
				c.point(',', comp.Control[1].X.Points(), comp.Control[1].Y.Points())
			default:
				panic("chart: invalid number of control points")
			}
			x, y = comp.Pos.X.Points(), comp.Pos.Y.Points()
			c.point(',', x, y)
		case vg.CloseComp:
			c.buf.WriteByte('Z')
		default:
			panic("chart: unknown path component type " + strconv.Itoa(comp.Type))
		}
	}
}

// midway reports whether the line from x,y through p to next is one
// straight horizontal or vertical line on which p lies strictly between
// its ends: the line from x,y to next draws the same.
func midway(x, y float64, p, next vg.Point) bool {
	px, py, nx, ny := p.X.Points(), p.Y.Points(), next.X.Points(), next.Y.Points()
	switch {
	case y == py && py == ny:
		return between(x, px, nx)
	case x == px && px == nx:
		return between(y, py, ny)
	}
	return false
}

// between reports whether b lies strictly between a and c.
func between(a, b, c float64) bool { return a < b && b < c || a > b && b > c }

// point writes a command (or a comma) and a point, x,y.
func (c *canvas) point(cmd byte, x, y float64) {
	c.buf.WriteByte(cmd)
	c.number(c.buf, x)
	c.buf.WriteByte(',')
	c.number(c.buf, y)
}

// circle writes a full circle as two arcs (SVG draws no arc that ends
// where it starts) and returns where it ends.
func (c *canvas) circle(comp *vg.PathComp) (x, y float64) {
	angle := 2 * math.Pi
	if comp.Angle < 0 {
		angle = -2 * math.Pi
	}
	angle += remainder(comp.Angle, 2*math.Pi)
	if angle >= 4*math.Pi {
		panic("chart: impossible angle")
	}
	s0, c0 := math.Sincos(comp.Start + 0.5*angle)
	s1, c1 := math.Sincos(comp.Start + angle)
	r := comp.Radius.Points()
	x0 := comp.Pos.X.Points() + r*c0
	y0 := comp.Pos.Y.Points() + r*s0
	x = comp.Pos.X.Points() + r*c1
	y = comp.Pos.Y.Points() + r*s1
	c.arcTo(r, angle/2, x0, y0)
	c.arcTo(r, angle/2, x, y)
	return x, y
}

// remainder is x/y's remainder, as vgsvg works it out.
func remainder(x, y float64) float64 {
	return (x/y - math.Trunc(x/y)) * y
}

// arc writes an arc of less than a full circle and returns where it ends.
func (c *canvas) arc(comp *vg.PathComp) (x, y float64) {
	r := comp.Radius.Points()
	sin, cos := math.Sincos(comp.Start + comp.Angle)
	x = comp.Pos.X.Points() + r*cos
	y = comp.Pos.Y.Points() + r*sin
	c.arcTo(r, comp.Angle, x, y)
	return x, y
}

// arcTo writes an arc of radius r turning angle to x,y.
func (c *canvas) arcTo(r, angle, x, y float64) {
	large, sweep := "0", "1"
	if math.Abs(angle) >= math.Pi {
		large = "1"
	}
	if angle < 0 {
		sweep = "0"
	}
	c.point('A', r, r)
	c.buf.WriteString(" 0 " + large + " " + sweep + " ")
	c.number(c.buf, x)
	c.buf.WriteByte(',')
	c.number(c.buf, y)
}

// styleWriter joins style elements with semicolons.
type styleWriter struct{ elms []string }

func (s *styleWriter) add(e string) { s.elms = append(s.elms, e) }

// String is the declarations of the style, or "" without elements.
func (s *styleWriter) String() string { return strings.Join(s.elms, ";") }

// colorString is a colour in hexadecimal, as vgsvg writes it.
func colorString(clr color.Color) string {
	if clr == nil {
		clr = color.Black
	}
	r, g, b, a16 := clr.RGBA()
	a := 255.0 / float64(a16)
	const hex = "0123456789ABCDEF"
	out := []byte{'#', 0, 0, 0, 0, 0, 0}
	for i, v := range []uint32{r, g, b} {
		n := int(float64(v) * a)
		if n < 0 || n > 255 {
			// Out of range (no alpha): as %02X would write it.
			return colorStringSlow(r, g, b, a)
		}
		out[1+2*i], out[2+2*i] = hex[n>>4], hex[n&15]
	}
	return string(out)
}

// opacityString is a colour's opacity, as vgsvg writes it.
func opacityString(clr color.Color) string {
	if clr == nil {
		clr = color.Black
	}
	_, _, _, a := clr.RGBA()
	return string(appendNumber(nil, float64(a)/math.MaxUint16, prec))
}

// dashArrayString is the dash pattern, or none.
func dashArrayString(dashes []vg.Length) string {
	if len(dashes) == 0 {
		return "none"
	}
	var b []byte
	for i, d := range dashes {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendNumber(b, d.Points(), prec)
	}
	return string(b)
}

// colorStringSlow writes a colour channel out of range as vgsvg does.
func colorStringSlow(r, g, b uint32, a float64) string {
	return fmt.Sprintf("#%02X%02X%02X", int(float64(r)*a), int(float64(g)*a), int(float64(b)*a))
}
