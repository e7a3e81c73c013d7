package grafana

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/testtool"
)

func TestAGraphOfQueriesInDifferentUnitsGivesEachItsOwn(t *testing.T) {
	// The node-mixin's Disk I/O draws bytes read per second beside the
	// share of time the disk was busy; one unit for both was none at all.
	c := testtool.LoadSpec(t, `apiVersion: obsgen.dev/v1
service: {name: disk}
metric_groups:
  - name: g
    metrics:
      - {name: node_disk_read_bytes_total, type: counter, unit: bytes, help: Bytes read., labels: [device]}
      - {name: node_disk_io_time_seconds_total, type: counter, unit: seconds, help: Seconds spent doing I/Os., labels: [device]}
labels:
  - {name: device, description: Disk.}
dashboards:
  - uid: disk
    title: Disk
    rows:
      - title: R
        panels:
          - title: Disk I/O
            type: timeseries
            queries:
              - {expr: 'rate(node_disk_read_bytes_total[5m])', legend: '{{device}} read'}
              - {expr: 'rate(node_disk_io_time_seconds_total[5m])', legend: '{{device}} io time'}
          - title: Read, in KiB/s as the spec says
            type: timeseries
            unit: KiBs
            queries:
              - {expr: 'rate(node_disk_read_bytes_total[5m])'}
              - {expr: 'rate(node_disk_io_time_seconds_total[5m])', unit: percentunit}
`)
	var d struct {
		Panels []struct {
			FieldConfig struct {
				Defaults struct {
					Unit string `json:"unit"`
				} `json:"defaults"`
				Overrides []struct {
					Matcher struct {
						ID      string `json:"id"`
						Options string `json:"options"`
					} `json:"matcher"`
					Properties []struct {
						ID    string `json:"id"`
						Value string `json:"value"`
					} `json:"properties"`
				} `json:"overrides"`
			} `json:"fieldConfig"`
		} `json:"panels"`
	}
	if err := json.Unmarshal(testtool.Files(t, Generator{}, c, "disk/grafana/")["dashboards/disk.json"], &d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range d.Panels {
		s := "panel [" + p.FieldConfig.Defaults.Unit + "]"
		for _, o := range p.FieldConfig.Overrides {
			s += " " + o.Matcher.ID + " " + o.Matcher.Options + ":"
			for _, pr := range o.Properties {
				s += pr.ID + "=" + pr.Value
			}
		}
		got = append(got, s)
	}
	want := []string{
		"panel []",
		"panel [] byFrameRefID A:unit=Bps byFrameRefID B:unit=percentunit",
		"panel [KiBs] byFrameRefID B:unit=percentunit",
	}
	if len(got) != len(want) {
		t.Fatalf("panels %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("panel %d: %q, want %q", i, got[i], want[i])
		}
	}
}

func TestATableOfSeveralQueriesIsOneTableWithAColumnEach(t *testing.T) {
	c := testtool.LoadSpec(t, `apiVersion: obsgen.dev/v1
service: {name: fs}
metric_groups:
  - name: g
    metrics:
      - {name: node_filesystem_size_bytes, type: gauge, unit: bytes, help: Size., labels: [mountpoint]}
      - {name: node_filesystem_avail_bytes, type: gauge, unit: bytes, help: Available., labels: [mountpoint]}
labels:
  - {name: mountpoint, description: Mount point.}
dashboards:
  - uid: fs
    title: Fs
    rows:
      - title: R
        panels:
          - title: Disk Space Usage
            type: table
            queries:
              - {expr: 'max by (mountpoint) (node_filesystem_size_bytes)', legend: Size, instant: true, format: table}
              - {expr: 'max by (mountpoint) (node_filesystem_avail_bytes)', legend: Available, instant: true, format: table}
          - title: One query
            type: table
            queries:
              - {expr: 'max by (mountpoint) (node_filesystem_size_bytes)', instant: true, format: table}
`)
	var d struct {
		Panels []struct {
			Transformations []struct {
				ID      string         `json:"id"`
				Options map[string]any `json:"options"`
			} `json:"transformations"`
		} `json:"panels"`
	}
	if err := json.Unmarshal(testtool.Files(t, Generator{}, c, "fs/grafana/")["dashboards/fs.json"], &d); err != nil {
		t.Fatal(err)
	}
	ts := d.Panels[1].Transformations
	if len(ts) != 2 || ts[0].ID != "merge" || ts[1].ID != "organize" {
		t.Fatalf("transformations %+v, want merge then organize", ts)
	}
	rename, _ := ts[1].Options["renameByName"].(map[string]any)
	if rename["Value #A"] != "Size" || rename["Value #B"] != "Available" {
		t.Errorf("renames %v, want Value #A Size and Value #B Available", rename)
	}
	if len(d.Panels[2].Transformations) != 0 {
		t.Errorf("a table of one query is transformed: %+v", d.Panels[2].Transformations)
	}
}

func TestATargetVariableListsTheExportersUpGauge(t *testing.T) {
	// apache_up is served whether or not Apache answers, where its other
	// families are not: a target whose Apache is down can still be picked,
	// as the apache-http-mixin lists it. node_network_up, one series per
	// interface, is no exporter's up.
	for _, tc := range []struct{ metrics, want string }{
		{`      - {name: apache_accesses_total, type: counter, help: Accesses.}
      - {name: apache_up, type: gauge, help: Could the apache server be reached.}`, "label_values(apache_up, instance)"},
		{`      - {name: apache_accesses_total, type: counter, help: Accesses.}
      - {name: node_network_up, type: gauge, help: Interface up., labels: [device]}`, "label_values(apache_accesses_total, instance)"},
	} {
		c := testtool.LoadSpec(t, `apiVersion: obsgen.dev/v1
service: {name: web}
labels:
  - {name: device, description: Interface.}
metric_groups:
  - name: g
    metrics:
`+tc.metrics+`
dashboards:
  - uid: web
    title: Web
    variables: [instance]
    rows:
      - title: R
        panels:
          - {title: Accesses, type: timeseries, queries: [{expr: 'rate(apache_accesses_total{instance=~"$instance"}[5m])'}]}
`)
		data := string(testtool.Files(t, Generator{}, c, "web/grafana/")["dashboards/web.json"])
		if !strings.Contains(data, `"definition": "`+tc.want+`"`) {
			t.Errorf("want the variable %s in:\n%s", tc.want, data)
		}
	}
}

// TestAVariableListsTheValuesOfTheChoicesBeforeItThatItsSeriesCarries:
// RabbitMQ's dashboards list the nodes of the cluster chosen,
// label_values(rabbitmq_identity_info{rabbitmq_cluster="$rabbitmq_cluster"},
// rabbitmq_node); an imported dashboard listed every cluster's nodes, as
// only target labels were chained. A label the series lacks is not chained
// (it would list nothing).
func TestAVariableListsTheValuesOfTheChoicesBeforeItThatItsSeriesCarries(t *testing.T) {
	c := testtool.LoadSpec(t, `apiVersion: obsgen.dev/v1
service: {name: rabbitmq}
labels: [{name: rabbitmq_cluster}, {name: rabbitmq_node}, {name: queue}]
metric_groups:
  - name: rabbitmq
    metrics:
      - {name: rabbitmq_identity_info, type: gauge, help: RabbitMQ node and cluster identity info., labels: [rabbitmq_cluster, rabbitmq_node]}
      - {name: rabbitmq_detailed_queue_messages, type: gauge, help: Messages in a queue., labels: [queue]}
dashboards:
  - uid: overview
    title: Overview
    variables: [rabbitmq_cluster, queue, rabbitmq_node]
    rows:
      - title: R
        panels:
          - {title: Nodes, type: stat, queries: [{expr: 'count(rabbitmq_identity_info{rabbitmq_cluster="$rabbitmq_cluster", rabbitmq_node="$rabbitmq_node"})'}]}
          - {title: Queue, type: stat, queries: [{expr: 'sum(rabbitmq_detailed_queue_messages{queue="$queue"})'}]}
`)
	data := string(testtool.Files(t, Generator{}, c, "rabbitmq/grafana/")["dashboards/overview.json"])
	for _, want := range []string{
		`"definition": "label_values(rabbitmq_identity_info, rabbitmq_cluster)"`,
		`"definition": "label_values(rabbitmq_detailed_queue_messages, queue)"`,
		`"definition": "label_values(rabbitmq_identity_info{rabbitmq_cluster=\"$rabbitmq_cluster\"}, rabbitmq_node)"`,
	} {
		if !strings.Contains(data, want) {
			t.Errorf("want %s in:\n%s", want, data)
		}
	}
}
