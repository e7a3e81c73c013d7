package docs

import "testing"

func TestAListenAddressBecomesOneAReaderCanCurl(t *testing.T) {
	cases := []struct{ name, addr, want string }{
		{"every IPv4 interface is reached on localhost", "0.0.0.0:9400", "localhost:9400"},
		{"every IPv6 interface is reached on localhost", "[::]:9400", "localhost:9400"},
		{"a port alone is reached on localhost", ":9400", "localhost:9400"},
		{"a named host stays", "metrics.internal:9400", "metrics.internal:9400"},
		{"localhost stays", "localhost:9090", "localhost:9090"},
		{"an address without a port stays as written", "metrics.internal", "metrics.internal"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := reachable(tc.addr); got != tc.want {
				t.Errorf("reachable(%q) = %q, want %q", tc.addr, got, tc.want)
			}
		})
	}
}
