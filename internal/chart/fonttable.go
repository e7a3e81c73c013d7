package chart

import (
	"sync"
	"sync/atomic"

	"gonum.org/v1/plot/font"
)

// fontTable remembers each font a chart uses (a dozen: sizes and
// weights of one typeface) with its face and extents. Looking one up
// compares it with each, which is cheaper than hashing the font into a
// map. It is safe for concurrent use.
type fontTable struct {
	cache   *font.Cache
	mu      sync.Mutex // held to add a font
	entries atomic.Pointer[[]*fontEntry]
}

// fontEntry is a font, its number in the table, its face and extents.
type fontEntry struct {
	fnt  font.Font
	id   int
	face font.Face
	ext  font.Extents
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
	e := &fontEntry{fnt: fnt, id: len(old), face: face, ext: face.Extents()}
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
