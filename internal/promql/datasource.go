package promql

import "strings"

// A Grafana panel may query Loki, Elasticsearch or another datasource
// beside Prometheus (a mixin's logs dashboard: count_over_time({job="x"}
// |~ "error" [5m])), and only a Prometheus target's query is PromQL.

// DatasourceVariables returns what each datasource variable of a
// dashboard's templating list offers, by name: {"loki_datasource":
// "loki", "datasource": "prometheus"}.
func DatasourceVariables(list []map[string]any) map[string]string {
	out := map[string]string{}
	for _, v := range list {
		if v["type"] != "datasource" {
			continue
		}
		name, _ := v["name"].(string)
		query, _ := v["query"].(string)
		if name != "" {
			out[name] = strings.ToLower(query)
		}
	}
	return out
}

// IsPromQLTarget reports whether a target whose datasource is target
// (else the panel's, panel) queries Prometheus (TargetDatasource).
func IsPromQLTarget(target, panel any, vars map[string]string) bool {
	return TargetDatasource(target, panel, vars) == "prometheus"
}

// TargetDatasource returns the type of datasource a target whose
// datasource is target (else the panel's, panel) queries, as the
// datasource's type, the type a datasource variable offers, or the
// datasource's name says: "loki", "prometheus". A target naming none uses
// the dashboard's default, which for a Prometheus mixin is Prometheus.
func TargetDatasource(target, panel any, vars map[string]string) string {
	for _, ds := range []any{target, panel} {
		if typ, known := datasourceType(ds, vars); known {
			return typ
		}
	}
	return "prometheus"
}

// datasourceType returns the type of a datasource reference as Grafana
// writes it: {"type": "loki", "uid": "..."}, {"uid": "${loki}"}, a name
// ("Loki", "$datasource") or nothing; known is false for nothing and for
// Grafana's mixed datasource, which leaves each target its own.
func datasourceType(ds any, vars map[string]string) (typ string, known bool) {
	var name string
	switch d := ds.(type) {
	case map[string]any:
		t, _ := d["type"].(string)
		uid, _ := d["uid"].(string)
		switch {
		case t == "datasource" || uid == "-- Mixed --":
			return "", false
		case t != "" && !strings.Contains(t, "$"):
			return strings.ToLower(t), true
		}
		name = uid
	case string:
		name = d
	}
	switch name = strings.TrimSpace(name); {
	case name == "" || name == "-- Mixed --" || name == "-- Grafana --":
		return "", false
	case strings.HasPrefix(name, "$"):
		ref := strings.Trim(strings.TrimPrefix(name, "$"), "{}")
		if typ, ok := vars[ref]; ok && typ != "" {
			return typ, true
		}
		return "prometheus", true // a variable the dashboard does not declare: its default
	}
	for _, other := range []string{"loki", "elasticsearch", "influx", "graphite", "tempo", "jaeger", "postgres", "mysql", "cloudwatch"} {
		if strings.Contains(strings.ToLower(name), other) {
			return other, true
		}
	}
	return "prometheus", true
}
