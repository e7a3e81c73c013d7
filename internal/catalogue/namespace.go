package catalogue

import "strings"

// Namespace is the first word of a metric name, the exporter's or the
// library's that serves it: postfix of postfix_smtpd_connects_total,
// promhttp of promhttp_metric_handler_requests_total.
func Namespace(name string) string {
	ns, _, _ := strings.Cut(name, "_")
	return ns
}
