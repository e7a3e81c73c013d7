package specload

import (
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/jsonnetbox"
	"github.com/obsgen/obsgen/internal/speccodec"
	"go.yaml.in/yaml/v3"
)

// loadJsonnet evaluates a .jsonnet spec file and decodes its JSON. It
// also returns the size of the evaluated document, which counts against
// the run's budget.
func loadJsonnet(file string, data []byte, opts jsonnetbox.Options, diags *diag.List, src diag.Sources) (*catalogue.Catalogue, int) {
	root, out := evaluateJsonnetNode(file, data, opts, diags, src)
	if root == nil {
		return nil, 0
	}
	part := speccodec.DecodeJsonnet(file, data, out, root, diags)
	if part == nil {
		return nil, 0
	}
	return part, len(out)
}

// evaluateJsonnetNode evaluates a Jsonnet file and parses the result; nil
// when evaluation failed (reported). It also returns the JSON text.
func evaluateJsonnetNode(file string, data []byte, opts jsonnetbox.Options, diags *diag.List, src diag.Sources) (*yaml.Node, []byte) {
	out, imported, err := jsonnetbox.EvaluateSources(file, string(data), opts)
	for name, text := range imported {
		if _, ok := src[name]; !ok {
			src[name] = text
		}
	}
	if err != nil {
		jsonnetbox.ReportError(file, err, opts, diags)
		return nil, nil
	}
	var root yaml.Node
	if err := yaml.Unmarshal([]byte(out), &root); err != nil {
		diags.Errorf(catalogue.Pos{File: file, Line: 1, Col: 1}, "syntax", "evaluated JSON could not be read: %v", err)
		return nil, nil
	}
	return &root, []byte(out)
}
