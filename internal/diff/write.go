package diff

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/words"
)

// Formats are the output formats Write knows.
var Formats = []string{"text", "markdown", "json", "github", "sarif"}

// Write renders the report in one of Formats.
func Write(w io.Writer, r *Report, format string) error {
	switch format {
	case "", "text":
		return writeText(w, r)
	case "markdown":
		return writeMarkdown(w, r)
	case "json":
		return writeJSON(w, r)
	case "github":
		return diag.WriteGitHub(w, r.Diagnostics())
	case "sarif":
		return diag.WriteSARIF(w, r.Diagnostics())
	}
	return diag.CheckFormat(format, Formats)
}

// Code is the change's code: its kind and operation, e.g. metric-renamed.
func (c *Change) Code() string {
	return strings.ToLower(strings.ReplaceAll(string(c.Kind), " ", "-")) + "-" + string(c.Op)
}

// Title says in a few words what happened, e.g. "metric a renamed to b".
func (c *Change) Title() string {
	if c.Kind == KindOutput {
		return outputTitle(c)
	}
	s := string(c.Kind) + " " + c.Name + " " + string(c.Op)
	if c.NewName != "" {
		s += " to " + c.NewName
	}
	if c.Breaking {
		s += " (breaking)"
	}
	return s
}

// Details are the lines that follow the title: each field as "name:
// before → after", the notes, and each dependent with its status.
func (c *Change) Details() []string {
	var out []string
	for _, f := range c.Fields {
		out = append(out, f.Name+": "+shown(f.Before)+" → "+shown(f.After))
	}
	out = append(out, c.Notes...)
	for _, f := range c.Files {
		out = append(out, string(f.Op)+": "+f.Path)
	}
	for _, d := range c.Dependents {
		out = append(out, "reads it: "+d.Label()+": "+d.Status)
	}
	return out
}

// Label names a dependent, with its service: "alert X (in svc)".
func (d Dependent) Label() string { return string(d.Kind) + " " + d.Name + " (" + d.Service + ")" }

// shown writes a field value for one line; "(none)" when empty.
func shown(v string) string {
	if v == "" {
		return "(none)"
	}
	return strings.ReplaceAll(v, "\n", " ⏎ ")
}

// Diagnostics returns the report as diagnostics, for the GitHub and SARIF
// writers: a breaking change is an error, any other a notice (info), at
// the change's position in the head.
func (r *Report) Diagnostics() diag.List {
	var l diag.List
	for i := range r.Changes {
		c := &r.Changes[i]
		sev := diag.Info
		if c.Breaking {
			sev = diag.Error
		}
		msg := c.Title()
		if d := c.Details(); len(d) > 0 {
			msg += "\n" + strings.Join(d, "\n")
		}
		l = append(l, diag.Diagnostic{Pos: c.Pos, Severity: sev, Code: c.Code(), Message: msg})
	}
	return l
}

// headline says what was compared and how much changed.
func (r *Report) headline() string {
	s := fmt.Sprintf("obsgen diff against %s: %s", r.Base, words.Count(len(r.Changes), "change"))
	if n := r.Breaking(); n > 0 {
		s += fmt.Sprintf(", %d breaking", n)
	}
	return s
}

// writeText writes one line per change, as file:line:col: severity:
// code: title, with its details indented below.
func writeText(w io.Writer, r *Report) error {
	var b strings.Builder
	b.WriteString(r.headline() + "\n")
	for _, d := range r.Diagnostics() {
		title, details, _ := strings.Cut(d.Message, "\n")
		fmt.Fprintf(&b, "%s: %s: %s: %s\n", d.Pos, d.Severity, d.Code, title)
		for _, line := range strings.Split(details, "\n") {
			if line != "" {
				b.WriteString("    " + line + "\n")
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// The stable JSON shape of a report.
type (
	jsonReport struct {
		Base     string       `json:"base"`
		Changes  int          `json:"changes"`
		Breaking int          `json:"breaking"`
		Items    []jsonChange `json:"items"`
	}
	jsonChange struct {
		Service    string          `json:"service"`
		Kind       string          `json:"kind"`
		Op         string          `json:"op"`
		Code       string          `json:"code"`
		Name       string          `json:"name"`
		NewName    string          `json:"new_name,omitempty"`
		Breaking   bool            `json:"breaking"`
		File       string          `json:"file,omitempty"`
		Line       int             `json:"line,omitempty"`
		Column     int             `json:"column,omitempty"`
		BaseFile   string          `json:"base_file,omitempty"`
		BaseLine   int             `json:"base_line,omitempty"`
		Fields     []jsonField     `json:"fields,omitempty"`
		Notes      []string        `json:"notes,omitempty"`
		Dependents []jsonDependent `json:"dependents,omitempty"`
		Files      []jsonFile      `json:"files,omitempty"`
	}
	jsonFile struct {
		Path string `json:"path"`
		Op   string `json:"op"`
	}
	jsonField struct {
		Name   string `json:"name"`
		Before string `json:"before"`
		After  string `json:"after"`
	}
	jsonDependent struct {
		Service string `json:"service"`
		Kind    string `json:"kind"`
		Name    string `json:"name"`
		Status  string `json:"status"`
		Broken  bool   `json:"broken"`
	}
)

// writeJSON writes the report as one JSON object.
func writeJSON(w io.Writer, r *Report) error {
	out := jsonReport{Base: r.Base, Changes: len(r.Changes), Breaking: r.Breaking(), Items: []jsonChange{}}
	for i := range r.Changes {
		c := &r.Changes[i]
		j := jsonChange{Service: c.Service, Kind: string(c.Kind), Op: string(c.Op), Code: c.Code(),
			Name: c.Name, NewName: c.NewName, Breaking: c.Breaking,
			File: c.Pos.File, Line: c.Pos.Line, Column: c.Pos.Col,
			BaseFile: c.BasePos.File, BaseLine: c.BasePos.Line, Notes: c.Notes}
		for _, f := range c.Fields {
			j.Fields = append(j.Fields, jsonField(f))
		}
		for _, d := range c.Dependents {
			j.Dependents = append(j.Dependents, jsonDependent{d.Service, string(d.Kind), d.Name, d.Status, d.Broken})
		}
		for _, f := range c.Files {
			j.Files = append(j.Files, jsonFile{f.Path, string(f.Op)})
		}
		out.Items = append(out.Items, j)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
