package catalogue

import "strings"

// IsExporterUp reports whether a metric name is an exporter's word on its
// service (apache_up, mysql_up, pg_up, nginx_up): 1 when it reached it, 0
// when not, served either way, where the service's own families are
// served only while it answers.
func IsExporterUp(name string) bool { return strings.HasSuffix(name, "_up") && name != "up" }

// ExporterUp returns the catalogue's exporter-up gauge (IsExporterUp, one
// series a target: no labels of its own, which node_network_up's device
// is), nil when it has none or several.
func (c *Catalogue) ExporterUp() *Metric {
	var found *Metric
	for _, m := range c.Metrics() {
		if m.Type == Gauge && IsExporterUp(m.Name) && len(m.Labels) == 0 {
			if found != nil {
				return nil
			}
			found = m
		}
	}
	return found
}

// IsExportersOwn reports whether a family is an exporter's own, served
// whether or not the exporter reaches its service: its build info
// (memcached_exporter_build_info, <exporter>_exporter_*), the Go
// runtime's and the process's. An exporter whose up gauge is 0 serves
// these and nothing of the service.
func IsExportersOwn(name string) bool {
	return strings.Contains(name, "_exporter_") || strings.HasPrefix(name, "go_") ||
		strings.HasPrefix(name, "process_") || strings.HasPrefix(name, "promhttp_")
}
