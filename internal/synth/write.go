package synth

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/speccodec"
)

// chunk is how many metric groups or dashboards go in one spec file, so
// that no file of a large catalogue nears the loader's size limit.
const chunk = 25

// WriteSpec writes c into dir as a spec folder the way a team would lay out
// a large catalogue: service.yaml, then metrics, rules, queries,
// dashboards and SLOs in files of a bounded size. It creates dir.
func WriteSpec(dir string, c *catalogue.Catalogue) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	part := func() *catalogue.Catalogue { return &catalogue.Catalogue{APIVersion: c.APIVersion} }
	files := map[string]*catalogue.Catalogue{}
	head := part()
	head.Service, head.Labels, head.Scrape, head.Overview = c.Service, c.Labels, c.Scrape, c.Overview
	files["service.yaml"] = head
	for i := 0; i < len(c.MetricGroups); i += chunk {
		p := part()
		p.MetricGroups = c.MetricGroups[i:min(i+chunk, len(c.MetricGroups))]
		files[fmt.Sprintf("metrics-%03d.yaml", i/chunk)] = p
	}
	for i := 0; i < len(c.Dashboards); i += chunk {
		p := part()
		p.Dashboards = c.Dashboards[i:min(i+chunk, len(c.Dashboards))]
		files[fmt.Sprintf("dashboards-%03d.yaml", i/chunk)] = p
	}
	if len(c.SLOs) > 0 {
		p := part()
		p.SLOs = c.SLOs
		files["slos.yaml"] = p
	}
	rules := part()
	rules.AlertGroups, rules.RecordGroups, rules.Queries = c.AlertGroups, c.RecordGroups, c.Queries
	files["rules.yaml"] = rules
	for name, p := range files {
		data, err := speccodec.Encode(p, "Synthetic catalogue made by `obsgen synth`.")
		if err != nil {
			return err
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
	}
	return nil
}
