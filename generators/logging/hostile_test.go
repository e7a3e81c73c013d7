package logging

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	toml "github.com/pelletier/go-toml/v2"
	"go.yaml.in/yaml/v3"

	"github.com/obsgen/obsgen/internal/catalogue"
)

// hostile are values that would break out of a naively written field:
// quotes, a newline, a closing tag, shell and Ruby code, a TOML table.
var hostile = []string{
	`double"quote`,
	"new\nline",
	"</match>",
	"<match **>\n  @type exec",
	"$(touch /tmp/pwned)",
	"`touch /tmp/pwned`",
	"it's",
	`back\slash`,
	"#{system('touch /tmp/pwned')}",
	"two\n#{system('touch /tmp/pwned')}",
	"x'\n[sinks.evil]\ntype = 'exec'",
	"tab\there # comment",
	" spaced ",
}

// hostileCatalogue is a valid-shaped catalogue whose every rendered string
// field can be replaced by a hostile value.
func hostileCatalogue() *catalogue.Catalogue {
	return &catalogue.Catalogue{
		Service: catalogue.Service{Name: "svc"},
		Logging: &catalogue.Logging{Format: "json", Shipping: &catalogue.Shipping{
			Fluentd: &catalogue.FluentdPipe{ForwardPort: 24224, ParseKey: "log", Sinks: []catalogue.LogSink{
				{Name: "es", Type: "elasticsearch", Endpoint: "http://es:9200", Index: "svc"},
				{Name: "loki", Type: "loki", Endpoint: "http://loki:3100", Labels: map[string]string{"job": "svc"}},
				{Name: "file", Type: "file", Path: "/var/log/svc"},
			}},
			Vector: &catalogue.VectorPipe{Source: "docker_logs", Containers: []string{"svc"}, Paths: []string{"/var/log/svc.log"}, LabelSelector: "app=svc", Sinks: []catalogue.LogSink{
				{Name: "es", Type: "elasticsearch", Endpoint: "http://es:9200", Index: "svc"},
				{Name: "loki", Type: "loki", Endpoint: "http://loki:3100", Labels: map[string]string{"job": "svc"}},
				{Name: "file", Type: "file", Path: "/var/log/svc"},
			}},
		}},
	}
}

