package logging

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/internal/catalogue"
)

// DefaultParseKey is the record key holding the raw line, as Docker's
// fluentd log driver sends it.
const DefaultParseKey = "log"

// FluentdDirectives builds the Fluentd pipeline: a forward <source>, a
// parser <filter> for JSON logs and one <match> sending to the sinks (a
// copy of the stream to each when there are several).
func FluentdDirectives(c *catalogue.Catalogue) ([]Directive, error) {
	l := c.Logging
	f := l.Shipping.Fluentd
	pattern := Tag(c) + ".**"
	ds := []Directive{{
		Name:   "source",
		Params: []Param{P("@type", "forward"), P("port", strconv.Itoa(f.ForwardPort))},
	}}
	if l.Format == "json" {
		key := f.ParseKey
		if key == "" {
			key = DefaultParseKey
		}
		ds = append(ds, Directive{
			Name:     "filter",
			Arg:      pattern,
			Params:   []Param{P("@type", "parser"), P("key_name", key)},
			Children: []Directive{{Name: "parse", Params: []Param{P("@type", "json")}}},
		})
	}
	if len(f.Sinks) == 0 {
		return nil, fmt.Errorf("fluentd pipeline has no sinks")
	}
	match := Directive{Name: "match", Arg: pattern}
	if len(f.Sinks) == 1 {
		s, err := fluentdSink(l, f.Sinks[0], "match")
		if err != nil {
			return nil, err
		}
		match.Params, match.Children = s.Params, s.Children
	} else {
		match.Params = []Param{P("@type", "copy")}
		for _, sink := range f.Sinks {
			s, err := fluentdSink(l, sink, "store")
			if err != nil {
				return nil, err
			}
			match.Children = append(match.Children, s)
		}
	}
	return append(ds, match), nil
}

// fluentdSink is one output: fluent-plugin-elasticsearch, fluent-plugin-
// grafana-loki or the built-in file output.
func fluentdSink(l *catalogue.Logging, s catalogue.LogSink, name string) (Directive, error) {
	d := Directive{Name: name}
	switch s.Type {
	case "elasticsearch":
		u, port, err := endpoint(s.Endpoint)
		if err != nil {
			return d, err
		}
		if u.RawQuery != "" || u.ForceQuery || u.Fragment != "" || u.User != nil {
			// The output takes a host, port, scheme and path: the rest of
			// the URL would be dropped without a word.
			return d, fmt.Errorf("elasticsearch endpoint %q has a query, fragment or credentials, which Fluentd's elasticsearch output cannot send", s.Endpoint)
		}
		d.Params = []Param{P("@type", "elasticsearch"), P("host", u.Hostname()), P("port", port)}
		if u.Scheme == "https" {
			d.Params = append(d.Params, P("scheme", "https"))
		}
		if p := strings.TrimSuffix(u.EscapedPath(), "/"); p != "" {
			d.Params = append(d.Params, P("path", p))
		}
		if s.Index != "" {
			d.Params = append(d.Params, P("index_name", s.Index))
			// An index named with strftime fields needs time-keyed buffer
			// chunks, or the plugin writes the % fields literally.
			if strings.Contains(s.Index, "%") {
				timekey := "1d"
				if strings.Contains(s.Index, "%H") {
					timekey = "1h"
				}
				d.Children = append(d.Children, Directive{Name: "buffer", Arg: "tag, time", Params: []Param{P("timekey", timekey)}})
			}
		}
	case "loki":
		if _, _, err := endpoint(s.Endpoint); err != nil {
			return d, err
		}
		d.Params = []Param{P("@type", "loki"), P("url", s.Endpoint)}
		if len(s.Labels) > 0 {
			labels, err := json.Marshal(s.Labels) // sorted keys
			if err != nil {
				return d, err
			}
			d.Params = append(d.Params, P("extra_labels", string(labels)))
		}
		if l.Format == "json" {
			d.Params = append(d.Params, P("line_format", "json"))
		}
	case "file":
		d.Params = []Param{P("@type", "file"), P("path", s.Path)}
		format := Directive{Name: "format", Params: []Param{P("@type", "json")}}
		if l.Format != "json" {
			key := l.Shipping.Fluentd.ParseKey
			if key == "" {
				key = DefaultParseKey
			}
			format.Params = []Param{P("@type", "single_value"), P("message_key", key)}
		}
		d.Children = append(d.Children, format)
	default:
		return d, fmt.Errorf("sink type %q is not elasticsearch, loki or file", s.Type)
	}
	return d, nil
}

// endpoint parses an http(s) URL and returns its port, defaulted from the
// scheme.
func endpoint(raw string) (*url.URL, string, error) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" {
		return nil, "", fmt.Errorf("sink endpoint %q is not an http:// or https:// URL with a host", raw)
	}
	port := u.Port()
	if port == "" {
		port = "80"
		if u.Scheme == "https" {
			port = "443"
		}
	}
	return u, port, nil
}

// FluentConf renders fluent.conf.
func FluentConf(c *catalogue.Catalogue) ([]byte, error) {
	ds, err := FluentdDirectives(c)
	if err != nil {
		return nil, err
	}
	tag := Tag(c)
	header := generators.Header(c.Service.Name, "#") +
		"# Fluentd: records tagged " + tag + " or " + tag + ".* arrive on the forward input (Docker:\n" +
		"# --log-driver fluentd --log-opt tag=" + tag + ".{{.Name}})"
	switch c.Logging.Format {
	case "json":
		header += ", are parsed as JSON and are shipped.\n"
	default:
		header += " and are shipped unparsed.\n"
	}
	return Render(header, ds)
}
