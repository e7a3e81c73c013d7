// Package specload reads a service's spec folder into a catalogue: it finds
// the service folders, reads each spec file within the read boundary, the
// size limit and the run's byte budget, evaluates Jsonnet spec files in the
// sandbox, decodes them strictly, merges the files of a folder and the
// overlays of an environment (the format is package speccodec's), reads
// organisation.yaml, validates the result and derives its SLO rules,
// reporting every problem at once, positioned.
package specload
