package simulate

import (
	"testing"
	"time"

	"github.com/obsgen/obsgen/internal/catalogue"
)

func TestAScenariosWaitIsItsLongestWindowAndItsFor(t *testing.T) {
	for _, tc := range []struct {
		name, expr   string
		forDur       time.Duration
		window, hold time.Duration
	}{
		{"a rate over 15 minutes held for 2", "rate(mysql_global_status_innodb_log_waits[15m]) > 10", 2 * time.Minute, 15 * time.Minute, 2 * time.Minute},
		{"a subquery's range counts", "increase((max(x) or 0 * absent(x))[15m:1m]) >= 4", 5 * time.Minute, 15 * time.Minute, 5 * time.Minute},
		{"the longest of several windows", "rate(a[5m]) / rate(b[1h]) > 2", 0, time.Hour, 0},
		{"a level has no window", "x == 0", time.Minute, 0, time.Minute},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := &catalogue.Rule{Alert: "A", Expr: catalogue.NewExpr(tc.expr, catalogue.Pos{}), For: catalogue.Duration(tc.forDur)}
			window, hold := Wait(r)
			if window != tc.window || hold != tc.hold {
				t.Errorf("Wait = %v, %v; want %v, %v", window, hold, tc.window, tc.hold)
			}
		})
	}
}
