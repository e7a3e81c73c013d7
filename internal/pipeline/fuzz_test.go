package pipeline

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/synth"
)

// FuzzGenerators runs every generator over random valid catalogues — a
// synthetic catalogue of a fuzzed size with fuzzed text in its free-text
// fields — and parses every output back with its format's parser. No
// output may carry a character that hides or reorders text, nor a docs
// link to javascript:.
func FuzzGenerators(f *testing.F) {
	f.Add(uint8(3), "plain text")
	f.Add(uint8(20), hostile)
	f.Add(uint8(41), "| a | b |")
	f.Add(uint8(7), "' \" ` $( ) {{ }} # --- ]]> </match> %")
	f.Add(uint8(5), "[x](javascript:alert(1)) \\](javascript:x) \u202e \x1b[2J [r]: javascript:x")
	f.Fuzz(func(t *testing.T, size uint8, text string) {
		if len(text) > 200 || strings.Contains(text, "{{") || !utf8.ValidString(text) {
			return // templates are validation's; spec files are UTF-8 by rule
		}
		c := synth.Catalogue("fuzz", int(size%40)+1)
		c.Service.Description = text
		c.Labels[0].Description = text
		c.MetricGroups[0].Title = text
		c.MetricGroups[0].Metrics[0].Help = strings.Join(strings.Fields(text), " ")
		for i := range c.Dashboards {
			c.Dashboards[i].Title = text
			c.Dashboards[i].Rows[0].Panels[0].Description = text
		}
		for _, r := range c.Alerts() {
			r.Annotations["summary"] = text
			r.Runbook.Meaning = text
		}
		if size%2 == 1 && len(c.AlertGroups) > 0 {
			// The global ruler's files too (thanos/, cortex/, vmalert/).
			c.AlertGroups[0].Runs = catalogue.RunsGlobal
			c.AlertGroups[0].PartialResponseStrategy = catalogue.PartialResponseWarn
		}
		c.Reindex()
		dir := filepath.Join(t.TempDir(), "fuzz")
		if err := synth.WriteSpec(dir, c); err != nil {
			t.Fatal(err)
		}
		res, err := Load(Options{Specs: []string{dir}})
		if err != nil {
			t.Fatal(err)
		}
		if res.Diags.HasErrors() {
			return // text validation rejects (control characters, say) is fine
		}
		if err := res.Generate(); err != nil {
			t.Fatalf("generate: %v", err)
		}
		for _, file := range res.Files {
			if err := parseBack(file); err != nil {
				t.Fatalf("%s: %v", file.Path, err)
			}
			if catalogue.StripHidden(string(file.Data)) != string(file.Data) {
				t.Fatalf("%s: a character that hides or reorders text reached the output", file.Path)
			}
			if strings.HasSuffix(file.Path, ".md") && linksTo(string(file.Data), "javascript:") {
				t.Fatalf("%s: a javascript: link reached the docs", file.Path)
			}
		}
	})
}
