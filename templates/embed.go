// Package templates holds the text/template assets obsgen renders for
// formats that have no Go model: Markdown docs, fluent.conf, shell scripts.
// Each generator's templates live in a sub-folder named after it.
package templates

import "embed"

// FS holds every template, by path relative to this folder (e.g.
// "docs/monitoring.md.tmpl").
//
//go:embed */*.tmpl
var FS embed.FS

// Jsonnet holds the Jsonnet libraries spec files may import without -J
// (e.g. "jsonnet/obsgen.libsonnet").
//
//go:embed jsonnet/*.libsonnet
var Jsonnet embed.FS
