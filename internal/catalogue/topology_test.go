package catalogue_test

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
)

const topologyOrg = `apiVersion: obsgen.dev/v1
organisation:
  external_labels:
    - {name: cluster}
    - {name: region}
    - {name: replica}
  deduplication_label: replica
  query_tier: {url: "http://thanos-query:9090"}
`

const topologyService = `apiVersion: obsgen.dev/v1
service:
  name: shop
metric_groups:
  - name: g
    metrics:
      - {name: shop_up, type: gauge, help: Up.}
alert_groups:
  - name: local
    rules:
      - {alert: ShopDown, expr: shop_up == 0}
  - name: fleet
    runs: global
    partial_response_strategy: warn
    rules:
      - {alert: ShopFleetDown, expr: sum(shop_up) == 0}
recording_groups:
  - name: rec
    runs: global
    rules:
      - {record: "fleet:shop_up:sum", expr: sum(shop_up)}
`

func TestTopologySplitsGroupsAndNamesClusterLabels(t *testing.T) {
	c, diags := loadRouted(t, topologyOrg, topologyService)
	if diags.HasErrors() {
		t.Fatalf("unexpected problems:\n%v", diags)
	}
	if got := c.ClusterLabels(); strings.Join(got, ",") != "cluster,region" {
		t.Errorf("cluster labels %v, want cluster and region (replica deduplicates)", got)
	}
	if c.DeduplicationLabel() != "replica" {
		t.Errorf("deduplication label %q", c.DeduplicationLabel())
	}
	if got := catalogue.LocalGroups(c.AlertGroups); len(got) != 1 || got[0].Name != "local" {
		t.Errorf("local alert groups %v", got)
	}
	var names []string
	for _, g := range c.GlobalRuleGroups() {
		names = append(names, g.Name)
	}
	if strings.Join(names, ",") != "rec,fleet" {
		t.Errorf("global groups %v, want the recording group first", names)
	}
	if n := c.Organisation.QueryTier.DatasourceName(); n != catalogue.DefaultQueryTierName {
		t.Errorf("datasource name %q", n)
	}
}

func TestTopologyMistakesAreReportedWhereTheyAreWritten(t *testing.T) {
	for _, tc := range []struct {
		name, org, svc string
		want           string
	}{
		{"a deduplication label that is no external label",
			strings.Replace(topologyOrg, "deduplication_label: replica", "deduplication_label: replicas", 1), topologyService,
			`organisation.yaml:7:24: bad-value: deduplication_label: the external label "replicas" is not one of cluster, region, replica; did you mean replica?`},
		{"a query tier without a URL scheme",
			strings.Replace(topologyOrg, `"http://thanos-query:9090"`, `thanos-query:9090`, 1), topologyService,
			`organisation.yaml:8:21: bad-value: query_tier.url "thanos-query:9090" must be an http:// or https:// URL with a host`},
		{"a group running nowhere known", topologyOrg,
			strings.Replace(topologyService, "runs: global\n    partial", "runs: globl\n    partial", 1),
			`shop/spec.yaml:13:11: bad-value: runs "globl" is not one of local, global`},
		{"a partial response strategy on a local group", topologyOrg,
			strings.Replace(topologyService, "    runs: global\n    partial", "    partial", 1),
			`shop/spec.yaml:13:32: bad-value: partial_response_strategy is read by the Thanos Ruler only`},
		{"an unknown partial response strategy", topologyOrg,
			strings.Replace(topologyService, "strategy: warn", "strategy: skip", 1),
			`shop/spec.yaml:14:32: bad-value: partial_response_strategy "skip" is not one of abort, warn`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := loadRouted(t, tc.org, tc.svc)
			var have []string
			for _, d := range diags {
				if d.Severity != diag.Error {
					continue
				}
				rel := filepath.Base(filepath.Dir(d.Pos.File)) + "/" + filepath.Base(d.Pos.File)
				if filepath.Base(d.Pos.File) == catalogue.OrganisationFile {
					rel = catalogue.OrganisationFile
				}
				have = append(have, rel+":"+strconv.Itoa(d.Pos.Line)+":"+strconv.Itoa(d.Pos.Col)+": "+d.Code+": "+d.Message)
			}
			got := strings.Join(have, "\n")
			if !strings.Contains(got, tc.want) {
				t.Errorf("missing %q in:\n%s", tc.want, got)
			}
		})
	}
}
