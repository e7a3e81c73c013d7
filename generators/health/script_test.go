package health

import (
	"bytes"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/testtool"
)

// shellcheck runs bash -n over each script, then shellcheck over all of
// them at once (one run: shellcheck starts slowly).
func shellcheck(t *testing.T, scripts map[string][]byte) {
	t.Helper()
	bash := testtool.Require(t, "bash")
	sc := testtool.Require(t, "shellcheck")
	dir := t.TempDir()
	args := []string{"--shell=bash", "--severity=style"}
	for name, script := range scripts {
		path := filepath.Join(dir, strings.NewReplacer("/", "_", " ", "_").Replace(name)+".sh")
		if err := os.WriteFile(path, script, 0o755); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command(bash, "-n", path).CombinedOutput(); err != nil {
			t.Errorf("bash -n %s: %v\n%s", name, err, out)
		}
		args = append(args, path)
	}
	if out, err := exec.Command(sc, args...).CombinedOutput(); err != nil {
		t.Errorf("shellcheck: %v\n%s", err, out)
	}
}

// stubCLI writes a fake health CLI called name into a new folder: it
// records its arguments (NUL-separated) in $STUB_ARGS and behaves as
// $STUB_MODE says: ok, fail or hang.
func stubCLI(t *testing.T, name string) string {
	t.Helper()
	dir := t.TempDir()
	stub := "#!/bin/sh\n" +
		"if [ -n \"${STUB_ARGS:-}\" ]; then printf '%s\\0' \"$@\" > \"$STUB_ARGS\"; fi\n" +
		"case \"${STUB_MODE:-ok}\" in\n" +
		"ok) echo pong; exit 0 ;;\n" +
		"fail) echo 'connection refused' >&2; exit 1 ;;\n" +
		"hang) exec sleep 30 ;;\n" +
		"esac\n"
	if err := os.WriteFile(filepath.Join(dir, name), []byte(stub), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// result is how a script run ended.
type result struct {
	code           int
	stdout, stderr string
}

// run runs script with bash, PATH and extra environment set, and args.
func run(t *testing.T, script []byte, path string, env []string, args ...string) result {
	t.Helper()
	file := filepath.Join(t.TempDir(), "health-check.sh")
	if err := os.WriteFile(file, script, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(testtool.Require(t, "bash"), append([]string{file}, args...)...)
	cmd.Env = append([]string{"PATH=" + path, "HOME=" + t.TempDir(), "LC_ALL=C"}, env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := result{stdout: stdout.String(), stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		r.code = exit.ExitCode()
	default:
		t.Fatal(err)
	}
	return r
}

// healthServer answers /ok with 200, /down with 503 and holds /slow until
// the client gives up.
func healthServer(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/ok", "/health":
			_, _ = w.Write([]byte("OK\n"))
		case "/slow":
			select {
			case <-r.Context().Done():
			case <-time.After(10 * time.Second):
			}
		default:
			http.Error(w, "unavailable", http.StatusServiceUnavailable)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

// fastCatalogue has both checks with half-second timeouts, so that the
// timeout cases run quickly.
func fastCatalogue(url string) *catalogue.Catalogue {
	half := catalogue.Duration(500 * time.Millisecond)
	return &catalogue.Catalogue{
		Service: catalogue.Service{Name: "svc"},
		Health: &catalogue.Health{
			CLI:  &catalogue.HealthCLI{Command: []string{"svc-cli", "ping"}, Timeout: half},
			HTTP: &catalogue.HealthHTTP{URL: url, Timeout: half},
		},
	}
}

func TestTheScriptsPassShellcheck(t *testing.T) {
	scripts := map[string][]byte{"rstmdb": generate(t, testtool.Load(t, "../../specs/rstmdb"))["health/health-check.sh"]}
	for name, h := range map[string]*catalogue.Health{
		"cli only":  {CLI: &catalogue.HealthCLI{Command: []string{"svc-cli", "ping"}}},
		"http only": {HTTP: &catalogue.HealthHTTP{URL: "http://localhost:8080/healthz"}},
	} {
		script, err := Script(&catalogue.Catalogue{Service: catalogue.Service{Name: "svc"}, Health: h})
		if err != nil {
			t.Fatal(err)
		}
		scripts[name] = script
	}
	shellcheck(t, scripts)
}

func TestTheRstmdbScriptTellsHealthyFromUnhealthy(t *testing.T) {
	script := generate(t, testtool.Load(t, "../../specs/rstmdb"))["health/health-check.sh"]
	testtool.Require(t, "curl")
	testtool.Require(t, "timeout")
	srv := healthServer(t)
	stubs := stubCLI(t, "rstmdb-cli")
	withStub := stubs + string(os.PathListSeparator) + os.Getenv("PATH")
	argsFile := filepath.Join(t.TempDir(), "args")
	cases := []struct {
		name   string
		path   string
		env    []string
		args   []string
		code   int
		stdout string
	}{
		{"a server that answers the ping is healthy", withStub, []string{"STUB_MODE=ok"}, []string{"cli"}, 0, "OK\n"},
		{"a server that does not answer the ping is unhealthy", withStub, []string{"STUB_MODE=fail"}, []string{"cli"}, 1, "FAIL\n"},
		{"a missing CLI is reported as a missing tool", os.Getenv("PATH"), nil, []string{"cli"}, 4, "FAIL\n"},
		{"a 200 from /health is healthy", withStub, []string{"RSTMDB_HEALTH_URL=" + srv.URL + "/health"}, []string{"http"}, 0, "OK\n"},
		{"a 503 from /health is unhealthy", withStub, []string{"RSTMDB_HEALTH_URL=" + srv.URL + "/down"}, []string{"http"}, 1, "FAIL\n"},
		{"both checks run by default and both must pass", withStub, []string{"STUB_MODE=ok", "RSTMDB_HEALTH_URL=" + srv.URL + "/health"}, nil, 0, "OK\n"},
		{"one failing check fails the whole run", withStub, []string{"STUB_MODE=ok", "RSTMDB_HEALTH_URL=" + srv.URL + "/down"}, nil, 1, "FAIL\n"},
		{"an unknown check name is a usage error", withStub, nil, []string{"disk"}, 2, ""},
		{"--help prints the usage", withStub, nil, []string{"--help"}, 0, "usage: health-check.sh [cli|http]...\n"},
		{"the CLI gets the spec's arguments", withStub, []string{"STUB_MODE=ok", "STUB_ARGS=" + argsFile}, []string{"cli"}, 0, "OK\n"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := run(t, script, tc.path, tc.env, tc.args...)
			if r.code != tc.code || r.stdout != tc.stdout {
				t.Errorf("exit %d, stdout %q, want exit %d, stdout %q; stderr:\n%s", r.code, r.stdout, tc.code, tc.stdout, r.stderr)
			}
		})
	}
	args, err := os.ReadFile(argsFile)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(args), "-s\x00localhost:7401\x00ping\x00"; got != want {
		t.Errorf("rstmdb-cli got arguments %q, want %q", got, want)
	}
}

func TestChecksThatGetNoAnswerTimeOut(t *testing.T) {
	testtool.Require(t, "curl")
	testtool.Require(t, "timeout")
	srv := healthServer(t)
	script, err := Script(fastCatalogue(srv.URL + "/slow"))
	if err != nil {
		t.Fatal(err)
	}
	path := stubCLI(t, "svc-cli") + string(os.PathListSeparator) + os.Getenv("PATH")
	for _, tc := range []struct {
		name  string
		env   []string
		check string
	}{
		{"a hung CLI is stopped after its timeout", []string{"STUB_MODE=hang"}, "cli"},
		{"a server that never answers is given up on after the timeout", nil, "http"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			r := run(t, script, path, tc.env, tc.check)
			if r.code != 3 || r.stdout != "FAIL\n" {
				t.Errorf("exit %d, stdout %q, want exit 3 and FAIL; stderr:\n%s", r.code, r.stdout, r.stderr)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %s, the timeout is 0.5s", d)
			}
		})
	}
}
