package logging

import (
	"bytes"
	"fmt"

	toml "github.com/pelletier/go-toml/v2"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/naming"
)

// VectorConfig is the part of Vector's configuration obsgen writes:
// components by kind, each keyed by its id.
type VectorConfig struct {
	Sources    map[string]VectorSource    `toml:"sources" yaml:"sources"`
	Transforms map[string]VectorTransform `toml:"transforms,omitempty" yaml:"transforms,omitempty"`
	Sinks      map[string]VectorSink      `toml:"sinks" yaml:"sinks"`
}

// VectorSource is a docker_logs, file or kubernetes_logs source.
type VectorSource struct {
	Type               string   `toml:"type" yaml:"type"`
	IncludeContainers  []string `toml:"include_containers,omitempty" yaml:"include_containers,omitempty"`
	Include            []string `toml:"include,omitempty" yaml:"include,omitempty"`
	ExtraLabelSelector string   `toml:"extra_label_selector,omitempty" yaml:"extra_label_selector,omitempty"`
}

// VectorTransform is a remap transform running a VRL program.
type VectorTransform struct {
	Type   string   `toml:"type" yaml:"type"`
	Inputs []string `toml:"inputs" yaml:"inputs"`
	Source string   `toml:"source" yaml:"source"`
}

// VectorSink is an elasticsearch, loki or file sink.
type VectorSink struct {
	Type      string            `toml:"type" yaml:"type"`
	Inputs    []string          `toml:"inputs" yaml:"inputs"`
	Endpoints []string          `toml:"endpoints,omitempty" yaml:"endpoints,omitempty"` // elasticsearch: replaces the deprecated endpoint
	Endpoint  string            `toml:"endpoint,omitempty" yaml:"endpoint,omitempty"`
	Path      string            `toml:"path,omitempty" yaml:"path,omitempty"`
	Bulk      *VectorBulk       `toml:"bulk,omitempty" yaml:"bulk,omitempty"`
	Encoding  *VectorEncoding   `toml:"encoding,omitempty" yaml:"encoding,omitempty"`
	Labels    map[string]string `toml:"labels,omitempty" yaml:"labels,omitempty"`
}

// VectorBulk is the elasticsearch sink's bulk options; bulk.index replaced
// the sink's deprecated top-level index option.
type VectorBulk struct {
	Index string `toml:"index" yaml:"index"`
}

// VectorEncoding is a sink's codec.
type VectorEncoding struct {
	Codec string `toml:"codec" yaml:"codec"`
}

// parsers maps a log format to the remap transform that parses it: its id
// and VRL program. The page's json_parser transform no longer exists in
// Vector; remap with parse_json replaces it. Text logs are not parsed.
var parsers = map[string]struct{ id, program string }{
	"json":   {"parse_json", ". = parse_json!(.message)"},
	"logfmt": {"parse_logfmt", ". = parse_logfmt!(.message)"},
}

// Vector builds the Vector pipeline: source → remap (when the format is
// parsed) → sinks.
func Vector(c *catalogue.Catalogue) (VectorConfig, error) {
	l := c.Logging
	vec := l.Shipping.Vector
	src := Tag(c)
	cfg := VectorConfig{
		Sources: map[string]VectorSource{src: {Type: vec.Source}},
		Sinks:   map[string]VectorSink{},
	}
	source := cfg.Sources[src]
	switch vec.Source {
	case "docker_logs":
		source.IncludeContainers = append([]string(nil), vec.Containers...)
	case "file":
		source.Include = append([]string(nil), vec.Paths...)
	case "kubernetes_logs":
		source.ExtraLabelSelector = vec.LabelSelector
	default:
		return cfg, fmt.Errorf("vector source %q is not docker_logs, file or kubernetes_logs", vec.Source)
	}
	cfg.Sources[src] = source
	ids := map[string]string{src: "the source"}
	input := src
	codec := "text"
	if p, ok := parsers[l.Format]; ok {
		cfg.Transforms = map[string]VectorTransform{p.id: {Type: "remap", Inputs: []string{src}, Source: p.program}}
		if ids[p.id] != "" {
			return cfg, fmt.Errorf("vector component id %q is used twice", p.id)
		}
		ids[p.id] = "the parser"
		input = p.id
		codec = "json"
	}
	if len(vec.Sinks) == 0 {
		return cfg, fmt.Errorf("vector pipeline has no sinks")
	}
	for _, s := range vec.Sinks {
		id := s.Name
		if id == "" {
			id = s.Type
		}
		if !naming.Component.MatchString(id) {
			return cfg, fmt.Errorf("vector sink id %q must be letters, digits, - and _", id)
		}
		if what := ids[id]; what != "" {
			return cfg, fmt.Errorf("vector sink id %q is already %s", id, what)
		}
		ids[id] = "a sink"
		sink := VectorSink{Type: s.Type, Inputs: []string{input}}
		switch s.Type {
		case "elasticsearch":
			if _, _, err := endpoint(s.Endpoint); err != nil {
				return cfg, err
			}
			sink.Endpoints = []string{s.Endpoint}
			if s.Index != "" {
				sink.Bulk = &VectorBulk{Index: s.Index}
			}
		case "loki":
			if _, _, err := endpoint(s.Endpoint); err != nil {
				return cfg, err
			}
			sink.Endpoint = s.Endpoint
			sink.Encoding = &VectorEncoding{Codec: codec}
			sink.Labels = s.Labels
		case "file":
			sink.Path = s.Path
			sink.Encoding = &VectorEncoding{Codec: codec}
		default:
			return cfg, fmt.Errorf("sink type %q is not elasticsearch, loki or file", s.Type)
		}
		cfg.Sinks[id] = sink
	}
	return cfg, nil
}

// VectorFiles renders vector.toml and vector.yaml from one VectorConfig.
func VectorFiles(c *catalogue.Catalogue) (tomlData, yamlData []byte, err error) {
	cfg, err := Vector(c)
	if err != nil {
		return nil, nil, err
	}
	header := generators.Header(c.Service.Name, "#")
	if c.Logging.Format == "json" {
		header += "# Parsing uses a remap transform with VRL's parse_json: the json_parser\n" +
			"# transform the page shows no longer exists in Vector.\n"
	}
	var b bytes.Buffer
	b.WriteString(header)
	enc := toml.NewEncoder(&b)
	enc.SetIndentTables(false)
	if err := enc.Encode(cfg); err != nil {
		return nil, nil, err
	}
	yamlData, err = generators.YAML(header, cfg)
	if err != nil {
		return nil, nil, err
	}
	return b.Bytes(), yamlData, nil
}
