package gcpace

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

func TestPercentLetsTheHeadroomBuildAndNeverLessThanTheDefault(t *testing.T) {
	for _, tc := range []struct {
		name           string
		live, headroom uint64
		want           int
	}{
		{"a live heap a tenth of the headroom lets ten times itself build", 10 << 20, 100 << 20, 1000},
		{"a live heap half the headroom lets twice itself build", 32 << 20, 64 << 20, 200},
		{"a live heap as large as the headroom is paced as by default", 64 << 20, 64 << 20, 100},
		{"a live heap larger than the headroom is paced as by default", 300 << 20, 64 << 20, 100},
		{"no headroom is the default", 1 << 20, 0, 100},
		{"an empty heap is bounded", 0, 64 << 20, 1 << 20},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Percent(tc.live, tc.headroom); got != tc.want {
				t.Errorf("Percent(%d, %d) = %d, want %d", tc.live, tc.headroom, got, tc.want)
			}
		})
	}
}

// gcPercent is the collector's current percentage.
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

// collectUntil runs collections until the pacer has set a percentage
// that ok accepts (its finalizer runs after a collection, on its own
// goroutine), or fails after a few seconds.
func collectUntil(t *testing.T, p *Pacer, ok func(int) bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !ok(p.Current()) {
		if time.Now().After(deadline) {
			t.Fatalf("the pacer still sets %d%% after collections", p.Current())
		}
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
}

var held [][]byte

func TestThePacerFollowsTheLiveHeapAfterEachCollection(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	p := Start(64 << 20)
	if p == nil {
		t.Fatal("Start did not pace with GOGC and GOMEMLIMIT unset")
	}
	defer p.Stop()
	collectUntil(t, p, func(pc int) bool { return pc > 200 })
	if got := gcPercent(); got != p.Current() {
		t.Fatalf("the collector runs at %d%%, the pacer set %d%%", got, p.Current())
	}
	// A live heap larger than the headroom: paced as by default.
	for range 12 {
		held = append(held, make([]byte, 8<<20))
	}
	collectUntil(t, p, func(pc int) bool { return pc == 100 })
	held = nil
	collectUntil(t, p, func(pc int) bool { return pc > 200 })
	p.Stop()
	if got := gcPercent(); got != 100 {
		t.Errorf("after Stop the collector runs at %d%%, want the default 100", got)
	}
}

func TestTheEnvironmentDecidesWhenItSetsGOGCOrGOMEMLIMIT(t *testing.T) {
	for _, env := range []string{"GOGC", "GOMEMLIMIT"} {
		t.Run(env, func(t *testing.T) {
			t.Setenv("GOGC", "")
			t.Setenv("GOMEMLIMIT", "")
			t.Setenv(env, "200")
			if p := Start(64 << 20); p != nil {
				p.Stop()
				t.Fatalf("Start paced although %s is set", env)
			}
			var p *Pacer
			p.Stop() // a nil pacer stops
		})
	}
}
