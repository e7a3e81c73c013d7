// Package generators defines what every artifact generator returns: files
// relative to the output folder, built in memory, with no I/O.
package generators

import (
	"github.com/obsgen/obsgen/internal/catalogue"
)

// File is one generated artifact. Path is slash-separated and relative to the
// output folder (out/), for example "rstmdb/prometheus/alerts.yaml".
type File struct {
	Path string
	Data []byte
	// Exec marks a program (the health script): written executable.
	Exec bool
}

// Generator turns a validated catalogue into files. Implementations are pure:
// they read nothing but the catalogue and print nothing.
type Generator interface {
	// Name is a short stable identifier such as "prometheus" or "grafana".
	Name() string
	// Generate returns the generator's files for one service.
	Generate(c *catalogue.Catalogue) ([]File, error)
}

// Quoting is a generator whose files quote other generators' files (the
// docs embed the rule files, scrape configs and scripts). The pipeline calls
// GenerateQuoting with the files the service's other generators produced,
// so nothing is generated twice. The caller gives generated up: the
// generator may clear it once it has taken what it quotes, so that what it
// does not quote is not held while it works.
type Quoting interface {
	Generator
	GenerateQuoting(c *catalogue.Catalogue, generated []File) ([]File, error)
}

// Emitting is a quoting generator that can hand out its files as it makes
// them, instead of returning them all at once, so that a caller that has
// no further use for them need not hold them all (the docs of a large
// service are most of its output). GenerateQuotingTo calls emit once per
// file, from several goroutines at once, and stops at emit's first error.
type Emitting interface {
	Quoting
	GenerateQuotingTo(c *catalogue.Catalogue, generated []File, emit func(File) error) error
}
