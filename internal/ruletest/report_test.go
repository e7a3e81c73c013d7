package ruletest

import (
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
)

func TestResultsArePrintedAsGoTestPrintsThem(t *testing.T) {
	results := []Result{
		{Service: "shop", Rule: "ShopDown", Test: "fires", Pos: catalogue.Pos{File: "spec.yaml", Line: 9, Col: 3},
			Failures: []string{"alert ShopDown at 3m:\n    want: a\n    got:  nothing"}},
		{Service: "shop", Rule: "ShopDown", Test: "quiet"},
	}
	var b strings.Builder
	tally, err := WriteResults(&b, "shop", results, true)
	if err != nil {
		t.Fatal(err)
	}
	want := "--- FAIL: shop/ShopDown/fires (spec.yaml:9:3)\n" +
		"    alert ShopDown at 3m:\n        want: a\n        got:  nothing\n" +
		"--- PASS: shop/ShopDown/quiet\n" +
		"FAIL\tshop\t2 tests\n"
	if b.String() != want || tally != (Tally{Passed: 1, Failed: 1}) {
		t.Errorf("got %+v\n%s\nwant\n%s", tally, b.String(), want)
	}
}

func TestCoverageSaysWhatEachRuleMisses(t *testing.T) {
	cov := []Coverage{
		{Service: "shop", Rule: "ShopDown", Alert: true, Tests: 2, Firing: true, NotFiring: true},
		{Service: "shop", Rule: "ShopSlow", Alert: true, Pos: catalogue.Pos{File: "spec.yaml", Line: 20, Col: 9}},
	}
	var b strings.Builder
	if err := WriteCoverage(&b, "shop", cov); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"coverage shop: 1/2 alerts tested firing and not firing, 0/0 recording rules tested\n",
		"  ShopDown                                 alert   firing: yes  not firing: yes  (2 tests)\n",
		"  ShopSlow                                 alert   firing: no   not firing: no   (0 tests)  MISSING: no test (spec.yaml:20:9)\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("lacks %q:\n%s", want, out)
		}
	}
	if Incomplete(cov) != 1 {
		t.Errorf("Incomplete = %d, want 1", Incomplete(cov))
	}
}