func TestAHostileStringInAnyFieldCannotBreakOrInjectIntoTheLoggingFiles(t *testing.T) {
	fields := []struct {
		name string
		set  func(c *catalogue.Catalogue, h string)
		// mayRefuse: the generator may refuse the value instead of
		// writing it (it has to be a URL or an identifier).
		mayRefuse bool
	}{
		{"fluentd parse_key", func(c *catalogue.Catalogue, h string) { c.Logging.Shipping.Fluentd.ParseKey = h }, false},
		{"fluentd index", func(c *catalogue.Catalogue, h string) { c.Logging.Shipping.Fluentd.Sinks[0].Index = h }, false},
		{"fluentd loki label value", func(c *catalogue.Catalogue, h string) { c.Logging.Shipping.Fluentd.Sinks[1].Labels["job"] = h }, false},
		{"fluentd loki label name", func(c *catalogue.Catalogue, h string) { c.Logging.Shipping.Fluentd.Sinks[1].Labels[h] = "x" }, false},
		{"fluentd file path", func(c *catalogue.Catalogue, h string) { c.Logging.Shipping.Fluentd.Sinks[2].Path = h }, false},
		{"fluentd endpoint path", func(c *catalogue.Catalogue, h string) {
			c.Logging.Shipping.Fluentd.Sinks[0].Endpoint = "http://es:9200/" + h
		}, true},
		{"fluentd loki endpoint", func(c *catalogue.Catalogue, h string) {
			c.Logging.Shipping.Fluentd.Sinks[1].Endpoint = "http://loki:3100/" + h
		}, true},
		{"vector container", func(c *catalogue.Catalogue, h string) { c.Logging.Shipping.Vector.Containers[0] = h }, false},
		{"vector file path", func(c *catalogue.Catalogue, h string) {
			c.Logging.Shipping.Vector.Source = "file"
			c.Logging.Shipping.Vector.Paths[0] = h
		}, false},
		{"vector label selector", func(c *catalogue.Catalogue, h string) {
			c.Logging.Shipping.Vector.Source = "kubernetes_logs"
			c.Logging.Shipping.Vector.LabelSelector = h
		}, false},
		{"vector index", func(c *catalogue.Catalogue, h string) { c.Logging.Shipping.Vector.Sinks[0].Index = h }, false},
		{"vector elasticsearch endpoint", func(c *catalogue.Catalogue, h string) {
			c.Logging.Shipping.Vector.Sinks[0].Endpoint = "http://es:9200/" + h
		}, true},
		{"vector loki label value", func(c *catalogue.Catalogue, h string) { c.Logging.Shipping.Vector.Sinks[1].Labels["job"] = h }, false},
		{"vector loki label name", func(c *catalogue.Catalogue, h string) { c.Logging.Shipping.Vector.Sinks[1].Labels[h] = "x" }, false},
		{"vector file sink path", func(c *catalogue.Catalogue, h string) { c.Logging.Shipping.Vector.Sinks[2].Path = h }, false},
		{"vector sink name", func(c *catalogue.Catalogue, h string) { c.Logging.Shipping.Vector.Sinks[2].Name = h }, true},
		{"shipping tag", func(c *catalogue.Catalogue, h string) { c.Logging.Shipping.Tag = h }, true},
	}
	for _, f := range fields {
		for _, h := range hostile {
			t.Run(f.name+"="+h, func(t *testing.T) {
				c := hostileCatalogue()
				f.set(c, h)
				files, err := Generator{}.Generate(c)
				if err != nil {
					if !f.mayRefuse {
						t.Fatalf("refused a value it should write safely: %v", err)
					}
					return
				}
				byName := map[string][]byte{}
				for _, file := range files {
					byName[file.Path[strings.LastIndexByte(file.Path, '/')+1:]] = file.Data
				}
				checkFluent(t, c, byName["fluent.conf"])
				checkVectorFiles(t, c, byName["vector.toml"], byName["vector.yaml"])
			})
		}
	}
}

// checkFluent parses fluent.conf back: the directives must be exactly the
// model, hostile values included, with nothing added.
func checkFluent(t *testing.T, c *catalogue.Catalogue, conf []byte) {
	t.Helper()
	want, err := FluentdDirectives(c)
	if err != nil {
		t.Fatal(err)
	}
	root, err := fluentParse(string(conf))
	if err != nil {
		t.Fatalf("fluent.conf does not parse: %v\n%s", err, conf)
	}
	if len(root.Params) != 0 || !reflect.DeepEqual(root.Children, want) {
		t.Errorf("fluent.conf reads back as\n%+v\nwant\n%+v\n%s", root, want, conf)
	}
}

// checkVectorFiles decodes vector.toml and vector.yaml strictly into the
// generator's model and into the test's Vector model: both must equal the
// model built from the catalogue, with no extra component or key.
func checkVectorFiles(t *testing.T, c *catalogue.Catalogue, tomlData, yamlData []byte) {
	t.Helper()
	want, err := Vector(c)
	if err != nil {
		t.Fatal(err)
	}
	var fromTOML, fromYAML VectorConfig
	dec := toml.NewDecoder(bytes.NewReader(tomlData))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&fromTOML); err != nil {
		t.Fatalf("vector.toml: %v\n%s", err, tomlData)
	}
	ydec := yaml.NewDecoder(bytes.NewReader(yamlData))
	ydec.KnownFields(true)
	if err := ydec.Decode(&fromYAML); err != nil {
		t.Fatalf("vector.yaml: %v\n%s", err, yamlData)
	}
	if !reflect.DeepEqual(fromTOML, want) {
		t.Errorf("vector.toml reads back as\n%+v\nwant\n%+v\n%s", fromTOML, want, tomlData)
	}
	if !reflect.DeepEqual(fromYAML, want) {
		t.Errorf("vector.yaml reads back as\n%+v\nwant\n%+v\n%s", fromYAML, want, yamlData)
	}
	if _, err := decodeVectorTOML(tomlData); err != nil {
		t.Error(err)
	}
	if _, err := decodeVectorYAML(yamlData); err != nil {
		t.Error(err)
	}
}
