package pipeline

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/generators/rulers"
	"github.com/obsgen/obsgen/internal/promql"
	"github.com/pelletier/go-toml/v2"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/config"
	"github.com/prometheus/prometheus/model/rulefmt"
	"go.yaml.in/yaml/v3"
)

// parseBack parses a generated file with its format's parser: every YAML
// document (and rule files and Prometheus configs with Prometheus's own
// strict loaders), JSON, TOML, the structure of Markdown (no open fence,
// no HTML or heading outside code, table rows as wide as their header) and
// of SVG (well-formed, drawing elements only). Shell scripts are checked by their own package (bash -n and
// shellcheck), fluent.conf by its parser port in generators/logging.
func parseBack(f generators.File) error {
	switch filepath.Ext(f.Path) {
	case ".yaml", ".yml":
		dec := yaml.NewDecoder(bytes.NewReader(f.Data))
		for {
			var n yaml.Node
			err := dec.Decode(&n)
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				return fmt.Errorf("not YAML: %w", err)
			}
		}
		switch {
		case strings.HasSuffix(f.Path, "/thanos/rules.yaml"):
			var v rulers.ThanosRuleGroups
			if err := strictYAML(f.Data, &v); err != nil {
				return fmt.Errorf("thanos rules: %w", err)
			}
			groups := make([]rulefmt.RuleGroup, len(v.Groups))
			for i, g := range v.Groups {
				groups[i] = g.RuleGroup
			}
			return parseGroups(groups)
		case strings.HasSuffix(f.Path, "/cortex/rules.yaml"):
			var v rulers.CortexNamespace
			if err := strictYAML(f.Data, &v); err != nil {
				return fmt.Errorf("cortex namespace: %w", err)
			}
			return parseGroups(v.Groups)
		}
		switch filepath.Base(f.Path) {
		case "alerts.yaml", "recording.yaml", "global.yaml":
			if _, errs := rulefmt.Parse(f.Data, false, model.UTF8Validation, promql.Parser, slog.New(slog.DiscardHandler)); len(errs) > 0 {
				return fmt.Errorf("rulefmt: %v", errs)
			}
		case "prometheus.yml":
			if _, err := config.Load(string(f.Data), slog.New(slog.DiscardHandler)); err != nil {
				return fmt.Errorf("config.Load: %w", err)
			}
		}
	case ".json":
		var v any
		if err := json.Unmarshal(f.Data, &v); err != nil {
			return fmt.Errorf("not JSON: %w", err)
		}
	case ".toml":
		var v map[string]any
		if err := toml.Unmarshal(f.Data, &v); err != nil {
			return fmt.Errorf("not TOML: %w", err)
		}
	case ".md":
		return markdownStructure(string(f.Data))
	case ".svg":
		return svgStructure(f.Data)
	}
	return nil
}

// strictYAML decodes data into v, refusing unknown fields.
func strictYAML(data []byte, v any) error {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	return dec.Decode(v)
}

// parseGroups checks rule groups with rulefmt, as a Prometheus rule file.
func parseGroups(groups []rulefmt.RuleGroup) error {
	data, err := yaml.Marshal(rulefmt.RuleGroups{Groups: groups})
	if err != nil {
		return err
	}
	if _, errs := rulefmt.Parse(data, false, model.UTF8Validation, promql.Parser, slog.New(slog.DiscardHandler)); len(errs) > 0 {
		return fmt.Errorf("rulefmt: %v", errs)
	}
	return nil
}

// badColour is a fill or stroke that is not #RRGGBB or none.
var badColour = regexp.MustCompile(`(?:fill|stroke):(?:[^#n;]|#(?:[^0-9A-Fa-f;]|[0-9A-Fa-f]{0,5}(?:[^0-9A-Fa-f]|$)))`)

// svgStructure checks that a picture is well-formed XML whose elements
// are drawing only, with valid colours in its style attributes and its
// style element: text from a spec (titles, legends, test names) is
// character data, never a script or a foreign element.
func svgStructure(data []byte) error {
	allowed := map[string]bool{"svg": true, "g": true, "path": true, "text": true, "defs": true, "style": true}
	dec := xml.NewDecoder(bytes.NewReader(data))
	inStyle := false // in a style element, whose text is CSS
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("not XML: %w", err)
		}
		if text, ok := tok.(xml.CharData); ok && inStyle && badColour.Match(text) {
			return fmt.Errorf("an invalid colour in the style element: %q", text)
		}
		if _, ok := tok.(xml.EndElement); ok {
			inStyle = false
		}
		el, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if !allowed[el.Name.Local] {
			return fmt.Errorf("element <%s> in a picture", el.Name.Local)
		}
		inStyle = el.Name.Local == "style"
		for _, a := range el.Attr {
			if a.Name.Local == "style" && badColour.MatchString(a.Value) {
				return fmt.Errorf("an invalid colour in <%s style=%q>", el.Name.Local, a.Value)
			}
		}
	}
}

// codeSpan matches an inline code span, inside which Markdown renders nothing.
var codeSpan = regexp.MustCompile("``[^`].*?``|`[^`]*`")

// markdownStructure checks that text from a spec added no HTML or block
// and no table cell, and left no fence open.
func markdownStructure(md string) error {
	inFence := false
	cols := 0
	for i, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, "```") {
			inFence = !inFence
			continue
		}
		if inFence {
			continue
		}
		prose := codeSpan.ReplaceAllString(line, "")
		if strings.Contains(prose, "<script") || strings.Contains(prose, "</match>") {
			return fmt.Errorf("line %d: raw HTML: %s", i+1, line)
		}
		if strings.HasPrefix(line, "---") {
			return fmt.Errorf("line %d: injected rule: %s", i+1, line)
		}
		if strings.HasPrefix(line, "|") {
			n := strings.Count(line, "|") - strings.Count(line, `\|`)
			if cols == 0 {
				cols = n
			} else if n != cols {
				return fmt.Errorf("line %d: %d cells where the header has %d: %s", i+1, n-1, cols-1, line)
			}
		} else {
			cols = 0
		}
	}
	if inFence {
		return errors.New("a code fence is left open")
	}
	return nil
}
