// Package specload reads a service's spec folder into a catalogue: it finds
// the service folders, reads each spec file within the read boundary, the
// size limit and the run's byte budget, evaluates Jsonnet spec files in the
// sandbox, decodes them strictly, merges the files of a folder and the
// overlays of an environment, reads organisation.yaml, and validates the
// result, reporting every problem at once, positioned.
package specload
