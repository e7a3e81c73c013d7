package pipeline

import (
	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/generators/prometheus"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
)

// Generators returns every per-service generator, in a fixed order.
func Generators() []generators.Generator {
	return []generators.Generator{
		prometheus.Generator{},
	}
}

// crossService returns files that span services (none yet).
func crossService(cs []*catalogue.Catalogue) []generators.File { return nil }

// Lint runs the catalogue-aware checks over one catalogue.
func Lint(c *catalogue.Catalogue) diag.List { return nil }
