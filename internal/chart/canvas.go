package chart

import (
	"bytes"
	"html"
	"image"
	"image/color"
	"math"
	"strconv"

	"golang.org/x/image/font/sfnt"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
)

// canvas is a vg.Canvas writing SVG. It writes what gonum's vgsvg writes,
// byte for byte (canvas_test.go compares them), but with strconv rather
// than fmt and with each font's description worked out once: writing
// paths and texts through fmt was a fifth of the cost of a dashboard
// preview. It does not embed fonts; fonts of the Liberation family are
// written with the families a reader has when it lacks them.
type canvas struct {
	w, h  vg.Length
	buf   bytes.Buffer
	stack []svgContext
	fonts map[font.Font]string // svg font description
	num   []byte               // scratch for numbers
}

// svgContext is the state Push saves and Pop restores.
type svgContext struct {
	color      color.Color
	dashArray  []vg.Length
	dashOffset vg.Length
	lineWidth  vg.Length
	gEnds      int
}

// prec is the significant digits of every number written, as vgsvg's.
const prec = 5

// newCanvas returns an empty SVG canvas of the given size, origin at the
// bottom left.
func newCanvas(w, h vg.Length) *canvas {
	c := &canvas{w: w, h: h, stack: []svgContext{{}}, fonts: map[font.Font]string{}}
	c.buf.WriteString("<g transform=\"scale(1, -1) translate(0, -")
	c.number(&c.buf, h.Points())
	c.buf.WriteString(")\">\n")
	vg.Initialize(c)
	return c
}

// number writes v as %.5g does.
func (c *canvas) number(b *bytes.Buffer, v float64) {
	c.num = appendNumber(c.num[:0], v, prec)
	b.Write(c.num)
}

// appendNumber appends v as fmt's %.*g writes it (precision -1 for %g):
// as strconv does, but infinities without their plus.
func appendNumber(b []byte, v float64, precision int) []byte {
	if math.IsInf(v, 1) {
		return append(b, "Inf"...)
	}
	return strconv.AppendFloat(b, v, 'g', precision, 64)
}

// Size implements vg.CanvasSizer.
func (c *canvas) Size() (w, h vg.Length) { return c.w, c.h }

func (c *canvas) context() *svgContext { return &c.stack[len(c.stack)-1] }

// SetLineWidth implements vg.Canvas.
func (c *canvas) SetLineWidth(w vg.Length) { c.context().lineWidth = w }

// SetLineDash implements vg.Canvas.
func (c *canvas) SetLineDash(dashes []vg.Length, offs vg.Length) {
	c.context().dashArray = dashes
	c.context().dashOffset = offs
}

// SetColor implements vg.Canvas.
func (c *canvas) SetColor(clr color.Color) { c.context().color = clr }

// Rotate implements vg.Canvas.
func (c *canvas) Rotate(rot float64) {
	c.transform("rotate(" + string(appendNumber(nil, rot*180/math.Pi, -1)) + ")")
}

// Translate implements vg.Canvas.
func (c *canvas) Translate(pt vg.Point) {
	c.transform("translate(" + string(appendNumber(nil, pt.X.Points(), prec)) + ", " + string(appendNumber(nil, pt.Y.Points(), prec)) + ")")
}

// Scale implements vg.Canvas.
func (c *canvas) Scale(x, y float64) {
	c.transform("scale(" + string(appendNumber(nil, x, -1)) + "," + string(appendNumber(nil, y, -1)) + ")")
}

// transform opens a group, which the next Pop closes.
func (c *canvas) transform(t string) {
	c.buf.WriteString("<g transform=\"" + t + "\">\n")
	c.context().gEnds++
}

// Push implements vg.Canvas.
func (c *canvas) Push() {
	top := *c.context()
	top.gEnds = 0
	c.stack = append(c.stack, top)
}

// Pop implements vg.Canvas.
func (c *canvas) Pop() {
	for range c.context().gEnds {
		c.buf.WriteString("</g>\n")
	}
	c.stack = c.stack[:len(c.stack)-1]
}

