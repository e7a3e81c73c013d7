package parallel

import (
	"fmt"
	"sync/atomic"
	"testing"
	"time"
)

func TestForEachCallsEveryIndexOnceOnAtMostItsWorkers(t *testing.T) {
	for _, workers := range []int{0, 1, 2, 8} {
		got := make([]int, 100)
		var running, most atomic.Int32
		ForEach(len(got), workers, func(i int) {
			now := running.Add(1)
			for {
				m := most.Load()
				if now <= m || most.CompareAndSwap(m, now) {
					break
				}
			}
			got[i]++
			time.Sleep(100 * time.Microsecond) // long enough for calls to overlap
			running.Add(-1)
		})
		for i, n := range got {
			if n != 1 {
				t.Fatalf("%d workers: index %d called %d times", workers, i, n)
			}
		}
		if limit := int32(max(1, workers)); most.Load() > limit {
			t.Errorf("%d workers: %d calls ran at once", workers, most.Load())
		}
	}
}

func TestForEachOfNothingCallsNothing(t *testing.T) {
	ForEach(0, 4, func(int) { t.Error("called") })
}

func TestForEachErrRunsEveryCallAndReturnsTheLowestIndexsError(t *testing.T) {
	var calls atomic.Int32
	err := ForEachErr(50, 4, func(i int) error {
		calls.Add(1)
		if i == 7 || i == 30 {
			return fmt.Errorf("call %d failed", i)
		}
		return nil
	})
	if err == nil || err.Error() != "call 7 failed" {
		t.Errorf("ForEachErr = %v, want call 7's error", err)
	}
	if calls.Load() != 50 {
		t.Errorf("%d calls ran, want all 50", calls.Load())
	}
	if err := ForEachErr(3, 2, func(int) error { return nil }); err != nil {
		t.Errorf("ForEachErr with no failure = %v", err)
	}
}
