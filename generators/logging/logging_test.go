package logging

import (
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/golden"
	"github.com/obsgen/obsgen/internal/testtool"
)

// specs are the catalogues the generator is tested on: the two real ones
// and the test folders exercising what rstmdb does not use.
var specs = []string{
	"../../specs/rstmdb",
	"../../specs/stemedb",
	"testdata/specs/multi",
	"testdata/specs/text",
	"testdata/specs/kube",
}

// generate runs the generator and returns its files by path below the
// service folder.
func generate(t *testing.T, c *catalogue.Catalogue) map[string][]byte {
	return testtool.Files(t, Generator{}, c, c.Service.Name+"/logging/")
}

func TestTheSeedsFilesAreTheCommittedOut(t *testing.T) {
	for _, name := range []string{"rstmdb", "stemedb"} {
		testtool.CheckOut(t, testtool.Generate(t, Generator{}, testtool.Seed(t, name)))
	}
}

func TestGeneratedFilesMatchTheGoldenFiles(t *testing.T) {
	for _, dir := range specs[2:] {
		c := testtool.Load(t, dir)
		t.Run(c.Service.Name, func(t *testing.T) {
			golden.CheckDir(t, filepath.Join("testdata", "golden", c.Service.Name), generate(t, c))
		})
	}
}

func TestACatalogueWithoutShippingGetsNoLoggingFiles(t *testing.T) {
	c := testtool.Load(t, "../../specs/stemedb")
	if files := generate(t, c); len(files) != 0 {
		t.Errorf("stemedb has no logging section but got %d files", len(files))
	}
}

func TestEveryGeneratedFileParsesBackWithItsConsumersRules(t *testing.T) {
	for _, dir := range specs {
		c := testtool.Load(t, dir)
		t.Run(c.Service.Name, func(t *testing.T) {
			files := generate(t, c)
			if data, ok := files["fluent.conf"]; ok {
				want, err := FluentdDirectives(c)
				if err != nil {
					t.Fatal(err)
				}
				got, err := fluentParse(string(data))
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got.Children, want) || len(got.Params) != 0 {
					t.Errorf("fluent.conf parses back as\n%+v\nwant\n%+v", got, want)
				}
			}
			if _, ok := files["vector.toml"]; ok != (c.Logging != nil && c.Logging.Shipping != nil && c.Logging.Shipping.Vector != nil) {
				t.Errorf("vector.toml written: %v", ok)
			}
			if data, ok := files["vector.toml"]; ok {
				fromTOML, err := decodeVectorTOML(data)
				if err != nil {
					t.Fatal(err)
				}
				fromYAML, err := decodeVectorYAML(files["vector.yaml"])
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(fromTOML, fromYAML) {
					t.Errorf("vector.toml and vector.yaml differ:\n%+v\n%+v", fromTOML, fromYAML)
				}
			}
		})
	}
}

func TestTheRstmdbPipelinesAreThePagesModernised(t *testing.T) {
	files := generate(t, testtool.Load(t, "../../specs/rstmdb"))
	root, err := fluentParse(string(files["fluent.conf"]))
	if err != nil {
		t.Fatal(err)
	}
	page := []Directive{
		{Name: "source", Params: []Param{P("@type", "forward"), P("port", "24224")}},
		{Name: "filter", Arg: "rstmdb.**", Params: []Param{P("@type", "parser"), P("key_name", "log")},
			Children: []Directive{{Name: "parse", Params: []Param{P("@type", "json")}}}},
		{Name: "match", Arg: "rstmdb.**", Params: []Param{P("@type", "elasticsearch"), P("host", "elasticsearch"), P("port", "9200"), P("index_name", "rstmdb")}},
	}
	if !reflect.DeepEqual(root.Children, page) {
		t.Errorf("fluent.conf is\n%+v\nthe page has\n%+v", root.Children, page)
	}

	comps, err := decodeVectorTOML(files["vector.toml"])
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]vecComponent{}
	for _, c := range comps {
		byID[c.ID] = c
	}
	if src, ok := byID["rstmdb"].Options.(*vecDockerLogs); !ok || !reflect.DeepEqual(src.IncludeContainers, []string{"rstmdb"}) {
		t.Errorf("source rstmdb is %+v, want docker_logs including container rstmdb", byID["rstmdb"].Options)
	}
	if tr, ok := byID["parse_json"].Options.(*vecRemap); !ok || tr.Source != ". = parse_json!(.message)" || !reflect.DeepEqual(tr.Inputs, []string{"rstmdb"}) {
		t.Errorf("transform parse_json is %+v, want remap of rstmdb with parse_json (json_parser no longer exists)", byID["parse_json"].Options)
	}
	es, ok := byID["elasticsearch"].Options.(*vecElasticsearch)
	if !ok || !reflect.DeepEqual(es.Endpoints, []string{"http://elasticsearch:9200"}) || es.Bulk == nil || es.Bulk.Index != "rstmdb-%Y-%m-%d" || !reflect.DeepEqual(es.Inputs, []string{"parse_json"}) {
		t.Errorf("sink elasticsearch is %+v", byID["elasticsearch"].Options)
	}
}

