// Package speccodec is the spec file format: it decodes a YAML document,
// or the JSON a Jsonnet spec evaluated to, strictly into a catalogue
// (unknown fields, duplicate keys and wrong types reported, positions
// kept, values evaluated from Jsonnet pointed back at their literals),
// merges the files of a service folder and an environment's overlays over
// them, encodes a catalogue back into a spec file, and derives the JSON
// Schema of the format. All of it walks the catalogue's types by their
// yaml, doc, enum and required tags, so that the format cannot drift from
// the model. It reads no files.
package speccodec
