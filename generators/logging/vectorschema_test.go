package logging

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	toml "github.com/pelletier/go-toml/v2"
	"go.yaml.in/yaml/v3"
)

// Vector cannot be installed here. The tests decode vector.toml and
// vector.yaml strictly into the model below instead: the top level may hold
// only sources, transforms and sinks; each component is decoded by its type
// into a struct listing the options of Vector's reference documentation
// (vector.dev/docs/reference/configuration) that obsgen could write, with
// unknown keys refused; and each component's required options are checked.
// Removed or deprecated options (json_parser, the elasticsearch sink's
// top-level index and endpoint) are not in the model, so they fail.

// vectorTop is a Vector configuration file's top level.
type vectorTop struct {
	Sources    map[string]map[string]any `toml:"sources" yaml:"sources"`
	Transforms map[string]map[string]any `toml:"transforms" yaml:"transforms"`
	Sinks      map[string]map[string]any `toml:"sinks" yaml:"sinks"`
}

type vecDockerLogs struct {
	Type              string   `json:"type"`
	IncludeContainers []string `json:"include_containers"`
	ExcludeContainers []string `json:"exclude_containers"`
	IncludeImages     []string `json:"include_images"`
	IncludeLabels     []string `json:"include_labels"`
	DockerHost        string   `json:"docker_host"`
}

type vecFile struct {
	Type     string   `json:"type"`
	Include  []string `json:"include"`
	Exclude  []string `json:"exclude"`
	ReadFrom string   `json:"read_from"`
}

type vecKubernetesLogs struct {
	Type                        string `json:"type"`
	ExtraLabelSelector          string `json:"extra_label_selector"`
	ExtraFieldSelector          string `json:"extra_field_selector"`
	ExtraNamespaceLabelSelector string `json:"extra_namespace_label_selector"`
}

type vecRemap struct {
	Type        string   `json:"type"`
	Inputs      []string `json:"inputs"`
	Source      string   `json:"source"`
	File        string   `json:"file"`
	DropOnError bool     `json:"drop_on_error"`
	DropOnAbort *bool    `json:"drop_on_abort"`
}

type vecEncoding struct {
	Codec string `json:"codec"`
}

type vecElasticsearch struct {
	Type       string   `json:"type"`
	Inputs     []string `json:"inputs"`
	Endpoints  []string `json:"endpoints"`
	Mode       string   `json:"mode"`
	APIVersion string   `json:"api_version"`
	Bulk       *struct {
		Index  string `json:"index"`
		Action string `json:"action"`
	} `json:"bulk"`
	Compression string `json:"compression"`
}

type vecLoki struct {
	Type             string            `json:"type"`
	Inputs           []string          `json:"inputs"`
	Endpoint         string            `json:"endpoint"`
	Encoding         *vecEncoding      `json:"encoding"`
	Labels           map[string]string `json:"labels"`
	TenantID         string            `json:"tenant_id"`
	OutOfOrderAction string            `json:"out_of_order_action"`
}

type vecFileSink struct {
	Type     string       `json:"type"`
	Inputs   []string     `json:"inputs"`
	Path     string       `json:"path"`
	Encoding *vecEncoding `json:"encoding"`
}

// vecComponent is one decoded component: its id, kind and typed options.
type vecComponent struct {
	ID, Kind, Type string
	Inputs         []string
	Options        any
}

// decodeVectorTOML decodes vector.toml strictly.
func decodeVectorTOML(data []byte) ([]vecComponent, error) {
	var top vectorTop
	dec := toml.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&top); err != nil {
		return nil, fmt.Errorf("vector.toml: %w", err)
	}
	return checkVector(top)
}

// decodeVectorYAML decodes vector.yaml strictly.
func decodeVectorYAML(data []byte) ([]vecComponent, error) {
	var top vectorTop
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&top); err != nil {
		return nil, fmt.Errorf("vector.yaml: %w", err)
	}
	return checkVector(top)
}

