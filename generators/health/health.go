// Package health generates a service's health checks: the health-check.sh
// script (CLI ping and HTTP check, from a text template) and the Kubernetes
// liveness, readiness and startup probes (k8s.io/api core/v1 types).
package health

import (
	"fmt"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/naming"
)

// Generator writes out/<service>/health/ and out/<service>/kubernetes/probes*.yaml.
type Generator struct{}

// Name implements generators.Generator.
func (Generator) Name() string { return "health" }

// Generate implements generators.Generator. A catalogue without a health
// section yields no files.
func (Generator) Generate(c *catalogue.Catalogue) ([]generators.File, error) {
	h := c.Health
	if h == nil {
		return nil, nil
	}
	// A service name is written into a file path, a comment and an
	// environment variable name, a variant names a file. Validation
	// enforces their shapes; the generator checks again so that an
	// unvalidated catalogue cannot break out of a comment.
	if !naming.Service.MatchString(c.Service.Name) {
		return nil, fmt.Errorf("service name %q is not safe to generate from", c.Service.Name)
	}
	var files []generators.File
	if h.CLI != nil || h.HTTP != nil {
		data, err := Script(c)
		if err != nil {
			return nil, err
		}
		files = append(files, generators.File{Path: generators.Join(c.Service.Name, "health", "health-check.sh"), Data: data, Exec: true})
	}
	for i, variant := range ProbeVariants(h) {
		data, err := ProbeFile(c, variant)
		if err != nil {
			return nil, err
		}
		name := "probes.yaml"
		if i > 0 {
			if !naming.Ident.MatchString(variant) {
				return nil, fmt.Errorf("probe variant %q cannot name a file", variant)
			}
			name = "probes-" + variant + ".yaml"
		}
		files = append(files, generators.File{Path: generators.Join(c.Service.Name, "kubernetes", name), Data: data})
	}
	return files, nil
}
