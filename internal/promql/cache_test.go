package promql

import (
	"strconv"
	"sync"
	"testing"
)

func TestCallersParsingOneTextAtOnceGetOneTree(t *testing.T) {
	for round := range 20 {
		text := "sum by (job) (rate(cache_test_total_" + strconv.Itoa(round) + "[5m]))"
		got := make([]*Parsed, 8)
		var start, wg sync.WaitGroup
		start.Add(1)
		for i := range got {
			wg.Go(func() {
				start.Wait()
				p, err := Parse(text, false)
				if err != nil {
					t.Error(err)
				}
				got[i] = p
			})
		}
		start.Done()
		wg.Wait()
		for i, p := range got {
			if p == nil || p != got[0] {
				t.Fatalf("round %d: caller %d got tree %p, caller 0 got %p", round, i, p, got[0])
			}
		}
	}
}
