package health

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/testtool"
	corev1 "k8s.io/api/core/v1"
)

// hostile returns values that would run a command or break out of a
// naively quoted field; any command they manage to run creates a file in
// dir.
func hostile(dir string) []string {
	return []string{
		"$(touch " + dir + "/subst)",
		"`touch " + dir + "/backtick`",
		"'; touch " + dir + "/quote; '",
		`"; touch ` + dir + `/dquote; "`,
		"new\ntouch " + dir + "/newline",
		"</match>",
		"it's",
		`back\slash`,
		"${HOME:?} $0 * ?",
		"#{system('touch " + dir + "/ruby')}",
		"- -x\n  livenessProbe: {}",
		"--help",
	}
}

func TestAHostileStringInAnyFieldCannotBreakOrInjectIntoTheScript(t *testing.T) {
	testtool.Require(t, "timeout")
	stubs := stubCLI(t, "svc-cli")
	// A curl stub records the URL it is given instead of fetching it.
	curlStub := "#!/bin/sh\nfor a in \"$@\"; do last=$a; done\nprintf '%s' \"$last\" > \"$STUB_ARGS\"\nexit 0\n"
	if err := os.WriteFile(filepath.Join(stubs, "curl"), []byte(curlStub), 0o755); err != nil {
		t.Fatal(err)
	}
	path := stubs + string(os.PathListSeparator) + os.Getenv("PATH")
	catalogueWith := func(h string) *catalogue.Catalogue {
		return &catalogue.Catalogue{
			Service: catalogue.Service{Name: "svc"},
			Health: &catalogue.Health{
				CLI:  &catalogue.HealthCLI{Command: []string{"svc-cli", h, "ping", h}, Description: h},
				HTTP: &catalogue.HealthHTTP{URL: "http://127.0.0.1:1/health?q=" + h, Description: h},
			},
		}
	}
	scripts := map[string][]byte{}
	for i, h := range hostile("/tmp/DIR") {
		scripts[fmt.Sprint("hostile", i)] = generate(t, catalogueWith(h))["health/health-check.sh"]
	}
	shellcheck(t, scripts)
	for i, name := range hostile("DIR") {
		t.Run(name, func(t *testing.T) {
			pwned := t.TempDir()
			h := hostile(pwned)[i]
			c := catalogueWith(h)
			script := generate(t, c)["health/health-check.sh"]
			argsFile := filepath.Join(t.TempDir(), "args")
			r := run(t, script, path, []string{"STUB_MODE=ok", "STUB_ARGS=" + argsFile}, "cli")
			if r.code != 0 {
				t.Fatalf("cli check: exit %d\n%s", r.code, r.stderr)
			}
			args, err := os.ReadFile(argsFile)
			if err != nil {
				t.Fatal(err)
			}
			if want := h + "\x00ping\x00" + h + "\x00"; string(args) != want {
				t.Errorf("the CLI got %q, want %q", args, want)
			}
			r = run(t, script, path, []string{"STUB_ARGS=" + argsFile}, "http")
			if r.code != 0 {
				t.Fatalf("http check: exit %d\n%s", r.code, r.stderr)
			}
			if url, _ := os.ReadFile(argsFile); string(url) != c.Health.HTTP.URL {
				t.Errorf("curl got %q, want %q", url, c.Health.HTTP.URL)
			}
			if entries, _ := os.ReadDir(pwned); len(entries) != 0 {
				t.Fatalf("the value ran a command: %s exists", entries[0].Name())
			}
		})
	}
}

func TestAHostileStringCannotBreakOrInjectIntoTheProbes(t *testing.T) {
	for _, h := range hostile("/tmp/obsgen-never") {
		t.Run(h, func(t *testing.T) {
			c := &catalogue.Catalogue{
				Service: catalogue.Service{Name: "svc"},
				Health: &catalogue.Health{Probes: []catalogue.Probe{
					{Kind: "liveness", Variant: h, Exec: []string{h, "-c", h}, PeriodSeconds: 10},
					{Kind: "readiness", Variant: h, HTTPPath: "/" + h, HTTPPort: 8080},
				}},
			}
			files := generate(t, c)
			got := decodeProbes(t, files["kubernetes/probes.yaml"])
			if got.LivenessProbe == nil || got.LivenessProbe.Exec == nil || !reflect.DeepEqual(got.LivenessProbe.Exec.Command, []string{h, "-c", h}) {
				t.Errorf("liveness probe reads back as %+v", got.LivenessProbe)
			}
			if got.ReadinessProbe == nil || got.ReadinessProbe.HTTPGet == nil || got.ReadinessProbe.HTTPGet.Path != "/"+h {
				t.Errorf("readiness probe reads back as %+v", got.ReadinessProbe)
			}
			want := corev1.Container{LivenessProbe: got.LivenessProbe, ReadinessProbe: got.ReadinessProbe}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("extra fields were injected: %+v", got)
			}
		})
	}
	second := &catalogue.Catalogue{Service: catalogue.Service{Name: "svc"}, Health: &catalogue.Health{Probes: []catalogue.Probe{
		{Kind: "liveness", Variant: "exec", Exec: []string{"x"}},
		{Kind: "liveness", Variant: "../../etc/x", Exec: []string{"x"}},
	}}}
	if files, err := (Generator{}).Generate(second); err == nil {
		t.Errorf("a variant naming a path outside the folder was accepted: %v", files[len(files)-1].Path)
	}
}

func TestAHostileServiceNameIsRefused(t *testing.T) {
	for _, name := range []string{"svc\n$(touch x)", "../svc", "Svc Name"} {
		c := &catalogue.Catalogue{Service: catalogue.Service{Name: name}, Health: &catalogue.Health{
			HTTP: &catalogue.HealthHTTP{URL: "http://localhost/health"},
		}}
		if _, err := (Generator{}).Generate(c); err == nil {
			t.Errorf("service name %q was accepted", name)
		}
	}
}
