package grafana

import (
	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/internal/catalogue"
)

// provisioningRoot is where the provisioning file expects the dashboards:
// copy out/<service>/grafana/dashboards/ to <provisioningRoot>/<service>/.
const provisioningRoot = "/var/lib/grafana/dashboards"

// provisioningFile is Grafana's dashboard provisioning file, version 1.
type provisioningFile struct {
	APIVersion int                 `yaml:"apiVersion"`
	Providers  []dashboardProvider `yaml:"providers"`
}

// dashboardProvider is one provider of a provisioning file, with the field
// names of Grafana's DashboardProviderConfigs.
type dashboardProvider struct {
	Name                  string          `yaml:"name"`
	OrgID                 int64           `yaml:"orgId"`
	Folder                string          `yaml:"folder"`
	FolderUID             string          `yaml:"folderUid"`
	Type                  string          `yaml:"type"`
	DisableDeletion       bool            `yaml:"disableDeletion"`
	UpdateIntervalSeconds int64           `yaml:"updateIntervalSeconds"`
	AllowUIUpdates        bool            `yaml:"allowUiUpdates"`
	Options               providerOptions `yaml:"options"`
}

// providerOptions are the options of a file provider.
type providerOptions struct {
	Path                      string `yaml:"path"`
	FoldersFromFilesStructure bool   `yaml:"foldersFromFilesStructure"`
}

// provisioning returns the service's provisioning file: one file provider
// reading its dashboards into a folder named after the service. Dashboards
// are not editable from the UI: the spec is where they change.
func provisioning(c *catalogue.Catalogue) ([]byte, error) {
	folder := c.Service.Title
	if folder == "" {
		folder = c.Service.Name
	}
	header := generators.Header(c.Service.Name, "#") +
		"# Grafana dashboard provisioning: put this file in provisioning/dashboards/ and copy\n" +
		"# grafana/dashboards/*.json to " + provisioningRoot + "/" + c.Service.Name + "/.\n"
	return generators.YAML(header, provisioningFile{
		APIVersion: 1,
		Providers: []dashboardProvider{{
			Name:                  "obsgen-" + c.Service.Name,
			OrgID:                 1,
			Folder:                folder,
			FolderUID:             "obsgen-" + c.Service.Name,
			Type:                  "file",
			DisableDeletion:       false,
			UpdateIntervalSeconds: 30,
			AllowUIUpdates:        false,
			Options: providerOptions{
				Path:                      provisioningRoot + "/" + c.Service.Name,
				FoldersFromFilesStructure: false,
			},
		}},
	})
}
