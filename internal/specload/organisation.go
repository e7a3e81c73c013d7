package specload

import (
	"os"
	"path/filepath"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/validate"
)

// LoadOrganisation reads root/organisation.yaml, where root is the folder
// holding the service folders. It returns nil and no problems when there is
// no such file.
func LoadOrganisation(root string) (*catalogue.Organisation, diag.List, diag.Sources) {
	file := filepath.Join(root, catalogue.OrganisationFile)
	src := diag.Sources{}
	if st, err := os.Lstat(file); err != nil || !st.Mode().IsRegular() {
		return nil, nil, src
	}
	var diags diag.List
	part := loadFile(file, Options{}, &diags, src)
	if part == nil {
		return nil, diags.Sort(), src
	}
	o := validate.Organisation(part, file, &diags)
	return o, diags.Sort(), src
}
