package kubernetes

import (
	"strings"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/internal/catalogue"
	monitoringv1 "github.com/prometheus-operator/prometheus-operator/pkg/apis/monitoring/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// DefaultPort is the Service port name a ServiceMonitor scrapes when the
// spec's scrape target has no kubernetes block.
const DefaultPort = "metrics"

// selectorLabel is the Service label a ServiceMonitor selects on by default.
const selectorLabel = "app.kubernetes.io/name"

// ServiceMonitors returns one ServiceMonitor per scrape job, in spec order;
// a job several variants declare (static and DNS, say) is taken from the
// first. Each relabels job to the spec's job name, so that alerts written
// for it (up{job="..."}) match under the operator too.
func ServiceMonitors(c *catalogue.Catalogue) []monitoringv1.ServiceMonitor {
	var out []monitoringv1.ServiceMonitor
	for _, t := range jobTargets(c, false) {
		out = append(out, serviceMonitor(c, t, t.JobName(c)))
	}
	return out
}

// jobTargets returns the first scrape target of each job, in spec order:
// the jobs that scrape the service (probes false) or those of probes
// (true), which the operator's Probe objects make.
func jobTargets(c *catalogue.Catalogue, probes bool) []*catalogue.ScrapeTarget {
	if c.Scrape == nil {
		return nil
	}
	var out []*catalogue.ScrapeTarget
	seen := map[string]bool{}
	for i := range c.Scrape.Targets {
		t := &c.Scrape.Targets[i]
		if job := t.JobName(c); !seen[job] {
			seen[job] = true
			if (t.Probe != nil) == probes {
				out = append(out, t)
			}
		}
	}
	return out
}

func serviceMonitor(c *catalogue.Catalogue, t *catalogue.ScrapeTarget, job string) monitoringv1.ServiceMonitor {
	selector, port, namespace := defaultSelector(c, t), DefaultPort, ""
	if k := t.Kubernetes; k != nil {
		if len(k.Selector) > 0 {
			selector = k.Selector
		}
		if k.Port != "" {
			port = k.Port
		}
		namespace = k.Namespace
	}
	ep := monitoringv1.Endpoint{
		HonorLabels:   t.HonorLabels,
		Port:          port,
		Path:          metricsPath(c, t),
		Interval:      monitoringv1.Duration(durationString(t.Interval)),
		ScrapeTimeout: monitoringv1.Duration(durationString(t.Timeout)),
		RelabelConfigs: []monitoringv1.RelabelConfig{{
			Action:      "replace",
			TargetLabel: "job",
			Replacement: &job,
		}},
	}
	if t.Scheme != "" {
		s := monitoringv1.Scheme(strings.ToLower(t.Scheme))
		ep.Scheme = &s
	}
	if len(t.Params) > 0 {
		ep.Params = t.Params
	}
	sm := monitoringv1.ServiceMonitor{
		TypeMeta:   metav1.TypeMeta{APIVersion: monitoringv1.SchemeGroupVersion.String(), Kind: monitoringv1.ServiceMonitorsKind},
		ObjectMeta: metav1.ObjectMeta{Name: dnsLabel(job), Labels: objectLabels(c)},
		Spec: monitoringv1.ServiceMonitorSpec{
			Selector:  metav1.LabelSelector{MatchLabels: selector},
			Endpoints: []monitoringv1.Endpoint{ep},
		},
	}
	if namespace != "" {
		sm.Spec.NamespaceSelector.MatchNames = []string{namespace}
	}
	return sm
}

// defaultSelector selects Services labelled with the target's component,
// or the service name.
func defaultSelector(c *catalogue.Catalogue, t *catalogue.ScrapeTarget) map[string]string {
	name := t.Component
	if name == "" {
		name = c.Service.Name
	}
	return map[string]string{selectorLabel: dnsLabel(name)}
}

// metricsPath is the target's path when it is not Prometheus's default.
func metricsPath(c *catalogue.Catalogue, t *catalogue.ScrapeTarget) string {
	if p := t.ScrapePath(c); p != "/metrics" {
		return p
	}
	return ""
}

func durationString(d catalogue.Duration) string {
	if d <= 0 {
		return ""
	}
	return d.String()
}

// ServiceMonitorFile renders servicemonitor.yaml: one document per job.
func ServiceMonitorFile(c *catalogue.Catalogue) ([]byte, error) {
	header := generators.Header(c.Service.Name, "#") +
		"# ServiceMonitors for the Prometheus Operator, one per scrape job:\n" +
		"# `kubectl apply -f servicemonitor.yaml`.\n"
	var defaulted bool
	var objects []any
	for _, sm := range ServiceMonitors(c) {
		objects = append(objects, sm)
	}
	for _, t := range jobTargets(c, false) {
		if t.Kubernetes == nil || len(t.Kubernetes.Selector) == 0 || t.Kubernetes.Port == "" {
			defaulted = true
		}
	}
	if defaulted {
		header += "# Where the spec's scrape target has no kubernetes block, the ServiceMonitor\n" +
			"# selects Services labelled " + selectorLabel + "=<component, or service name>\n" +
			"# and scrapes their port named " + DefaultPort + ": label your Service so, or add\n" +
			"# kubernetes: {selector, port, namespace} to the target in the spec.\n"
	}
	return documents(header, objects...)
}