// Stroke implements vg.Canvas.
func (c *canvas) Stroke(path vg.Path) {
	ctx := c.context()
	if ctx.lineWidth.Points() <= 0 {
		return
	}
	var st styleWriter
	st.add("fill:none")
	if s := colorString(ctx.color); s != "none" {
		st.add("stroke:" + s)
	}
	if s := opacityString(ctx.color); s != "1" {
		st.add("stroke-opacity:" + s)
	}
	if s := string(appendNumber(nil, ctx.lineWidth.Points(), prec)); s != "1" {
		st.add("stroke-width:" + s)
	}
	if s := dashArrayString(ctx.dashArray); s != "none" {
		st.add("stroke-dasharray:" + s)
	}
	if s := string(appendNumber(nil, ctx.dashOffset.Points(), prec)); s != "0" {
		st.add("stroke-dashoffset:" + s)
	}
	c.path(path, st.String())
}

// Fill implements vg.Canvas.
func (c *canvas) Fill(path vg.Path) {
	var st styleWriter
	if s := colorString(c.context().color); s != "#000000" {
		st.add("fill:" + s)
	}
	if s := opacityString(c.context().color); s != "1" {
		st.add("fill-opacity:" + s)
	}
	c.path(path, st.String())
}

// path writes a path element as svgo does: an empty style leaves two
// spaces before the close.
func (c *canvas) path(path vg.Path, style string) {
	c.buf.WriteString("<path d=\"")
	c.pathData(path)
	c.buf.WriteString("\" ")
	if style != "" {
		c.buf.WriteString(style)
	}
	c.buf.WriteString(" />\n")
}

// FillString implements vg.Canvas. The text is escaped with
// html.EscapeString.
func (c *canvas) FillString(f font.Face, pt vg.Point, str string) {
	var st styleWriter
	st.add(c.fontDescription(f))
	if s := string(appendNumber(nil, f.Font.Size.Points(), prec)) + "px"; s != "medium" {
		st.add("font-size:" + s)
	}
	if s := colorString(c.context().color); s != "#000000" {
		st.add("fill:" + s)
	}
	b := &c.buf
	b.WriteString("<text x=\"")
	c.number(b, pt.X.Points())
	b.WriteString("\" y=\"")
	c.number(b, -pt.Y.Points())
	b.WriteString("\" transform=\"scale(1, -1)\"")
	if s := st.String(); s != "" {
		b.WriteString("\n\t" + s)
	}
	b.WriteString(">" + html.EscapeString(str) + "</text>\n")
}

// fontDescription is a font's family, variant, weight and style as vgsvg
// writes them, the Liberation Sans family followed by the families that
// share its metrics.
func (c *canvas) fontDescription(f font.Face) string {
	if d, ok := c.fonts[f.Font]; ok {
		return d
	}
	var buf sfnt.Buffer
	family, err := f.Face.Name(&buf, sfnt.NameIDFamily)
	if err != nil {
		// As vgsvg: only corrupt font data has no family name.
		panic(err)
	}
	if family == "Liberation Sans" {
		family = "'Liberation Sans',Arial,Helvetica,sans-serif"
	}
	d := "font-family:" + family + ";font-variant:" + fontVariant(f.Font.Variant) +
		";font-weight:" + fontWeight(f.Font.Weight) + ";font-style:" + fontStyle(f.Font.Style)
	c.fonts[f.Font] = d
	return d
}

// DrawImage implements vg.Canvas; no chart draws images.
func (c *canvas) DrawImage(vg.Rectangle, image.Image) {
	panic("chart: the SVG canvas draws no images")
}

// bytes returns the SVG document.
func (c *canvas) bytes() []byte {
	var out bytes.Buffer
	out.Grow(c.buf.Len() + 512)
	out.WriteString("<?xml version=\"1.0\"?>\n<!-- Generated by SVGo and Plotinum VG -->\n<svg width=\"")
	c.number(&out, c.w.Points())
	out.WriteString("pt\" height=\"")
	c.number(&out, c.h.Points())
	out.WriteString("pt\" viewBox=\"0 0 ")
	c.number(&out, c.w.Points())
	out.WriteString(" ")
	c.number(&out, c.h.Points())
	out.WriteString("\"\n\txmlns=\"http://www.w3.org/2000/svg\"\n\txmlns:xlink=\"http://www.w3.org/1999/xlink\">\n")
	out.Write(c.buf.Bytes())
	ends := 1 // the transform that moves the origin
	for _, ctx := range c.stack {
		ends += ctx.gEnds
	}
	for range ends {
		out.WriteString("</g>\n")
	}
	out.WriteString("</svg>\n")
	return out.Bytes()
}
