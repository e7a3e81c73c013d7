package health

import (
	"encoding/json"
	"fmt"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/internal/catalogue"
	"go.yaml.in/yaml/v3"
	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/util/intstr"
)

// ContainerProbes is the part of a core/v1 Container that probes.yaml holds:
// paste it into the service's container spec.
type ContainerProbes struct {
	LivenessProbe  *corev1.Probe `json:"livenessProbe,omitempty"`
	ReadinessProbe *corev1.Probe `json:"readinessProbe,omitempty"`
	StartupProbe   *corev1.Probe `json:"startupProbe,omitempty"`
}

// ProbeVariants lists the probe variants in the order the spec first names
// them; a spec that names none has the one variant "".
func ProbeVariants(h *catalogue.Health) []string {
	var out []string
	seen := map[string]bool{}
	for _, p := range h.Probes {
		if !seen[p.Variant] {
			seen[p.Variant] = true
			out = append(out, p.Variant)
		}
	}
	return out
}

// Probes builds the probes of one variant.
func Probes(h *catalogue.Health, variant string) (ContainerProbes, error) {
	var out ContainerProbes
	for _, p := range h.Probes {
		if p.Variant != variant {
			continue
		}
		probe, err := Probe(p)
		if err != nil {
			return out, err
		}
		var slot **corev1.Probe
		switch p.Kind {
		case "liveness":
			slot = &out.LivenessProbe
		case "readiness":
			slot = &out.ReadinessProbe
		case "startup":
			slot = &out.StartupProbe
		default:
			return out, fmt.Errorf("probe kind %q is not liveness, readiness or startup", p.Kind)
		}
		if *slot != nil {
			return out, fmt.Errorf("two %s probes in variant %q", p.Kind, variant)
		}
		*slot = probe
	}
	return out, nil
}

// Probe converts one catalogue probe to its Kubernetes form: an exec or an
// httpGet handler with the spec's delays, period, timeout and threshold
// (zero values are left to Kubernetes' defaults).
func Probe(p catalogue.Probe) (*corev1.Probe, error) {
	for _, n := range []int{p.InitialDelaySeconds, p.PeriodSeconds, p.TimeoutSeconds, p.FailureThreshold} {
		if n < 0 || n > 1<<30 {
			return nil, fmt.Errorf("%s probe: %d is out of range", p.Kind, n)
		}
	}
	out := &corev1.Probe{
		InitialDelaySeconds: int32(p.InitialDelaySeconds),
		PeriodSeconds:       int32(p.PeriodSeconds),
		TimeoutSeconds:      int32(p.TimeoutSeconds),
		FailureThreshold:    int32(p.FailureThreshold),
	}
	switch {
	case len(p.Exec) > 0 && p.HTTPPath == "":
		out.Exec = &corev1.ExecAction{Command: append([]string(nil), p.Exec...)}
	case len(p.Exec) == 0 && p.HTTPPath != "":
		if p.HTTPPort < 1 || p.HTTPPort > 65535 {
			return nil, fmt.Errorf("%s probe: http_port %d must be 1..65535", p.Kind, p.HTTPPort)
		}
		out.HTTPGet = &corev1.HTTPGetAction{Path: p.HTTPPath, Port: intstr.FromInt32(int32(p.HTTPPort))}
	default:
		return nil, fmt.Errorf("%s probe needs exactly one of exec or http_path", p.Kind)
	}
	return out, nil
}

// ProbeFile renders one variant's probes as a container snippet.
func ProbeFile(c *catalogue.Catalogue, variant string) ([]byte, error) {
	probes, err := Probes(c.Health, variant)
	if err != nil {
		return nil, err
	}
	node, err := jsonToYAML(probes)
	if err != nil {
		return nil, err
	}
	header := generators.Header(c.Service.Name, "#") +
		"# Kubernetes probes for the " + c.Service.Name + " container"
	if variant != "" {
		header += " (variant " + Comment(variant) + ")"
	}
	header += ": paste them into the\n# container's entry under spec.containers of the Pod template.\n"
	return generators.YAML(header, node)
}

// jsonToYAML marshals v with its Kubernetes JSON tags (omitempty, inlined
// handlers, int-or-string ports) and returns it as a YAML node, keys in the
// order Kubernetes declares them, so that generators.YAML writes it in the
// same style as every other YAML file obsgen writes.
func jsonToYAML(v any) (*yaml.Node, error) {
	js, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(js, &doc); err != nil {
		return nil, err
	}
	var plain func(n *yaml.Node)
	plain = func(n *yaml.Node) {
		n.Style = 0 // let the encoder quote only what needs it
		for _, c := range n.Content {
			plain(c)
		}
	}
	plain(&doc)
	if doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 {
		return nil, fmt.Errorf("probes: unexpected YAML document")
	}
	return doc.Content[0], nil
}
