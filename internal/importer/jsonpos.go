package importer

import (
	"bytes"
	"encoding/json"
	"strconv"
	"unicode/utf8"

	"github.com/obsgen/obsgen/internal/diag"
)

// jsonPositions knows where each value of a JSON document starts, by its
// path (panels[3].targets[0]), so what an import reports about a panel
// points at that panel's line and column, as every other diagnostic of
// obsgen does, not at the file's first line.
type jsonPositions struct {
	file string
	data []byte
	// start is each value's offset by path; ends maps the offset just
	// after each scalar value to its start (encoding/json's type errors
	// give the former).
	start map[string]int
	ends  map[int64]int
}

// indexJSON reads data's structure; a document that does not read (the
// caller reports why) yields positions of the file alone.
func indexJSON(file string, data []byte) *jsonPositions {
	p := &jsonPositions{file: file, data: data, start: map[string]int{}, ends: map[int64]int{}}
	dec := json.NewDecoder(bytes.NewReader(data))
	type frame struct {
		path   string
		object bool
		key    string // the key whose value comes next, in an object
		keyed  bool   // whether that key has been read
		index  int    // the next element's index, in an array
	}
	var stack []frame
	for {
		before := p.skipSpace(int(dec.InputOffset()))
		tok, err := dec.Token()
		if err != nil {
			return p
		}
		if d, ok := tok.(json.Delim); ok && (d == '}' || d == ']') {
			stack = stack[:len(stack)-1]
			continue
		}
		path := ""
		if n := len(stack); n > 0 {
			top := &stack[n-1]
			if top.object && !top.keyed {
				top.key, top.keyed = tok.(string), true
				continue
			}
			if top.object {
				path = joinPath(top.path, top.key)
				top.keyed = false
			} else {
				path = top.path + "[" + strconv.Itoa(top.index) + "]"
				top.index++
			}
		}
		p.start[path] = before
		switch tok {
		case json.Delim('{'):
			stack = append(stack, frame{path: path, object: true})
		case json.Delim('['):
			stack = append(stack, frame{path: path})
		default:
			p.ends[dec.InputOffset()] = before
		}
	}
}

// skipSpace returns the offset of the first byte from off that is not
// white space or a separator: where the next token starts.
func (p *jsonPositions) skipSpace(off int) int {
	for off < len(p.data) {
		switch p.data[off] {
		case ' ', '\t', '\r', '\n', ',', ':':
			off++
		default:
			return off
		}
	}
	return off
}

func joinPath(parent, key string) string {
	if parent == "" {
		return key
	}
	return parent + "." + key
}

// at returns the position of the value at path, or of the file when the
// document has none there.
func (p *jsonPositions) at(path string) diag.Pos {
	off, ok := p.start[path]
	if !ok {
		return diag.Pos{File: p.file, Path: path}
	}
	pos := p.offset(off)
	pos.Path = path
	return pos
}

// ending returns the position of the scalar value that ends at end (an
// encoding/json type error's Offset), or of the byte before end.
func (p *jsonPositions) ending(end int64) diag.Pos {
	if off, ok := p.ends[end]; ok {
		return p.offset(off)
	}
	return p.offset(int(end) - 1)
}

// offset returns the line and column (in characters) of byte off.
func (p *jsonPositions) offset(off int) diag.Pos {
	off = min(max(off, 0), len(p.data))
	line := bytes.Count(p.data[:off], []byte{'\n'}) + 1
	lineStart := bytes.LastIndexByte(p.data[:off], '\n') + 1
	return diag.Pos{File: p.file, Line: line, Col: utf8.RuneCount(p.data[lineStart:off]) + 1}
}
