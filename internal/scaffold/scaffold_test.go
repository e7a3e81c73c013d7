package scaffold

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/diag"
	_ "github.com/obsgen/obsgen/internal/golden" // -update in every test binary
	"github.com/obsgen/obsgen/internal/pipeline"
	"github.com/obsgen/obsgen/internal/ruletest"
)

// exampleLine is a commented line of the scaffold that is YAML, not prose:
// indented, then "# " and a key, a list item or deeper indentation.
var exampleLine = regexp.MustCompile(`(?m)^(\s+)# ([a-z_-]|\s)`)

// uncomment turns every commented example of the scaffold into YAML.
func uncomment(data []byte) []byte {
	return exampleLine.ReplaceAll(data, []byte("$1$2"))
}

// write puts the scaffold of name under a fresh folder and returns the
// service folder.
func write(t *testing.T, name string, edit func([]byte) []byte) string {
	t.Helper()
	files, err := Service(name, Options{Schema: "../../schema/obsgen.schema.json"})
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	for _, f := range files {
		p := filepath.Join(root, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		data := f.Data
		if edit != nil {
			data = edit(data)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(root, "specs", name)
}

func TestTheScaffoldLintsCleanGeneratesAndPassesItsTests(t *testing.T) {
	cases := []struct {
		name     string
		service  string
		edit     func([]byte) []byte
		alerts   int
		minTests int
	}{
		{"the scaffold as written", "payments", nil, 1, 2},
		{"every commented example uncommented", "payments", uncomment, 4, 8},
		{"a service name with a dash, examples uncommented", "card-payments", uncomment, 4, 8},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := write(t, tc.service, tc.edit)
			res, err := pipeline.Load(pipeline.Options{Specs: []string{dir}})
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range res.Diags {
				if d.Severity >= diag.Warning {
					t.Errorf("finding on the scaffold: %s", d)
				}
			}
			if len(res.Catalogues) != 1 {
				t.Fatalf("%d catalogues", len(res.Catalogues))
			}
			c := res.Catalogues[0]
			if got := len(c.Alerts()); got != tc.alerts {
				t.Errorf("%d alerts, want %d", got, tc.alerts)
			}
			if err := res.Generate(); err != nil {
				t.Fatal(err)
			}
			results, err := ruletest.Run(c)
			if err != nil {
				t.Fatal(err)
			}
			if len(results) < tc.minTests {
				t.Errorf("%d tests, want at least %d", len(results), tc.minTests)
			}
			for _, r := range results {
				if !r.Passed() {
					t.Errorf("%s/%s failed: %s", r.Rule, r.Test, strings.Join(r.Failures, "; "))
				}
			}
			for _, cv := range ruletest.Cover(c) {
				if !cv.Complete() {
					t.Errorf("%s is not fully covered: %s", cv.Rule, cv.Missing())
				}
			}
		})
	}
}

func TestTheScaffoldStartsWithTheSchemaComment(t *testing.T) {
	files, err := Service("payments", Options{Schema: "../../schema/obsgen.schema.json"})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 1 || files[0].Path != "specs/payments/service.yaml" {
		t.Fatalf("files %v", files)
	}
	first, _, _ := strings.Cut(string(files[0].Data), "\n")
	if first != "# yaml-language-server: $schema=../../schema/obsgen.schema.json" {
		t.Errorf("first line %q", first)
	}
}

func TestAServiceNameStartsWithALowerCaseLetterAndHasNoSlash(t *testing.T) {
	cases := []struct {
		name string
		ok   bool
	}{
		{"payments", true},
		{"card-payments_eu2", true},
		{"Payments", false},
		{"9lives", false},
		{"", false},
		{"a/b", false},
		{"../x", false},
		{strings.Repeat("a", 64), false},
	}
	for _, tc := range cases {
		if err := CheckName(tc.name); (err == nil) != tc.ok {
			t.Errorf("CheckName(%q) = %v, want ok %v", tc.name, err, tc.ok)
		}
	}
}

func TestNextStepsNameTheCommandsAndAMakefileWithTabs(t *testing.T) {
	s := NextSteps("payments", "specs")
	for _, want := range []string{"obsgen check specs", "obsgen test specs/payments", "\n\tobsgen generate specs\n", "docs/ci.md"} {
		if !strings.Contains(s, want) {
			t.Errorf("next steps lack %q:\n%s", want, s)
		}
	}
}
