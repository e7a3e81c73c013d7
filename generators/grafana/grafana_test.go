package grafana

import (
	"bytes"
	"path"
	"strings"
	"testing"

	"github.com/obsgen/obsgen/internal/golden"
	"github.com/obsgen/obsgen/internal/testtool"
	"go.yaml.in/yaml/v3"
)

// specDirs are the catalogues whose Grafana output is checked: the
// two real services and a sample that reaches every panel and metric type.
var specDirs = []string{"../../specs/rstmdb", "../../specs/stemedb", "testdata/specs/sample"}

func TestTheSeedsDashboardsAreTheCommittedOut(t *testing.T) {
	for _, name := range []string{"rstmdb", "stemedb"} {
		testtool.CheckOut(t, testtool.Generate(t, Generator{}, testtool.Seed(t, name)))
	}
}

func TestTheSampleDashboardsMatchTheGoldenFiles(t *testing.T) {
	got := map[string][]byte{}
	for _, f := range testtool.Generate(t, Generator{}, testtool.Load(t, "testdata/specs/sample")) {
		got[f.Path] = f.Data
	}
	golden.CheckDir(t, "testdata/golden", got)
}

func TestEveryDashboardPassesTheImportChecks(t *testing.T) {
	for _, dir := range specDirs {
		c := testtool.Load(t, dir)
		for _, f := range testtool.Generate(t, Generator{}, c) {
			if !strings.HasSuffix(f.Path, ".json") {
				continue
			}
			uid := strings.TrimSuffix(path.Base(f.Path), ".json")
			t.Run(uid, func(t *testing.T) {
				for _, p := range checkDashboard(uid, f.Data) {
					t.Error(p)
				}
			})
		}
	}
}

func TestEveryDashboardOfTheSpecIsGeneratedAndTheOverviewAndSLOsToo(t *testing.T) {
	for _, dir := range specDirs {
		c := testtool.Load(t, dir)
		files := map[string]bool{}
		for _, f := range testtool.Generate(t, Generator{}, c) {
			files[f.Path] = true
		}
		want := []string{c.Service.Name + "/grafana/provisioning/dashboards.yaml"}
		for _, d := range c.Dashboards {
			want = append(want, c.Service.Name+"/grafana/dashboards/"+d.UID+".json")
		}
		if c.Overview == nil {
			t.Fatalf("%s: the spec asks for no overview", dir)
		}
		want = append(want, c.Service.Name+"/grafana/dashboards/"+c.Overview.UID+".json")
		if len(c.SLOs) > 0 {
			want = append(want, c.Service.Name+"/grafana/dashboards/"+c.Service.Name+"-slos.json")
		}
		for _, w := range want {
			if !files[w] {
				t.Errorf("%s is not generated", w)
			}
		}
		if len(files) != len(want) {
			t.Errorf("%s: %d files generated, want %d", dir, len(files), len(want))
		}
	}
}

func TestGeneratingTwiceGivesTheSameBytes(t *testing.T) {
	for _, dir := range specDirs {
		a, b := testtool.Generate(t, Generator{}, testtool.Load(t, dir)), testtool.Generate(t, Generator{}, testtool.Load(t, dir))
		if len(a) != len(b) {
			t.Fatalf("%s: %d files, then %d", dir, len(a), len(b))
		}
		for i := range a {
			if a[i].Path != b[i].Path || !bytes.Equal(a[i].Data, b[i].Data) {
				t.Errorf("%s differs between two runs", a[i].Path)
			}
		}
	}
}

// grafanaProvisioning mirrors Grafana's dashboard provisioning types
// (pkg/services/provisioning/dashboards: DashboardAsConfigV1 and
// DashboardProviderConfigs), to decode the generated file strictly.
type grafanaProvisioning struct {
	APIVersion int64 `yaml:"apiVersion"`
	Providers  []struct {
		Name                  string         `yaml:"name"`
		Type                  string         `yaml:"type"`
		OrgID                 int64          `yaml:"orgId"`
		Folder                string         `yaml:"folder"`
		FolderUID             string         `yaml:"folderUid"`
		Editable              bool           `yaml:"editable"`
		Options               map[string]any `yaml:"options"`
		DisableDeletion       bool           `yaml:"disableDeletion"`
		UpdateIntervalSeconds int64          `yaml:"updateIntervalSeconds"`
		AllowUIUpdates        bool           `yaml:"allowUiUpdates"`
	} `yaml:"providers"`
}

func TestTheProvisioningFileIsAGrafanaFileProvider(t *testing.T) {
	for _, dir := range specDirs {
		c := testtool.Load(t, dir)
		for _, f := range testtool.Generate(t, Generator{}, c) {
			if !strings.HasSuffix(f.Path, ".yaml") {
				continue
			}
			var p grafanaProvisioning
			dec := yaml.NewDecoder(bytes.NewReader(f.Data))
			dec.KnownFields(true)
			if err := dec.Decode(&p); err != nil {
				t.Fatalf("%s: %v", f.Path, err)
			}
			if p.APIVersion != 1 || len(p.Providers) != 1 {
				t.Fatalf("%s: apiVersion %d with %d providers, want 1 and 1", f.Path, p.APIVersion, len(p.Providers))
			}
			pr := p.Providers[0]
			if pr.Type != "file" || pr.Name == "" || pr.Folder == "" {
				t.Errorf("%s: provider %+v needs a name, type file and a folder", f.Path, pr)
			}
			if want := provisioningRoot + "/" + c.Service.Name; pr.Options["path"] != want {
				t.Errorf("%s: options.path is %v, want %s", f.Path, pr.Options["path"], want)
			}
		}
	}
}
