package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// statusEnv names the file where the obsgen a script runs leaves its exit
// code, for the status command.
const statusEnv = "OBSGEN_TEST_STATUS_FILE"

// TestMain makes this test binary obsgen itself in two ways: as the
// obsgen command of the scripts under testdata/script (testscript puts a
// copy named obsgen on their PATH), and, with OBSGEN_TEST_AS_CLI=1, for
// tests that start and kill a real obsgen process without building one.
func TestMain(m *testing.M) {
	if os.Getenv("OBSGEN_TEST_AS_CLI") == "1" {
		os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
	}
	testscript.Main(m, map[string]func(){
		"obsgen": func() {
			code := run(os.Args[1:], os.Stdout, os.Stderr)
			if f := os.Getenv(statusEnv); f != "" {
				_ = os.WriteFile(f, []byte(strconv.Itoa(code)), 0o644)
			}
			os.Exit(code)
		},
	})
}

// TestScripts runs the CLI's behaviour as written down in
// testdata/script/*.txtar: each script runs the real obsgen (exec obsgen
// ...) on the small specs it carries, and checks its output, the files it
// writes and its exit code (status N). Run one with
// go test ./cmd/obsgen -run TestScripts/NAME.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 filepath.Join("testdata", "script"),
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		Setup: func(env *testscript.Env) error {
			env.Setenv(statusEnv, filepath.Join(env.WorkDir, ".obsgen-status"))
			// git, for diff and --changed-since, wants to know who commits.
			for k, v := range map[string]string{
				"GIT_AUTHOR_NAME": "obsgen", "GIT_AUTHOR_EMAIL": "obsgen@example.com",
				"GIT_COMMITTER_NAME": "obsgen", "GIT_COMMITTER_EMAIL": "obsgen@example.com",
				"GIT_CONFIG_NOSYSTEM": "1", "HOME": env.WorkDir,
			} {
				env.Setenv(k, v)
			}
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"status": cmdStatus,
		},
	})
}

// cmdStatus checks the exit code of the last obsgen the script ran:
// status 2.
func cmdStatus(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: status CODE")
	}
	data, err := os.ReadFile(ts.Getenv(statusEnv))
	ts.Check(err)
	got := strings.TrimSpace(string(data))
	if got != args[0] {
		ts.Fatalf("obsgen exited %s, want %s", got, args[0])
	}
}
