package catalogue

import "testing"

func TestSpecFolderNamesTheFolderAsPagesDo(t *testing.T) {
	for _, tc := range []struct{ dir, want string }{
		{"specs/rstmdb", "specs/rstmdb"},
		{"trial/apache", "trial/apache"},
		{"./specs/shop/", "specs/shop"},
		{"/srv/repo/monitoring/specs/shop", "specs/shop"},
		{"", "specs/s"},
	} {
		c := &Catalogue{Dir: tc.dir, Service: Service{Name: "s"}}
		if tc.dir != "" {
			c.Folder = FolderName(tc.dir)
		}
		if got := c.SpecFolder(); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.dir, got, tc.want)
		}
	}
}
