package promql

import "sort"

// Offsets maps each byte offset of a rewritten text (Grafana's variables
// substituted, an SLI's $window filled in) back to the text as written.
// It keeps runs, not one entry a byte: every panel query's map stays in
// the parse cache, and one int a byte was a tenth of the live memory of
// 1,000 SLOs' docs.
type Offsets struct {
	runs []offsetRun
	// n is the length of the rewritten text; end maps offset n.
	n, end int
}

// offsetRun is a run of the rewritten text from start: copied from the
// written text at orig on (each byte its own), or, fixed, standing in
// for the written text at orig (every byte maps there).
type offsetRun struct {
	start, orig int
	fixed       bool
}

// copied appends n bytes copied from the written text at orig.
func (o *Offsets) copied(n, orig int) {
	if n <= 0 {
		return
	}
	if k := len(o.runs); k > 0 {
		last := o.runs[k-1]
		if !last.fixed && last.orig+(o.n-last.start) == orig {
			o.n += n // continues the run before
			return
		}
	}
	o.runs = append(o.runs, offsetRun{start: o.n, orig: orig})
	o.n += n
}

// fixed appends n bytes that stand for the written text at orig.
func (o *Offsets) fixed(n, orig int) {
	if n <= 0 {
		return
	}
	o.runs = append(o.runs, offsetRun{start: o.n, orig: orig, fixed: true})
	o.n += n
}

// finish sets where the end of the rewritten text maps: the end of the
// written text.
func (o *Offsets) finish(end int) { o.end = end }

// Orig maps an offset of the rewritten text to the written text.
func (o *Offsets) Orig(off int) int {
	switch {
	case off < 0:
		return o.Orig(0)
	case off >= o.n || len(o.runs) == 0:
		return o.end
	}
	i := sort.Search(len(o.runs), func(i int) bool { return o.runs[i].start > off }) - 1
	r := o.runs[i]
	if r.fixed {
		return r.orig
	}
	return r.orig + off - r.start
}
