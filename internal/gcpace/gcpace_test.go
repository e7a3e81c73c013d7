package gcpace

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

func TestPercentLetsTheGarbageThePolicyAllowsBuildAndNeverLessThanTheDefault(t *testing.T) {
	const mb = 1 << 20
	paced := Policy{Headroom: 48 * mb, Growth: 150, Ceiling: 200 * mb}
	for _, tc := range []struct {
		name string
		live uint64
		pol  Policy
		want int
	}{
		{"a live heap a tenth of the headroom lets ten times itself build", 10 * mb, Policy{Headroom: 100 * mb}, 1000},
		{"a live heap half the headroom lets twice itself build", 32 * mb, Policy{Headroom: 64 * mb}, 200},
		{"a live heap as large as the headroom is paced as by default", 64 * mb, Policy{Headroom: 64 * mb}, 100},
		{"a live heap larger than the headroom is paced as by default", 300 * mb, Policy{Headroom: 64 * mb}, 100},
		{"a small live heap lets the headroom build, more than its growth", 20 * mb, paced, 240},
		{"a middling live heap lets its growth build", 60 * mb, paced, 150},
		{"the growth stops at the ceiling", 90 * mb, paced, 122},
		{"a live heap half the ceiling is paced as by default", 100 * mb, paced, 100},
		{"a live heap past the ceiling is paced as by default", 300 * mb, paced, 100},
		{"growth without a ceiling has no bound", 300 * mb, Policy{Growth: 150}, 150},
		{"no policy is the default", 1 * mb, Policy{}, 100},
		{"an empty heap is bounded", 0, Policy{Headroom: 64 * mb}, 1 << 20},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Percent(tc.live, tc.pol); got != tc.want {
				t.Errorf("Percent(%d MB, %+v) = %d, want %d", tc.live/mb, tc.pol, got, tc.want)
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
	p := Start(Policy{Headroom: 64 << 20})
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
			if p := Start(Policy{Headroom: 64 << 20}); p != nil {
				p.Stop()
				t.Fatalf("Start paced although %s is set", env)
			}
			var p *Pacer
			p.Stop() // a nil pacer stops
		})
	}
}
