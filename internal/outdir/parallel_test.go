package outdir

import (
	"fmt"
	"testing"
)

func TestForEachReturnsTheLowestFailureNotTheFirst(t *testing.T) {
	started5, failed40 := make(chan struct{}), make(chan struct{})
	err := forEach(100, func(i int) error {
		switch i {
		case 5:
			// Under way before 40 fails, so not skipped; fails after it.
			close(started5)
			<-failed40
			return fmt.Errorf("call %d failed", i)
		case 40:
			<-started5
			close(failed40)
			return fmt.Errorf("call %d failed", i)
		}
		return nil
	})
	if err == nil || err.Error() != "call 5 failed" {
		t.Errorf("forEach = %v, want call 5's error", err)
	}
}
