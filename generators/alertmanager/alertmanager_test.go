package alertmanager

import (
	"bytes"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/golden"
	"github.com/obsgen/obsgen/internal/specload"
	"github.com/obsgen/obsgen/internal/testtool"
	"github.com/prometheus/alertmanager/config"
	amcommoncfg "github.com/prometheus/alertmanager/config/common"
	"github.com/prometheus/alertmanager/dispatch"
	"github.com/prometheus/alertmanager/pkg/labels"
	"github.com/prometheus/common/model"
	yamlv2 "go.yaml.in/yaml/v2"
	"go.yaml.in/yaml/v3"
)

// runs are the inputs every test checks: the seeds with their
// organisation, and a fixture with every receiver kind and routing at
// every level (an alert variant with its own routes, an alert with its own
// receiver, time intervals set and overridden).
var runs = map[string]struct {
	root     string
	services []string
}{
	"seeds":   {"../../specs", []string{"rstmdb", "stemedb"}},
	"fixture": {"testdata/specs", []string{"warehouse"}},
}

// load loads an organisation and its services as the pipeline does.
func load(t *testing.T, root string, services ...string) []*catalogue.Catalogue {
	t.Helper()
	org, diags, _ := specload.LoadOrganisation(root)
	if diags.HasErrors() || org == nil {
		t.Fatalf("%s/organisation.yaml does not load: %v", root, diags)
	}
	var out []*catalogue.Catalogue
	for _, s := range services {
		c, diags, _ := specload.Load(filepath.Join(root, s), specload.Options{Organisation: org})
		if diags.HasErrors() {
			t.Fatalf("%s does not load: %v", s, diags)
		}
		out = append(out, c)
	}
	return out
}

// generate returns every file the package writes for a run, by path.
func generate(t *testing.T, cs []*catalogue.Catalogue) map[string][]byte {
	t.Helper()
	got := map[string][]byte{}
	for _, c := range cs {
		files, err := Generator{}.Generate(c)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			got[f.Path] = f.Data
		}
	}
	files, err := Files(cs)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		got[f.Path] = f.Data
	}
	return got
}

func TestTheFixturesFilesMatchTheGoldenFiles(t *testing.T) {
	r := runs["fixture"]
	golden.CheckDir(t, "testdata/golden", generate(t, load(t, r.root, r.services...)))
}

func TestGenerationIsDeterministic(t *testing.T) {
	for name, r := range runs {
		a := generate(t, load(t, r.root, r.services...))
		b := generate(t, load(t, r.root, r.services...))
		for path := range a {
			if !bytes.Equal(a[path], b[path]) {
				t.Errorf("%s: %s differs between two runs", name, path)
			}
		}
	}
}

