package speccodec

import (
	"encoding/json"
	"reflect"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
)

// SchemaID is the identifier of the spec format's JSON Schema.
const SchemaID = "https://obsgen.dev/schema/v1/obsgen.schema.json"

// Schema returns the JSON Schema (draft 2020-12) of a spec file, derived
// from the catalogue types themselves so that it cannot drift from what the
// loader accepts: every struct is closed (additionalProperties false), and
// field descriptions and enumerations come from the doc and enum tags.
func Schema() ([]byte, error) {
	b := &schemaBuilder{defs: map[string]any{}}
	root := b.object(reflect.TypeOf(catalogue.Catalogue{}))
	root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
	root["$id"] = SchemaID
	root["title"] = "obsgen spec file"
	root["description"] = "One file of an obsgen service catalogue (specs/<service>/*.yaml). Files of one folder are merged: lists concatenate, the service section merges field by field (each field set in one file; name may repeat), other single sections appear once."
	root["required"] = []string{"apiVersion"}
	props := root["properties"].(map[string]any)
	props["apiVersion"] = map[string]any{"const": catalogue.APIVersion, "description": "Spec format version."}
	root["$defs"] = b.defs
	data, err := json.MarshalIndent(root, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}

type schemaBuilder struct {
	defs map[string]any
}

// object returns the schema of a struct type's fields.
func (b *schemaBuilder) object(t reflect.Type) map[string]any {
	props := map[string]any{}
	var required []string
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		key := strings.Split(f.Tag.Get("yaml"), ",")[0]
		if key == "" || key == "-" || !f.IsExported() {
			continue
		}
		s := b.typeSchema(f.Type)
		if doc := f.Tag.Get("doc"); doc != "" {
			s = withDescription(s, doc)
		}
		if enum := f.Tag.Get("enum"); enum != "" {
			s = map[string]any{"type": "string", "enum": strings.Split(enum, ",")}
			if doc := f.Tag.Get("doc"); doc != "" {
				s["description"] = doc
			}
		}
		props[key] = s
		// What validation always requires; fields required only in some
		// cases (a sink's endpoint for its type) are left to validation.
		if f.Tag.Get("required") == "true" {
			required = append(required, key)
		}
	}
	out := map[string]any{"type": "object", "properties": props, "additionalProperties": false}
	if len(required) > 0 {
		out["required"] = required
	}
	return out
}

func withDescription(s map[string]any, doc string) map[string]any {
	if _, isRef := s["$ref"]; isRef {
		// Keywords beside $ref are allowed in 2020-12.
		out := map[string]any{"$ref": s["$ref"], "description": doc}
		return out
	}
	out := map[string]any{}
	for k, v := range s {
		out[k] = v
	}
	out["description"] = doc
	return out
}

// typeSchema returns the schema of one Go type.
func (b *schemaBuilder) typeSchema(t reflect.Type) map[string]any {
	switch t {
	case exprType:
		return map[string]any{"type": "string", "description": "A PromQL expression."}
	case durationType:
		return map[string]any{"type": "string", "pattern": `^(\d+(ms|s|m|h|d|w|y))+$`, "description": "A Prometheus duration, e.g. 30s, 5m, 1h30m."}
	}
	switch t.Kind() {
	case reflect.Pointer:
		return b.typeSchema(t.Elem())
	case reflect.Struct:
		name := t.Name()
		if _, done := b.defs[name]; !done {
			b.defs[name] = nil // reserve: types may refer to themselves
			b.defs[name] = b.object(t)
		}
		return map[string]any{"$ref": "#/$defs/" + name}
	case reflect.Slice:
		return map[string]any{"type": "array", "items": b.typeSchema(t.Elem())}
	case reflect.Map:
		return map[string]any{"type": "object", "additionalProperties": b.typeSchema(t.Elem())}
	case reflect.String:
		return map[string]any{"type": "string"}
	case reflect.Bool:
		return map[string]any{"type": "boolean"}
	case reflect.Int:
		return map[string]any{"type": "integer"}
	case reflect.Float64:
		return map[string]any{"type": "number"}
	}
	return map[string]any{}
}
