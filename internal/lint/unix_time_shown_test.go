package lint

import "testing"

func TestUnixTimeShown(t *testing.T) {
	runExprCases(t, unixTimeShown, []exprCase{
		{name: "the age of a Unix time is a duration", in: inPanel, expr: `time() - max(shop_last_backup_timestamp_seconds)`},
		{name: "a Unix time in milliseconds is a date Grafana shows", in: inPanel, expr: `shop_last_backup_timestamp_seconds * 1000`},
		{name: "a Unix time compared in an alert is not shown", in: inAlert, expr: `time() - shop_last_backup_timestamp_seconds > 86400`},
		{name: "a Unix time in an example query is not on a dashboard", expr: `shop_last_backup_timestamp_seconds`},
		{name: "a level is not a time", in: inPanel, expr: `max(shop_queue_length)`},
		{name: "a Unix time shown as it is", in: inPanel, expr: `max(shop_last_backup_timestamp_seconds)`, at: []string{"max("}},
	})
}