// writeConfig writes a run's alertmanager.yml into a temporary folder and
// returns its path, the configuration as v0.35 loads it, and the cases.
func writeConfig(t *testing.T, name string) (string, *config.Config, []Case) {
	t.Helper()
	r := runs[name]
	files := generate(t, load(t, r.root, r.services...))
	path := filepath.Join(t.TempDir(), "alertmanager.yml")
	if err := os.WriteFile(path, files["alertmanager/alertmanager.yml"], 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.LoadFile(path)
	if err != nil {
		t.Fatalf("%s: Alertmanager v0.35 does not load the configuration: %v\n%s", name, err, files["alertmanager/alertmanager.yml"])
	}
	var rt RoutesTest
	dec := yaml.NewDecoder(bytes.NewReader(files["alertmanager/routes-test.yaml"]))
	dec.KnownFields(true)
	if err := dec.Decode(&rt); err != nil {
		t.Fatal(err)
	}
	return path, cfg, rt.Cases
}

func TestTheConfigurationLoadsInAlertmanager035AndAmtool025(t *testing.T) {
	amtool := testtool.Require(t, "amtool")
	for name := range runs {
		t.Run(name, func(t *testing.T) {
			path, cfg, _ := writeConfig(t, name)
			out, err := exec.Command(amtool, "check-config", path).CombinedOutput()
			if err != nil {
				t.Fatalf("amtool check-config refused it: %v\n%s", err, out)
			}
			if len(cfg.Receivers) == 0 || cfg.Route == nil || len(cfg.Route.Routes) == 0 {
				t.Errorf("the configuration has no receivers or service routes:\n%s", cfg)
			}
		})
	}
}

// routeOpts is what a case expects of the route an alert lands on.
type routeOpts struct {
	Receiver                                 string
	GroupBy                                  []string
	GroupWait, GroupInterval, RepeatInterval time.Duration
	Mute, Active                             []string
}

func expected(c Case) routeOpts {
	return routeOpts{
		Receiver: c.Receiver, GroupBy: sortedCopy(c.GroupBy),
		GroupWait: time.Duration(c.GroupWait), GroupInterval: time.Duration(c.GroupInterval), RepeatInterval: time.Duration(c.RepeatInterval),
		Mute: sortedCopy(c.MuteTimeIntervals), Active: sortedCopy(c.ActiveTimeIntervals),
	}
}

func actual(o dispatch.RouteOpts) routeOpts {
	var groupBy []string
	for l := range o.GroupBy {
		groupBy = append(groupBy, string(l))
	}
	return routeOpts{
		Receiver: o.Receiver, GroupBy: sortedCopy(groupBy),
		GroupWait: o.GroupWait, GroupInterval: o.GroupInterval, RepeatInterval: o.RepeatInterval,
		Mute: sortedCopy(o.MuteTimeIntervals), Active: sortedCopy(o.ActiveTimeIntervals),
	}
}

func sortedCopy(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	out := slices.Clone(s)
	sort.Strings(out)
	return out
}

// TestEveryAlertVariantLandsWhereItsSpecSays runs the generated cases,
// which come from the spec's routing (catalogue.PolicyOf), against the
// generated routes: in-process with Alertmanager's dispatch route
// matching, which must find exactly one route with the receiver, grouping,
// timings and time intervals of the case; and with amtool 0.25's `config
// routes test`, which must name exactly the case's receiver.
func TestEveryAlertVariantLandsWhereItsSpecSays(t *testing.T) {
	for name := range runs {
		t.Run(name, func(t *testing.T) {
			_, cfg, cases := writeConfig(t, name)
			if len(cases) == 0 {
				t.Fatal("no cases")
			}
			tree := dispatch.NewRoute(cfg.Route, nil)
			for _, c := range cases {
				ls := model.LabelSet{}
				for k, v := range c.Labels {
					ls[model.LabelName(k)] = model.LabelValue(v)
				}
				matched := tree.Match(ls)
				if len(matched) != 1 {
					t.Errorf("%s: %s lands on %d routes, want 1", c.Service, c.Alert, len(matched))
					continue
				}
				if got, want := actual(matched[0].RouteOpts), expected(c); !equalOpts(got, want) {
					t.Errorf("%s: %s lands on\n  %+v\nwant\n  %+v", c.Service, c.Alert, got, want)
				}
			}
		})
	}
}

func equalOpts(a, b routeOpts) bool {
	return a.Receiver == b.Receiver && slices.Equal(a.GroupBy, b.GroupBy) && a.GroupWait == b.GroupWait &&
		a.GroupInterval == b.GroupInterval && a.RepeatInterval == b.RepeatInterval &&
		slices.Equal(a.Mute, b.Mute) && slices.Equal(a.Active, b.Active)
}

func TestAmtoolRoutesEveryAlertVariantToItsReceiver(t *testing.T) {
	amtool := testtool.Require(t, "amtool")
	for name := range runs {
		t.Run(name, func(t *testing.T) {
			path, _, cases := writeConfig(t, name)
			for _, c := range cases {
				args := []string{"config", "routes", "test", "--config.file=" + path, "--verify.receivers=" + c.Receiver}
				for _, k := range slices.Sorted(maps.Keys(c.Labels)) {
					args = append(args, k+"="+c.Labels[k])
				}
				out, err := exec.Command(amtool, args...).CombinedOutput()
				if err != nil {
					t.Errorf("%s: %s: amtool %s: %v\n%s", c.Service, c.Alert, strings.Join(args, " "), err, out)
				}
			}
		})
	}
}

func TestTheCasesCoverEveryAlertVariantOnce(t *testing.T) {
	for name, r := range runs {
		cs := load(t, r.root, r.services...)
		want := 0
		for _, c := range cs {
			want += len(c.Alerts())
		}
		cases := Cases(cs)
		seen := map[string]bool{}
		for _, c := range cases {
			key := c.Service + "/" + c.Alert
			if seen[key] {
				t.Errorf("%s: %s has two cases", name, key)
			}
			seen[key] = true
			if c.Labels["alertname"] == "" || c.Receiver == "" {
				t.Errorf("%s: %s has no alertname or no receiver: %+v", name, key, c)
			}
		}
		if len(cases) != want {
			t.Errorf("%s: %d cases for %d alert variants", name, len(cases), want)
		}
	}
}

// TestNoSecretValueAndNoFieldNewerThanAlertmanager025IsWritten checks the
// two things marshal.go takes care of: v0.35 writes timeout and url_file
// even when unset, keys Alertmanager 0.25 refuses, and would write the
// webhook URL as <secret>.
func TestNoSecretValueAndNoFieldNewerThanAlertmanager025IsWritten(t *testing.T) {
	r := runs["fixture"]
	data := string(generate(t, load(t, r.root, r.services...))["alertmanager/alertmanager.yml"])
	for _, bad := range []string{"timeout", "url_file", "update_message", "post_updates_to_thread", "templates", "tracing"} {
		if regexp.MustCompile(`(?m)^\s*(- )?` + bad + `:`).MatchString(data) {
			t.Errorf("alertmanager.yml holds the key %s:\n%s", bad, data)
		}
	}
	if strings.Contains(data, "<secret>") {
		t.Errorf("alertmanager.yml holds <secret>:\n%s", data)
	}
	for _, want := range []string{"url: https://tickets.example.com/hook?queue=storage", "url: http://127.0.0.1:9999/alerts",
		"credentials_file: /secrets/tickets-token", "routing_key_file: /secrets/pagerduty-key", "api_key_file: /secrets/opsgenie-key",
		"api_url_file: /secrets/slack-url", "channel: '#storage-alerts'", "send_resolved: false"} {
		if !strings.Contains(data, want) {
			t.Errorf("alertmanager.yml lacks %q:\n%s", want, data)
		}
	}
}

func TestEachServiceRouteIsTheOneInTheCompleteConfiguration(t *testing.T) {
	r := runs["seeds"]
	cs := load(t, r.root, r.services...)
	cfg, err := Config(cs)
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range cs {
		part := struct {
			Route        *config.Route             `yaml:"route"`
			InhibitRules []amcommoncfg.InhibitRule `yaml:"inhibit_rules"`
		}{}
		files, err := Generator{}.Generate(c)
		if err != nil || len(files) != 1 {
			t.Fatalf("%s: %v %v", c.Service.Name, files, err)
		}
		if files[0].Path != generators.Join(c.Service.Name, "alertmanager", "route.yaml") {
			t.Errorf("route file at %s", files[0].Path)
		}
		if err := yamlv2.UnmarshalStrict(files[0].Data, &part); err != nil {
			t.Fatalf("%s: route.yaml does not load as Alertmanager's types: %v", c.Service.Name, err)
		}
		if got, want := labels.Matchers(part.Route.Matchers).String(), labels.Matchers(cfg.Route.Routes[i].Matchers).String(); got != want {
			t.Errorf("%s: route.yaml takes %s, alertmanager.yml %s", c.Service.Name, got, want)
		}
	}
}

func TestNothingIsWrittenWhenTheOrganisationRoutesNoAlerts(t *testing.T) {
	c, diags, _ := specload.Load("../../specs/rstmdb", specload.Options{})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	files, err := Generator{}.Generate(c)
	if err != nil || len(files) != 0 {
		t.Errorf("without an organisation: %v %v", files, err)
	}
	shared, err := Files([]*catalogue.Catalogue{c})
	if err != nil || len(shared) != 0 {
		t.Errorf("without an organisation: %v %v", shared, err)
	}
}

// hostileValue is a label value with what could break YAML or a matcher:
// quotes, a backslash, a newline, a document marker, a comment, braces
// and a format verb (a value with a template is not a rule's own label).
const hostileValue = "crit\"ical\\ x\n---\n# {not} %s"

func TestAHostileLabelValueIsMatchedAsWritten(t *testing.T) {
	root := t.TempDir()
	org, err := os.ReadFile("testdata/specs/organisation.yaml")
	if err != nil {
		t.Fatal(err)
	}
	quoted := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(hostileValue)
	spec := "apiVersion: obsgen.dev/v1\nservice: {name: h}\nmetric_groups:\n  - name: g\n    metrics: [{name: h_up, type: gauge, help: Up.}]\n" +
		"alert_groups:\n  - name: g\n    rules:\n      - {alert: HDown, expr: h_up == 0, labels: {severity: \"" + quoted + "\"}}\n" +
		"routing:\n  routes:\n    - {match: {severity: \"" + quoted + "\"}, receiver: chat}\n"
	for name, data := range map[string]string{"organisation.yaml": string(org), "h/spec.yaml": spec} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(root, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(root, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	runs["hostile"] = struct {
		root     string
		services []string
	}{root, []string{"h"}}
	defer delete(runs, "hostile")
	path, cfg, cases := writeConfig(t, "hostile")
	if amtool, err := exec.LookPath("amtool"); err == nil {
		if out, err := exec.Command(amtool, "check-config", path).CombinedOutput(); err != nil {
			t.Errorf("amtool check-config refused it: %v\n%s", err, out)
		}
	}
	if got := cfg.Route.Routes[0].Routes[0].Matchers[0].Value; got != hostileValue {
		t.Errorf("the route matches %q, want %q", got, hostileValue)
	}
	if len(cases) != 1 || cases[0].Receiver != "chat" || cases[0].Labels["severity"] != hostileValue {
		t.Errorf("cases: %+v", cases)
	}
	matched := dispatch.NewRoute(cfg.Route, nil).Match(model.LabelSet{"alertname": "HDown", "severity": hostileValue})
	if len(matched) != 1 || matched[0].RouteOpts.Receiver != "chat" {
		t.Errorf("Alertmanager routes it to %v", matched)
	}
}
