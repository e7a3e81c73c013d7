package validate

import (
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"k8s.io/apimachinery/pkg/util/validation"
)

// kubeTarget checks what a ServiceMonitor is built from by Kubernetes's own
// rules (k8s.io/apimachinery's validation): the namespace is a DNS-1123
// label, selector keys are qualified names (an optional DNS subdomain
// prefix and a name of at most 63 characters), selector values are label
// values, and the port is a port name.
func (v *validator) kubeTarget(k *catalogue.KubeTarget) {
	if v.required(k.Pos, k.Port, "a port name", "kubernetes target") {
		if errs := validation.IsValidPortName(k.Port); len(errs) > 0 {
			v.errorf(v.c.At(k.Pos, "port"), "bad-name", "kubernetes port %q is not a Kubernetes port name: %s", k.Port, strings.Join(errs, "; "))
		}
	}
	if k.Namespace != "" {
		if errs := validation.IsDNS1123Label(k.Namespace); len(errs) > 0 {
			v.errorf(v.c.At(k.Pos, "namespace"), "bad-name", "namespace %q is not a Kubernetes namespace name: %s", k.Namespace, strings.Join(errs, "; "))
		}
	}
	if len(k.Selector) == 0 {
		v.errorf(k.Pos, "missing-field", "kubernetes target needs a selector")
	}
	for _, key := range sortedKeys(k.Selector) {
		if errs := validation.IsQualifiedName(key); len(errs) > 0 {
			v.errorf(v.c.At(k.Pos, "selector."+key+":key"), "bad-name", "selector key %q is not a Kubernetes label key: %s", key, strings.Join(errs, "; "))
		}
		if errs := validation.IsValidLabelValue(k.Selector[key]); len(errs) > 0 {
			v.errorf(v.c.At(k.Pos, "selector."+key), "bad-value", "selector value %q is not a Kubernetes label value: %s", k.Selector[key], strings.Join(errs, "; "))
		}
	}
}
