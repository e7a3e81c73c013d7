// Package logging generates a service's log shipping configurations: a
// Fluentd fluent.conf (a typed model of directives written by a small
// quoting writer) and Vector's vector.toml and vector.yaml (typed structs
// encoded with go-toml and yaml).
package logging

import (
	"fmt"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/naming"
)

// Generator writes out/<service>/logging/.
type Generator struct{}

// Name implements generators.Generator.
func (Generator) Name() string { return "logging" }

// Generate implements generators.Generator. A catalogue without log
// shipping yields no files.
func (Generator) Generate(c *catalogue.Catalogue) ([]generators.File, error) {
	if c.Logging == nil || c.Logging.Shipping == nil {
		return nil, nil
	}
	// Validation enforces the names' shapes; the generator checks again
	// so that an unvalidated catalogue cannot inject lines.
	if !naming.Service.MatchString(c.Service.Name) {
		return nil, fmt.Errorf("service name %q is not safe to generate from", c.Service.Name)
	}
	if tag := Tag(c); !naming.Component.MatchString(tag) {
		return nil, fmt.Errorf("shipping tag %q must be letters, digits, - and _", tag)
	}
	dir := generators.Join(c.Service.Name, "logging")
	var files []generators.File
	if c.Logging.Shipping.Fluentd != nil {
		data, err := FluentConf(c)
		if err != nil {
			return nil, err
		}
		files = append(files, generators.File{Path: generators.Join(dir, "fluent.conf"), Data: data})
	}
	if c.Logging.Shipping.Vector != nil {
		toml, yaml, err := VectorFiles(c)
		if err != nil {
			return nil, err
		}
		files = append(files,
			generators.File{Path: generators.Join(dir, "vector.toml"), Data: toml},
			generators.File{Path: generators.Join(dir, "vector.yaml"), Data: yaml})
	}
	return files, nil
}

// Tag is the shipping tag: the Fluentd tag prefix and the Vector source id;
// default the service name.
func Tag(c *catalogue.Catalogue) string {
	if sh := c.Logging.Shipping; sh != nil && sh.Tag != "" {
		return sh.Tag
	}
	return c.Service.Name
}
