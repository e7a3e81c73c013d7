package catalogue

import ()

// OrganisationFile is the file, beside the service folders, that holds what
// every service shares (the organisation section). It is not a service's
// spec file: Discover and Load pass over it.
const OrganisationFile = "organisation.yaml"

// RootField returns where a top-level section was written, or def: the
// root is the one struct with an organisation field written.
func (c *Catalogue) RootField(key string, def Pos) Pos {
	for _, fields := range c.positions.FieldPos {
		if _, ok := fields["organisation"]; ok {
			if p, ok := fields[key]; ok {
				return p
			}
		}
	}
	return def
}
