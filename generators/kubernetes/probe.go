package kubernetes

import (
	"slices"
	"strings"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/internal/catalogue"
	monitoringv1 "github.com/prometheus-operator/prometheus-operator/pkg/apis/monitoring/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// Probes returns one Prometheus Operator Probe per probe job, in spec
// order: the operator writes the blackbox exporter's multi-target scrape
// config for it (each target as ?target= and as instance, the prober's
// address scraped), as prometheus/scrape.yaml does outside Kubernetes.
func Probes(c *catalogue.Catalogue) []monitoringv1.Probe {
	var out []monitoringv1.Probe
	for _, t := range jobTargets(c, true) {
		job := t.JobName(c)
		p := monitoringv1.Probe{
			TypeMeta:   metav1.TypeMeta{APIVersion: monitoringv1.SchemeGroupVersion.String(), Kind: monitoringv1.ProbesKind},
			ObjectMeta: metav1.ObjectMeta{Name: dnsLabel(job), Labels: objectLabels(c)},
			Spec: monitoringv1.ProbeSpec{
				JobName:       job,
				ProberSpec:    monitoringv1.ProberSpec{URL: t.Probe.Prober},
				Module:        t.Probe.Module,
				Targets:       monitoringv1.ProbeTargets{StaticConfig: &monitoringv1.ProbeTargetStaticConfig{Targets: slices.Clone(t.Probe.Targets)}},
				Interval:      monitoringv1.Duration(durationString(t.Interval)),
				ScrapeTimeout: monitoringv1.Duration(durationString(t.Timeout)),
			},
		}
		if path := t.ScrapePath(c); path != "/probe" {
			p.Spec.ProberSpec.Path = path
		}
		if t.Scheme != "" {
			s := monitoringv1.Scheme(strings.ToLower(t.Scheme))
			p.Spec.ProberSpec.Scheme = &s
		}
		out = append(out, p)
	}
	return out
}

// ProbeFile renders operator-probe.yaml: one Probe per probe job.
func ProbeFile(c *catalogue.Catalogue) ([]byte, error) {
	header := generators.Header(c.Service.Name, "#") +
		"# Probes for the Prometheus Operator, one per probe job: `kubectl apply -f operator-probe.yaml`.\n"
	var objects []any
	for _, p := range Probes(c) {
		objects = append(objects, p)
	}
	return documents(header, objects...)
}
