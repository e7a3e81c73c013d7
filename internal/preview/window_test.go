package preview

import (
	"math"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

// TestARateOverAWindowShorterThanTwoScrapesIsDrawn: RabbitMQ's dashboards
// write rate(x[60s]) for a 15-second scrape; the preview's history holds a
// sample every two minutes, so such a rate read no two samples and five
// of thirteen panels drew nothing. It is drawn as over two scrapes.
func TestARateOverAWindowShorterThanTwoScrapesIsDrawn(t *testing.T) {
	c := testtool.LoadSpec(t, `apiVersion: obsgen.dev/v1
service: {name: rabbitmq}
metric_groups:
  - name: rabbitmq
    metrics:
      - {name: rabbitmq_channel_messages_published_total, type: counter, help: Messages published into an exchange on a channel.}
`)
	e, err := New(c)
	if err != nil {
		t.Fatal(err)
	}
	for _, expr := range []string{
		"sum(rate(rabbitmq_channel_messages_published_total[60s]))",
		"sum(rate(rabbitmq_channel_messages_published_total[5m]))",
	} {
		got, err := e.Query(expr)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || math.IsNaN(got[0].Values[len(got[0].Values)-1]) || got[0].Values[len(got[0].Values)-1] <= 0 {
			t.Errorf("%s: %v, want one steady series", expr, got)
		}
	}
}
