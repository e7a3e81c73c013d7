package importer_test

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/importer"
)

// TestAPushgatewaysExpositionSaysToScrapeItWithHonorLabels: Debian's
// Pushgateway 1.5 with a nightly_backup group (instance db1) and a
// report_gen group pushed. Its pushed series carry their pusher's job,
// which Prometheus stores as exported_job unless the scrape target honours
// it; the import says so on the terminal and beside each metric.
func TestAPushgatewaysExpositionSaysToScrapeItWithHonorLabels(t *testing.T) {
	e := readExposition(t, "testdata/pushgateway-debian.prom")
	spec, notes, err := importer.ImportNoting(e, importer.Options{Service: "pushgateway"})
	if err != nil {
		t.Fatal(err)
	}
	want := "series of backup_bytes_written_total, backup_duration_seconds, backup_last_success_timestamp_seconds, 4 more carry a job of their own (a Pushgateway's pushed groups): set honor_labels: true on the scrape target"
	if len(notes) != 1 || !strings.HasPrefix(notes[0], want) {
		t.Errorf("notes %q, want one starting %q", notes, want)
	}
	if !strings.Contains(string(spec), "# carries label job, which Prometheus keeps when the scrape target sets honor_labels: true") {
		t.Errorf("the spec does not say how the job label is kept:\n%s", spec)
	}
	// An exporter's own series carry no job: nothing to say.
	_, notes, err = importer.ImportNoting(readExposition(t, "testdata/redis-debian.prom"), importer.Options{Service: "redis"})
	if err != nil || len(notes) > 0 {
		t.Errorf("redis: notes %q, error %v", notes, err)
	}
}