func TestTheStrictVectorModelRejectsWhatVectorWouldReject(t *testing.T) {
	cases := []struct {
		name, toml string
	}{
		{"the removed json_parser transform", `
[sources.a]
type = "docker_logs"
[transforms.p]
type = "json_parser"
inputs = ["a"]
[sinks.s]
type = "file"
inputs = ["p"]
path = "/x"
encoding.codec = "json"
`},
		{"the elasticsearch sink's old top-level index", `
[sources.a]
type = "docker_logs"
[sinks.s]
type = "elasticsearch"
inputs = ["a"]
endpoints = ["http://es:9200"]
index = "x"
`},
		{"an elasticsearch sink without endpoints", `
[sources.a]
type = "docker_logs"
[sinks.s]
type = "elasticsearch"
inputs = ["a"]
`},
		{"an input naming no component", `
[sources.a]
type = "docker_logs"
[sinks.s]
type = "file"
inputs = ["b"]
path = "/x"
encoding.codec = "json"
`},
		{"an unknown top-level table", `
[sources.a]
type = "docker_logs"
[sinks.s]
type = "file"
inputs = ["a"]
path = "/x"
encoding.codec = "json"
[extra]
x = 1
`},
		{"a source nothing reads", `
[sources.a]
type = "docker_logs"
[sources.b]
type = "docker_logs"
[sinks.s]
type = "file"
inputs = ["a"]
path = "/x"
encoding.codec = "json"
`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := decodeVectorTOML([]byte(tc.toml)); err == nil {
				t.Errorf("accepted:%s", tc.toml)
			}
		})
	}
}

func TestGeneratorRefusesWhatCannotBeWrittenSafely(t *testing.T) {
	base := func() *catalogue.Catalogue {
		return &catalogue.Catalogue{
			Service: catalogue.Service{Name: "svc"},
			Logging: &catalogue.Logging{Format: "json", Shipping: &catalogue.Shipping{
				Fluentd: &catalogue.FluentdPipe{ForwardPort: 24224, Sinks: []catalogue.LogSink{{Type: "file", Path: "/x"}}},
				Vector:  &catalogue.VectorPipe{Source: "docker_logs", Sinks: []catalogue.LogSink{{Type: "file", Path: "/x"}}},
			}},
		}
	}
	cases := []struct {
		name   string
		mutate func(c *catalogue.Catalogue)
	}{
		{"a service name with a newline", func(c *catalogue.Catalogue) { c.Service.Name = "svc\n<match **>" }},
		{"a tag that would close the section", func(c *catalogue.Catalogue) { c.Logging.Shipping.Tag = "x>" }},
		{"a tag with a space and a pattern", func(c *catalogue.Catalogue) { c.Logging.Shipping.Tag = "x **" }},
		{"a sink id with a dot", func(c *catalogue.Catalogue) { c.Logging.Shipping.Vector.Sinks[0].Name = "a.b" }},
		{"a sink id equal to the source's", func(c *catalogue.Catalogue) { c.Logging.Shipping.Vector.Sinks[0].Name = "svc" }},
		{"an endpoint that is not a URL", func(c *catalogue.Catalogue) {
			c.Logging.Shipping.Fluentd.Sinks[0] = catalogue.LogSink{Type: "elasticsearch", Endpoint: "es:9200"}
		}},
		{"a value with a control character", func(c *catalogue.Catalogue) { c.Logging.Shipping.Fluentd.Sinks[0].Path = "/x\x1b[2J" }},
		{"an unknown sink type", func(c *catalogue.Catalogue) { c.Logging.Shipping.Vector.Sinks[0].Type = "kafka" }},
	}
	if _, err := (Generator{}).Generate(base()); err != nil {
		t.Fatalf("the base catalogue fails: %v", err)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := base()
			tc.mutate(c)
			if files, err := (Generator{}).Generate(c); err == nil {
				t.Errorf("generated %d files", len(files))
			}
		})
	}
}

func TestEveryVectorYAMLPassesYamllint(t *testing.T) {
	yamllint := testtool.Require(t, "yamllint")
	dir := t.TempDir()
	args := []string{"-d", "{extends: default, rules: {document-start: disable}}"}
	for _, spec := range specs {
		c := testtool.Load(t, spec)
		if data, ok := generate(t, c)["vector.yaml"]; ok {
			path := filepath.Join(dir, c.Service.Name+".yaml")
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			args = append(args, path)
		}
	}
	if out, err := exec.Command(yamllint, args...).CombinedOutput(); err != nil {
		t.Errorf("yamllint: %v\n%s", err, out)
	}
}
