package ruletest

import (
	"testing"
	"time"

	"github.com/obsgen/obsgen/internal/testtool"
	"github.com/prometheus/prometheus/rules"
)

func TestTraceShowsTheSignalPendingThenFiring(t *testing.T) {
	c := testtool.Load(t, "../../specs/rstmdb")
	r := c.AlertVariants("RstmdbHighErrorRate")[0]
	tr, err := TraceRule(c, r)
	if err != nil {
		t.Fatal(err)
	}
	if tr == nil || tr.Test != "fires after five minutes above 10 errors/s" {
		t.Fatalf("trace of the wrong test: %+v", tr)
	}
	if len(tr.Signals) != 1 || tr.Signals[0].Op != ">" || tr.Signals[0].Threshold != 10 {
		t.Fatalf("signals = %+v, want rate(...) > 10", tr.Signals)
	}
	if len(tr.Inputs) != 1 || len(tr.Inputs[0].Points) != 21 {
		t.Fatalf("inputs = %+v, want one series of 21 points", tr.Inputs)
	}
	// The comment in the spec: the rate passes 10/s at 3m, so the alert is
	// pending until 8m, then fires.
	state := func(at time.Duration) rules.AlertState {
		for i, ti := range tr.Times {
			if ti == at {
				return tr.States[i]
			}
		}
		t.Fatalf("no evaluation at %s", at)
		return 0
	}
	for _, tc := range []struct {
		at   time.Duration
		want rules.AlertState
	}{{0, rules.StateInactive}, {2 * time.Minute, rules.StateInactive}, {3 * time.Minute, rules.StatePending}, {7 * time.Minute, rules.StatePending}, {8 * time.Minute, rules.StateFiring}, {20 * time.Minute, rules.StateFiring}} {
		if got := state(tc.at); got != tc.want {
			t.Errorf("state at %s = %s, want %s", tc.at, got, tc.want)
		}
	}
	if last := tr.Signals[0].Lines[0].Points; last[len(last)-1].V != 20 {
		t.Errorf("the rate ends at %g, want 20", last[len(last)-1].V)
	}
}

func TestTraceOfABurnRateAlertDrawsEveryWindow(t *testing.T) {
	c := testtool.Load(t, "../../specs/rstmdb")
	r := c.AlertVariants("RstmdbRequestAvailabilityBudgetBurn")[0]
	tr, err := TraceRule(c, r)
	if err != nil {
		t.Fatal(err)
	}
	if tr == nil || len(tr.Signals) != 4 {
		t.Fatalf("want the 4 windows of the page alert, got %+v", tr)
	}
	if tr.States[len(tr.States)-1] != rules.StateFiring {
		t.Errorf("the page alert does not fire at the end of its firing test")
	}
}
