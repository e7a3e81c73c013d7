package suggest

import "testing"

func TestClosestFieldNamesThePlausibleIntendedKey(t *testing.T) {
	fields := []string{"alert", "expr", "for", "keep_firing_for", "labels", "annotations", "runbook", "tests"}
	for _, tc := range []struct{ name, typed, want string }{
		{"a letter swapped", "exrp", "expr"},
		{"a letter missing", "runbok", "runbook"},
		{"the field spelt out in full", "expression", "expr"},
		{"spelt out and misspelt", "expresion", "expr"},
		{"a longer word beginning with a field", "labelset", "labels"},
		{"nothing like any field", "severity", ""},
		{"a short field is no prefix to guess from", "format", ""},
		{"the name itself is no suggestion", "expr", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := ClosestField(tc.typed, fields); got != tc.want {
				t.Errorf("ClosestField(%q) = %q, want %q", tc.typed, got, tc.want)
			}
		})
	}
}

func TestClosestDoesNotGuessFromAPrefix(t *testing.T) {
	// A metric name is not an abbreviation: odd_rpc_bucket is no typo of
	// odd_rpc.
	if got := Closest("odd_rpc_bucket", []string{"odd_rpc", "odd_errors_total"}); got != "" {
		t.Errorf("Closest = %q, want none", got)
	}
}

func TestHintNameSuggestsATypoOrAnOrderNotAnotherSeries(t *testing.T) {
	series := []string{"sender_samples_dropped_total", "sender_failed_samples_total", "prometheus_sd_azure_failures_total",
		"etcd_network_client_grpc_received_bytes_total", "rstmdb_requests_errors_total", "x_seconds_bucket", "rstmdb_wal_offset",
		"apache_cpuload", "apache_load"}
	for _, tc := range []struct{ name, typed, want string }{
		{"the same words in another order", "sender_dropped_samples_total", "sender_samples_dropped_total"},
		{"a word misspelt", "rstmdb_request_errors_total", "rstmdb_requests_errors_total"},
		{"a word left out", "x_seconds", "x_seconds_bucket"},
		{"a word replaced by another names another series", "prometheus_sd_kubernetes_failures_total", ""},
		{"peer traffic is not client traffic", "etcd_network_peer_received_bytes_total", ""},
		{"writes are not an offset", "rstmdb_wal_writes", ""},
		{"the words split otherwise, not the series one word away", "apache_cpu_load", "apache_cpuload"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := ""
			if tc.want != "" {
				want = "; did you mean " + tc.want + "?"
			}
			if got := HintName(tc.typed, series); got != want {
				t.Errorf("HintName(%s) = %q, want %q", tc.typed, got, want)
			}
		})
	}
}
