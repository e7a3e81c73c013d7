package testtool

import (
	"math/rand/v2"
	"net"
	"os"
	"strconv"
	"strings"
	"testing"
)

// FreePort returns a port on 127.0.0.1 that nothing listens on, for a
// server a test starts as another process. It is taken below the kernel's
// ephemeral range: a port the kernel handed out and the test released
// could be handed out again to any socket bound to port 0 (a test's own
// httptest server) before the process binds it, which is how an
// Alertmanager once found its port taken by a simulator started after it.
func FreePort(t testing.TB) int {
	t.Helper()
	if lo := ephemeralLow(); lo > firstPort+1000 {
		for range 100 {
			p := firstPort + rand.IntN(lo-firstPort)
			if ln, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(p)); err == nil {
				_ = ln.Close()
				return p
			}
		}
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// firstPort is the lowest port FreePort takes, above the ports services
// commonly use.
const firstPort = 20000

// ephemeralLow is the first port of the kernel's ephemeral range, or 0
// where it cannot be read.
func ephemeralLow() int {
	data, err := os.ReadFile("/proc/sys/net/ipv4/ip_local_port_range")
	if err != nil {
		return 0
	}
	fields := strings.Fields(string(data))
	if len(fields) == 0 {
		return 0
	}
	lo, err := strconv.Atoi(fields[0])
	if err != nil {
		return 0
	}
	return lo
}
