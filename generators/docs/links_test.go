package docs_test

import (
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/generators/docs"
	"github.com/obsgen/obsgen/internal/pipeline"
	"github.com/obsgen/obsgen/internal/testtool"
)

// variantsSpec holds one alert with a warning and a critical variant.
const variantsSpec = "../../internal/catalogue/testdata/variants"

// generatedSeeds runs the whole pipeline over the seed specs and the
// two-variant fixture.
func generatedSeeds(t *testing.T) []generators.File {
	t.Helper()
	return generatedFrom(t, "../../specs", variantsSpec)
}

// generatedFrom runs the whole pipeline over specs.
func generatedFrom(t *testing.T, specs ...string) []generators.File {
	t.Helper()
	res, err := pipeline.Load(pipeline.Options{Specs: specs})
	if err != nil {
		t.Fatal(err)
	}
	if res.Diags.HasErrors() {
		t.Fatalf("seed specs have errors: %v", res.Diags)
	}
	if err := res.Generate(); err != nil {
		t.Fatal(err)
	}
	return res.Files
}

var (
	linkRE    = regexp.MustCompile(`\]\(([^)\s]+)\)`)
	headingRE = regexp.MustCompile(`^#{1,6} (.+)$`)
	codeRE    = regexp.MustCompile("`+")
)

// anchors returns the heading anchors of a Markdown document, numbered the
// way GitHub numbers repeated headings.
func anchors(md string) map[string]bool {
	out := map[string]bool{}
	seen := map[string]int{}
	inFence := false
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, "```") {
			inFence = !inFence
			continue
		}
		m := headingRE.FindStringSubmatch(line)
		if inFence || m == nil {
			continue
		}
		text := codeRE.ReplaceAllString(m[1], "")
		text = strings.NewReplacer(`\`, "", "&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(text)
		slug := docs.Slug(text)
		if n := seen[slug]; n > 0 {
			out[slug+"-"+itoa(n)] = true
		} else {
			out[slug] = true
		}
		seen[slug]++
	}
	return out
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestEveryInternalLinkAndAnchorResolves(t *testing.T) {
	files := generatedSeeds(t)
	byPath := map[string]string{}
	for _, f := range files {
		byPath[f.Path] = string(f.Data)
	}
	checked := 0
	for _, f := range files {
		if !strings.HasSuffix(f.Path, ".md") {
			continue
		}
		md := string(f.Data)
		// Links inside fenced code are not links.
		var prose []string
		inFence := false
		for _, line := range strings.Split(md, "\n") {
			if strings.HasPrefix(line, "```") {
				inFence = !inFence
				continue
			}
			if !inFence {
				prose = append(prose, line)
			}
		}
		for _, m := range linkRE.FindAllStringSubmatch(strings.Join(prose, "\n"), -1) {
			link := m[1]
			if strings.Contains(link, "://") {
				continue
			}
			target, anchor, _ := strings.Cut(link, "#")
			targetPath := f.Path
			if target != "" {
				targetPath = path.Clean(path.Join(path.Dir(f.Path), target))
			}
			checked++
			if strings.HasSuffix(target, "/") {
				prefix := strings.TrimSuffix(targetPath, "/") + "/"
				found := false
				for p := range byPath {
					found = found || strings.HasPrefix(p, prefix)
				}
				if !found {
					t.Errorf("%s: link %q: no generated file under %s", f.Path, link, prefix)
				}
				continue
			}
			body, ok := byPath[targetPath]
			if !ok {
				t.Errorf("%s: link %q: %s is not generated", f.Path, link, targetPath)
				continue
			}
			if anchor != "" && !anchors(body)[anchor] {
				t.Errorf("%s: link %q: no heading with anchor #%s in %s", f.Path, link, anchor, targetPath)
			}
		}
	}
	if checked < 20 {
		t.Errorf("only %d links checked; the docs lost their links", checked)
	}
}

func TestGeneratedMarkdownPassesMarkdownlint(t *testing.T) {
	bin := testtool.Require(t, "markdownlint")
	dir := t.TempDir()
	var names []string
	for _, f := range generatedSeeds(t) {
		if !strings.HasSuffix(f.Path, ".md") {
			continue
		}
		p := filepath.Join(dir, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, p)
	}
	args := append([]string{"--config", "../../.markdownlint.yaml"}, names...)
	if out, err := exec.Command(bin, args...).CombinedOutput(); err != nil {
		t.Errorf("markdownlint: %v\n%s", err, out)
	}
}
