package catalogue

import (
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"
)

// AlertmanagerAddress is one of organisation.alertmanagers, as Prometheus's
// alerting.alertmanagers takes it: a target (host:port), and the scheme
// and path prefix of its API.
type AlertmanagerAddress struct {
	Scheme     string // "" for http
	Target     string
	PathPrefix string
}

// ParseAlertmanager reads an Alertmanager address: host:port, or a URL
// (https://am.example.com/alertmanager) whose port defaults to the
// scheme's.
func ParseAlertmanager(s string) (AlertmanagerAddress, error) {
	if !strings.Contains(s, "://") {
		host, port, err := net.SplitHostPort(s)
		if err != nil || host == "" || strings.ContainsAny(host, "/?#@ ") {
			return AlertmanagerAddress{}, fmt.Errorf("write host:port or an http(s) URL")
		}
		if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 {
			return AlertmanagerAddress{}, fmt.Errorf("port %q is not 1..65535", port)
		}
		return AlertmanagerAddress{Target: s}, nil
	}
	u, err := url.Parse(s)
	switch {
	case err != nil:
		return AlertmanagerAddress{}, err
	case u.Scheme != "http" && u.Scheme != "https":
		return AlertmanagerAddress{}, fmt.Errorf("scheme %q is not http or https", u.Scheme)
	case u.Hostname() == "" || u.User != nil || u.RawQuery != "" || u.Fragment != "":
		return AlertmanagerAddress{}, fmt.Errorf("give scheme, host, port and path only")
	}
	port := u.Port()
	if port == "" {
		port = map[string]string{"http": "80", "https": "443"}[u.Scheme]
	}
	a := AlertmanagerAddress{Target: net.JoinHostPort(u.Hostname(), port), PathPrefix: strings.TrimSuffix(u.Path, "/")}
	if u.Scheme == "https" {
		a.Scheme = "https"
	}
	return a, nil
}
