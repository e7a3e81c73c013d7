package simulate

import (
	"regexp"
	"strconv"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

// TestFreeRoomIsServedAboveTheFloorItMustStayAbove: RabbitMQ blocks
// publishers when rabbitmq_disk_space_available_bytes falls below
// rabbitmq_disk_space_available_limit_bytes. The simulator read every
// limit as a ceiling and served 64 MiB free of a 1 GiB floor in healthy
// mode; a healthy node has room well above its floor, and a gauge that
// is not room (resident memory) keeps its ceiling, not the disk's floor.
func TestFreeRoomIsServedAboveTheFloorItMustStayAbove(t *testing.T) {
	c := testtool.LoadSpec(t, `apiVersion: obsgen.dev/v1
service: {name: rabbitmq}
metric_groups:
  - name: rabbitmq
    metrics:
      - {name: rabbitmq_disk_space_available_bytes, type: gauge, unit: bytes, help: Disk space available in bytes.}
      - {name: rabbitmq_disk_space_available_limit_bytes, type: gauge, unit: bytes, help: Free disk space low watermark in bytes.}
      - {name: rabbitmq_process_resident_memory_bytes, type: gauge, unit: bytes, help: Memory used in bytes.}
      - {name: rabbitmq_resident_memory_limit_bytes, type: gauge, unit: bytes, help: Memory high watermark in bytes.}
`)
	body, err := Exposition(c, Options{Time: fixed})
	if err != nil {
		t.Fatal(err)
	}
	value := func(name string) float64 {
		m := regexp.MustCompile(`(?m)^` + name + ` (\S+)$`).FindSubmatch(body)
		if m == nil {
			t.Fatalf("%s is not served:\n%s", name, body)
		}
		v, err := strconv.ParseFloat(string(m[1]), 64)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	if free, floor := value("rabbitmq_disk_space_available_bytes"), value("rabbitmq_disk_space_available_limit_bytes"); free <= floor {
		t.Errorf("disk space available %g is not above its floor %g", free, floor)
	}
	if used, limit := value("rabbitmq_process_resident_memory_bytes"), value("rabbitmq_resident_memory_limit_bytes"); used >= limit {
		t.Errorf("resident memory %g is not below its limit %g", used, limit)
	}
}
