package speccodec

import (
	"strconv"

	"go.yaml.in/yaml/v3"

	"github.com/obsgen/obsgen/internal/catalogue"
)

// The decoder applies the catalogue's rules of hidden characters
// (catalogue.FirstHidden) to every string it decodes: the key a string is
// written under says whether it is free text or a name.

// MaxNameLen bounds, in bytes, a name that becomes part of a file name
// (alert, rule group, dashboard, scrape and probe variants, ...): file
// systems refuse names over 255 bytes, and obsgen adds prefixes and
// extensions.
const MaxNameLen = 200

// textKeys are the fields of free text: a hidden character in them is
// removed with a warning. Every other string is a name.
var textKeys = map[string]bool{
	"title": true, "description": true, "help": true, "notes": true, "note": true,
	"meaning": true, "impact": true, "checks": true, "text": true, "body": true,
	"subject": true, "why": true, "comment": true, "details": true, "config": true,
	"sample": true, "legend": true, "tags": true, "example": true, "value": true,
	"values": true, "page": true, "flag": true, "collector": true, "platform": true,
	"adopted_from": true, "annotations": true, "spec": true,
}

// fileNameKeys are the names that end up in file names (or object names),
// bounded by MaxNameLen.
var fileNameKeys = map[string]bool{
	"name": true, "alert": true, "record": true, "uid": true, "variant": true,
	"job": true, "component": true, "journey": true, "trigger": true, "query": true,
}

// isTextField reports whether the string at key is free text: a text field,
// or a value of a map other than a Kubernetes selector (annotations and
// rule labels hold text).
func isTextField(key string, mapValue bool) bool {
	return textKeys[key] || (mapValue && key != "selector")
}

// checkString applies those rules to a decoded string: it returns the
// value to keep.
func (d *decoder) checkString(n *yaml.Node, path, s string, mapKey bool) string {
	text := !mapKey && isTextField(d.key, d.mapValue)
	if r, at, found := catalogue.FirstHidden(s, text); found {
		if text {
			d.diags.Warnf(d.pos(n, path), "hidden-character", "%s at character %d is removed from this text: it would hide or reorder what readers of the docs, configs and terminals see", catalogue.DescribeRune(r), at+1)
			return catalogue.StripHidden(s)
		}
		what := d.key
		if mapKey {
			what = "key " + strconv.Quote(s)
		}
		d.errorf(n, path, "hidden-character", "%s holds %s at character %d; names, keys, paths, URLs and commands are one line of plain printable text", what, catalogue.DescribeRune(r), at+1)
		return s
	}
	if !text && !mapKey && fileNameKeys[d.key] && len(s) > MaxNameLen {
		d.errorf(n, path, "too-long", "%s is %d bytes; names are at most %d bytes, since they name files and objects", d.key, len(s), MaxNameLen)
	}
	return s
}
