package kubernetes

import (
	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/generators/prometheus"
	"github.com/obsgen/obsgen/internal/catalogue"
	monitoringv1 "github.com/prometheus-operator/prometheus-operator/pkg/apis/monitoring/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/util/intstr"
)

// PrometheusRule holds the service's local alerting groups, then its local
// recording groups, then its SLO groups, exactly as the Prometheus rule
// files have them (runbook_url included): the Prometheus of each cluster
// loads it. Global groups run in the global ruler instead (../thanos/,
// ../cortex/, ../vmalert/).
func PrometheusRule(c *catalogue.Catalogue) monitoringv1.PrometheusRule {
	pr := monitoringv1.PrometheusRule{
		TypeMeta:   metav1.TypeMeta{APIVersion: monitoringv1.SchemeGroupVersion.String(), Kind: monitoringv1.PrometheusRuleKind},
		ObjectMeta: metav1.ObjectMeta{Name: dnsLabel(c.Service.Name), Labels: objectLabels(c)},
	}
	for _, part := range prometheus.RuleFiles(c) {
		if part.Global {
			continue
		}
		for _, g := range prometheus.RuleGroups(c, part.Groups).Groups {
			rg := monitoringv1.RuleGroup{Name: g.Name}
			if g.Interval != 0 {
				d := monitoringv1.Duration(g.Interval.String())
				rg.Interval = &d
			}
			for _, r := range g.Rules {
				rule := monitoringv1.Rule{
					Alert:       r.Alert,
					Record:      r.Record,
					Expr:        intstr.FromString(r.Expr),
					Labels:      r.Labels,
					Annotations: r.Annotations,
				}
				if r.For != 0 {
					d := monitoringv1.Duration(r.For.String())
					rule.For = &d
				}
				if r.KeepFiringFor != 0 {
					d := monitoringv1.NonEmptyDuration(r.KeepFiringFor.String())
					rule.KeepFiringFor = &d
				}
				rg.Rules = append(rg.Rules, rule)
			}
			pr.Spec.Groups = append(pr.Spec.Groups, rg)
		}
	}
	return pr
}

// RuleFile renders prometheusrule.yaml.
func RuleFile(c *catalogue.Catalogue) ([]byte, error) {
	header := generators.Header(c.Service.Name, "#") +
		"# The rule groups of ../prometheus/alerts.yaml, recording.yaml and slos.yaml for the\n" +
		"# Prometheus Operator: `kubectl apply -f prometheusrule.yaml`. Add the\n" +
		"# labels your Prometheus resource's ruleSelector expects.\n"
	pr := PrometheusRule(c)
	doc, ok, err := ruleDoc(pr)
	if err != nil || !ok {
		return documents(header, pr)
	}
	data, ok, err := ruleDocYAML(doc)
	if err == nil && !ok {
		data, err = encodeNode(doc)
	}
	if err != nil {
		return nil, err
	}
	return append([]byte(header), data...), nil
}
