package chart

import (
	"sync"
	"sync/atomic"

	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
)

// fontTable remembers each font a chart uses (a dozen: sizes and
// weights of one typeface) with its face, extents and measured texts. Looking one up
// compares it with each, which is cheaper than hashing the font into a
// map. It is safe for concurrent use.
type fontTable struct {
	cache   *font.Cache
	mu      sync.Mutex // held to add a font
	entries atomic.Pointer[[]*fontEntry]
}

// fontEntry is a font, its face and extents, and the widths of the texts
// measured in it.
type fontEntry struct {
	fnt  font.Font
	face font.Face
	ext  font.Extents

	mu     sync.RWMutex
	widths map[string]vg.Length
}

// width measures one line of text, once.
func (e *fontEntry) width(txt string) vg.Length {
	e.mu.RLock()
	w, ok := e.widths[txt]
	e.mu.RUnlock()
	if ok {
		return w
	}
	w = e.face.Width(txt)
	e.mu.Lock()
	e.widths[txt] = w
	e.mu.Unlock()
	return w
}

// lookup returns the entry of fnt, adding it the first time.
func (t *fontTable) lookup(fnt font.Font) *fontEntry {
	if e := t.find(fnt); e != nil {
		return e
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if e := t.find(fnt); e != nil {
		return e
	}
	var old []*fontEntry
	if p := t.entries.Load(); p != nil {
		old = *p
	}
	face := t.cache.Lookup(fnt, fnt.Size)
	e := &fontEntry{fnt: fnt, face: face, ext: face.Extents(), widths: map[string]vg.Length{}}
	entries := append(append(make([]*fontEntry, 0, len(old)+1), old...), e)
	t.entries.Store(&entries)
	return e
}

// find returns the entry of fnt, or nil.
func (t *fontTable) find(fnt font.Font) *fontEntry {
	p := t.entries.Load()
	if p == nil {
		return nil
	}
	for _, e := range *p {
		if e.fnt.Size == fnt.Size && e.fnt == fnt {
			return e
		}
	}
	return nil
}
