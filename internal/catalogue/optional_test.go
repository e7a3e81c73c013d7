package catalogue

import "testing"

func TestAnOptionalMetricIsDescribedInSentences(t *testing.T) {
	for _, tc := range []struct {
		name string
		o    *Optional
		want string
	}{
		{"none", nil, ""},
		{"a collector and its flag", &Optional{Collector: "systemd", Flag: "--collector.systemd"}, "Exists only with collector systemd (--collector.systemd)."},
		{"a flag and a platform", &Optional{Flag: "remote_write", Platform: "linux"}, "Exists only with remote_write, only on linux."},
		{"a note alone is its own sentence", &Optional{Note: "old names of the remote-write counters"}, "Old names of the remote-write counters."},
		{"a note ending in a full stop gets one", &Optional{Flag: "--cluster.listen-address", Note: "Only while clustered (0.0.0.0:9094)."},
			"Exists only with --cluster.listen-address. Only while clustered (0.0.0.0:9094)."},
		{"a question keeps its mark", &Optional{Flag: "--x", Note: "is this on?"}, "Exists only with --x. Is this on?"},
		{"a note that starts with a name keeps it as written", &Optional{Note: "innodb_additional_mem_pool_size exists only before MySQL 5.7"},
			"innodb_additional_mem_pool_size exists only before MySQL 5.7."},
		{"so does one that starts with a mixed-case word", &Optional{Note: "eBPF programs only"}, "eBPF programs only."},
		{"a first word before a comma is a word", &Optional{Note: "served, on replicas"}, "Served, on replicas."},
		{"nothing said", &Optional{}, "Optional."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.o.Describe(); got != tc.want {
				t.Errorf("Describe() = %q, want %q", got, tc.want)
			}
		})
	}
}
