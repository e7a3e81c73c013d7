package catalogue

// Positions is where the spec files wrote a catalogue's values, beyond the
// Pos of each struct: the spec decoder and the loader record it; At and
// validation read it.
type Positions struct {
	// FieldPos holds, per struct position, the position of each field's
	// value (and of each item of a scalar list, as key[i], and each value
	// of a string map, as key.name, its key as key.name:key).
	FieldPos map[Pos]map[string]Pos
	// BadPos holds the positions of values decoding refused (the wrong
	// type, a misspelt field), so that validation does not also call them
	// missing.
	BadPos map[Pos]bool
	// Incomplete is set when a spec file of the folder could not be read:
	// it may hold the sections validation would otherwise call missing.
	Incomplete bool
}

// Positions returns where the spec files wrote the catalogue's values, for
// the decoder and the loader to record.
func (c *Catalogue) Positions() *Positions { return &c.positions }

// ForgetFieldPositions drops the positions of fields (FieldPos), which only
// diagnostics read: At then answers with the struct's own position. In a
// large catalogue they are a quarter of the live heap, held for nothing
// once every diagnostic is reported.
func (c *Catalogue) ForgetFieldPositions() { c.positions.FieldPos = nil }