// checkVector decodes each component by type, checks its required options
// and the pipeline's wiring: every input names a source or transform, and
// every source and transform feeds something.
func checkVector(top vectorTop) ([]vecComponent, error) {
	var out []vecComponent
	producers := map[string]bool{}
	for _, kind := range []struct {
		name  string
		comps map[string]map[string]any
	}{{"sources", top.Sources}, {"transforms", top.Transforms}, {"sinks", top.Sinks}} {
		ids := make([]string, 0, len(kind.comps))
		for id := range kind.comps {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			c, err := decodeComponent(kind.name, id, kind.comps[id])
			if err != nil {
				return nil, err
			}
			if kind.name != "sinks" {
				if producers[id] {
					return nil, fmt.Errorf("component id %q is used twice", id)
				}
				producers[id] = true
			}
			out = append(out, c)
		}
	}
	if len(top.Sources) == 0 || len(top.Sinks) == 0 {
		return nil, fmt.Errorf("a pipeline needs a source and a sink")
	}
	consumed := map[string]bool{}
	for _, c := range out {
		for _, in := range c.Inputs {
			if !producers[in] {
				return nil, fmt.Errorf("%s %q: input %q is not a source or transform", c.Kind, c.ID, in)
			}
			consumed[in] = true
		}
	}
	for id := range producers {
		if !consumed[id] {
			return nil, fmt.Errorf("component %q feeds nothing", id)
		}
	}
	return out, nil
}

func decodeComponent(kind, id string, raw map[string]any) (vecComponent, error) {
	c := vecComponent{ID: id, Kind: kind}
	if strings.Contains(id, ".") || id == "" {
		return c, fmt.Errorf("%s %q: a component id has no dots", kind, id)
	}
	typ, _ := raw["type"].(string)
	c.Type = typ
	var opts any
	switch kind + "/" + typ {
	case "sources/docker_logs":
		opts = &vecDockerLogs{}
	case "sources/file":
		opts = &vecFile{}
	case "sources/kubernetes_logs":
		opts = &vecKubernetesLogs{}
	case "transforms/remap":
		opts = &vecRemap{}
	case "sinks/elasticsearch":
		opts = &vecElasticsearch{}
	case "sinks/loki":
		opts = &vecLoki{}
	case "sinks/file":
		opts = &vecFileSink{}
	default:
		return c, fmt.Errorf("%s %q: type %q is not in the model", kind, id, typ)
	}
	js, err := json.Marshal(raw)
	if err != nil {
		return c, err
	}
	dec := json.NewDecoder(bytes.NewReader(js))
	dec.DisallowUnknownFields()
	if err := dec.Decode(opts); err != nil {
		return c, fmt.Errorf("%s %q (%s): %w", kind, id, typ, err)
	}
	c.Options = opts
	missing := func(what string) error { return fmt.Errorf("%s %q (%s) lacks required option %s", kind, id, typ, what) }
	switch o := opts.(type) {
	case *vecFile:
		if len(o.Include) == 0 {
			return c, missing("include")
		}
	case *vecRemap:
		c.Inputs = o.Inputs
		if (o.Source == "") == (o.File == "") {
			return c, missing("source (or file)")
		}
	case *vecElasticsearch:
		c.Inputs = o.Inputs
		if len(o.Endpoints) == 0 {
			return c, missing("endpoints")
		}
	case *vecLoki:
		c.Inputs = o.Inputs
		if o.Endpoint == "" {
			return c, missing("endpoint")
		}
		if o.Encoding == nil || o.Encoding.Codec == "" {
			return c, missing("encoding.codec")
		}
		if len(o.Labels) == 0 {
			return c, missing("labels")
		}
	case *vecFileSink:
		c.Inputs = o.Inputs
		if o.Path == "" {
			return c, missing("path")
		}
		if o.Encoding == nil || o.Encoding.Codec == "" {
			return c, missing("encoding.codec")
		}
	}
	if kind != "sources" && len(c.Inputs) == 0 {
		return c, missing("inputs")
	}
	return c, nil
}
