package importer_test

import (
	"slices"
	"testing"

	"github.com/obsgen/obsgen/internal/importer"
)

func TestAnImportFromAURLScrapesWhatItRead(t *testing.T) {
	for _, tc := range []struct {
		name, file, url string
		declared        bool
		want            []string // host:port, metrics path, scheme, honor_labels
	}{
		{name: "an exporter on its default path", file: "testdata/redis-debian.prom", url: "http://127.0.0.1:9121/metrics",
			want: []string{"127.0.0.1:9121", "", "", "false"}},
		{name: "another path and https", file: "testdata/redis-debian.prom", url: "https://cache-1:9443/probe/metrics",
			want: []string{"cache-1:9443", "/probe/metrics", "https", "false"}},
		{name: "a Pushgateway's pushed groups keep their job", file: "testdata/pushgateway-debian.prom", url: "http://127.0.0.1:9091/metrics",
			want: []string{"127.0.0.1:9091", "", "", "true"}},
		{name: "none where the folder declares one", file: "testdata/redis-debian.prom", url: "http://127.0.0.1:9121/metrics", declared: true},
		{name: "none for a file", file: "testdata/redis-debian.prom"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opts := importer.Options{Service: "svc", URL: tc.url}
			opts.Declared.Scrape = tc.declared
			spec, err := importer.Import(readExposition(t, tc.file), opts)
			if err != nil {
				t.Fatal(err)
			}
			c, diags := lintSpec(t, "svc", spec)
			if diags.HasErrors() {
				t.Fatalf("the spec does not load: %v\n%s", diags, spec)
			}
			var got []string
			if c.Scrape != nil && len(c.Scrape.Targets) == 1 {
				tg := c.Scrape.Targets[0]
				got = []string{tg.Static[0], tg.MetricsPath, tg.Scheme, map[bool]string{true: "true", false: "false"}[tg.HonorLabels]}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("scrape target %q, want %q:\n%s", got, tc.want, spec)
			}
		})
	}
}
