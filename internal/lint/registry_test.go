package lint

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

func TestEveryCheckHasAStableCodeDocsAFileAndATest(t *testing.T) {
	kebab := regexp.MustCompile(`^[a-z]+(-[a-z]+)*$`)
	seen := map[string]bool{}
	for _, ch := range Checks() {
		if !kebab.MatchString(ch.Code) {
			t.Errorf("code %q is not kebab-case", ch.Code)
		}
		if seen[ch.Code] {
			t.Errorf("code %q is used twice", ch.Code)
		}
		seen[ch.Code] = true
		if ch.run == nil {
			t.Errorf("%s has no run function", ch.Code)
		}
		if d := strings.TrimSpace(ch.Docs); d == "" || !strings.HasSuffix(d, ".") || strings.Count(d, ". ") > 0 {
			t.Errorf("%s: docs must be one sentence ending in a period, got %q", ch.Code, ch.Docs)
		}
		file := strings.ReplaceAll(ch.Code, "-", "_")
		for _, f := range []string{file + ".go", file + "_test.go"} {
			if _, err := os.Stat(f); err != nil {
				t.Errorf("%s: want its own file %s: %v", ch.Code, f, err)
			}
		}
		if Lookup(ch.Code) != ch {
			t.Errorf("Lookup(%q) does not find the check", ch.Code)
		}
	}
	if Lookup("no-such-check") != nil {
		t.Error("Lookup of an unknown code returned a check")
	}
}
