package specload

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/naming"
	"github.com/obsgen/obsgen/internal/speccodec"
	"github.com/obsgen/obsgen/internal/suggest"
	"go.yaml.in/yaml/v3"
)

// Environment overlays are read here; speccodec.Overlay merges them (and
// its package says how).

// overlaysDir is the folder of a service's environment overlays.
const overlaysDir = "overlays"

// ValidEnv reports whether name can name an environment (a folder under
// overlays/).
func ValidEnv(name string) bool {
	return naming.Environment.MatchString(name) && !strings.Contains(name, "..")
}

// Environments lists the environments a service folder has overlays for,
// sorted.
func Environments(dir string) []string {
	entries, err := os.ReadDir(filepath.Join(dir, overlaysDir))
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		if e.IsDir() && ValidEnv(e.Name()) {
			out = append(out, e.Name())
		}
	}
	sort.Strings(out)
	return out
}

// applyEnvironment merges the overlays of environment env over c.
func applyEnvironment(c *catalogue.Catalogue, dir string, opts Options, diags *diag.List, src diag.Sources) {
	env := opts.Env
	root := filepath.Join(dir, overlaysDir)
	if !ValidEnv(env) {
		diags.Errorf(catalogue.Pos{File: dir}, "bad-env", "%q cannot name an environment: use letters, digits, '.', '_' and '-'", env)
		return
	}
	envDir := filepath.Join(root, env)
	entries, err := os.ReadDir(envDir)
	if err != nil {
		if _, serr := os.Stat(root); serr != nil {
			diags.Infof(catalogue.Pos{File: dir}, "no-overlays", "the service has no %s/ folder: environment %s is its base catalogue", overlaysDir, env)
			return
		}
		have := Environments(dir)
		diags.Errorf(catalogue.Pos{File: root}, "unknown-env", "no overlays for environment %q (the service has: %s)%s",
			env, strings.Join(have, ", "), suggest.Hint(env, have))
		return
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && IsSpecFile(e.Name()) {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		diags.Errorf(catalogue.Pos{File: envDir}, "no-spec", "no overlay files (*.yaml, *.yml, *.jsonnet) in the folder")
		return
	}
	for _, name := range names {
		file := filepath.Join(envDir, name)
		c.Files = append(c.Files, file)
		applyOverlayFile(c, file, opts, diags, src)
	}
	for gi := range c.MetricGroups {
		g := &c.MetricGroups[gi]
		for mi := range g.Metrics {
			g.Metrics[mi].Group = g.Name
		}
	}
	c.Reindex()
}

// applyOverlayFile reads, decodes and merges one overlay file.
func applyOverlayFile(c *catalogue.Catalogue, file string, opts Options, diags *diag.List, src diag.Sources) {
	data, quotable, ok := readSpecFile(file, opts, diags)
	if !ok {
		return
	}
	if quotable {
		src[file] = data
	}
	var root *yaml.Node
	var out []byte
	jsonnet := strings.HasSuffix(file, ".jsonnet")
	if jsonnet {
		root, out = evaluateJsonnetNode(file, data, opts.Jsonnet, diags, src)
	} else {
		root = speccodec.Parse(file, data, diags)
	}
	if root == nil {
		return
	}
	first := len(*diags)
	o := speccodec.PrepareOverlay(c, file, root, !jsonnet, diags)
	var part *catalogue.Catalogue
	if jsonnet {
		part = speccodec.DecodeJsonnet(file, data, out, root, diags)
	} else {
		part = speccodec.DecodeNode(file, data, root, true, diags)
	}
	if part == nil || diag.List((*diags)[first:]).HasErrors() {
		return
	}
	o.Apply(part)
}
