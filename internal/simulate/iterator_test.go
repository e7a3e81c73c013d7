package simulate

import (
	"math"
	"testing"

	"github.com/prometheus/prometheus/tsdb/chunkenc"
)

func TestTheIteratorPassesOverNaNsAndSeeksForward(t *testing.T) {
	nan := math.NaN()
	s := &series{times: []int64{10, 20, 30, 40, 50, 60}, values: []float64{nan, 2, 3, nan, nan, 6}}
	var got []int64
	it := s.Iterator(nil)
	for it.Next() == chunkenc.ValFloat {
		tm, v := it.At()
		if float64(tm)/10 != v {
			t.Fatalf("at %d: %g", tm, v)
		}
		got = append(got, tm)
	}
	if len(got) != 3 || got[0] != 20 || got[1] != 30 || got[2] != 60 {
		t.Fatalf("Next visits %v, want [20 30 60]", got)
	}
	if it.Next() != chunkenc.ValNone || it.Seek(0) != chunkenc.ValNone {
		t.Fatal("an exhausted iterator has more")
	}
	it = s.Iterator(it)
	for _, c := range []struct {
		seek, at int64
		ok       bool
	}{{0, 20, true}, {15, 20, true}, {21, 30, true}, {30, 30, true}, {5, 30, true}, {31, 60, true}, {61, 0, false}} {
		if vt := it.Seek(c.seek); vt != chunkenc.ValFloat {
			if c.ok {
				t.Fatalf("Seek(%d) = %v, want a sample at %d", c.seek, vt, c.at)
			}
		} else if !c.ok || it.AtT() != c.at {
			t.Fatalf("Seek(%d) is at %d, want %d (%v)", c.seek, it.AtT(), c.at, c.ok)
		}
	}
}
