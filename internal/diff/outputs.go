package diff

import (
	"crypto/sha256"
	"path"
	"slices"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/words"
)

// Outputs are one side's generated files: each path, slash-separated under
// the output folder, with a digest of what it holds.
type Outputs map[string][sha256.Size]byte

// FileChange is one generated file of a service added, removed or changed.
type FileChange struct {
	// Path is the file's path in the service's output folder.
	Path string
	Op   Op
}

// AddOutputs adds, for each service of head that base has too, one change
// listing the generated files of its output folder (the folder named after
// the service) that differ between the sides: what a pull request changes
// in what is deployed and published, docs pages first, including what the
// catalogue comparison cannot see (an alert's generated dashboard link, a
// page's picture). Files shared by every service are left out: a run of
// some services writes them from those only.
func (r *Report) AddOutputs(head []*catalogue.Catalogue, before, after Outputs) {
	for _, c := range head {
		name := c.Service.Name
		prefix := name + "/"
		if name == "" || !hasPrefix(before, prefix) {
			continue
		}
		var files []FileChange
		for p, h := range after {
			rel, ok := strings.CutPrefix(p, prefix)
			if !ok {
				continue
			}
			switch b, had := before[p]; {
			case !had:
				files = append(files, FileChange{rel, Added})
			case b != h:
				files = append(files, FileChange{rel, Changed})
			}
		}
		for p := range before {
			if rel, ok := strings.CutPrefix(p, prefix); ok {
				if _, has := after[p]; !has {
					files = append(files, FileChange{rel, Removed})
				}
			}
		}
		if len(files) == 0 {
			continue
		}
		slices.SortFunc(files, func(a, b FileChange) int {
			if da, db := isDocsPage(a.Path), isDocsPage(b.Path); da != db {
				if da {
					return -1
				}
				return 1
			}
			return strings.Compare(a.Path, b.Path)
		})
		r.Changes = append(r.Changes, Change{Service: name, Kind: KindOutput, Op: Changed, Name: name,
			Files: files, Pos: c.Service.Pos})
	}
	sortChanges(r.Changes)
}

// hasPrefix reports whether any path of o starts with prefix.
func hasPrefix(o Outputs, prefix string) bool {
	for p := range o {
		if strings.HasPrefix(p, prefix) {
			return true
		}
	}
	return false
}

// isDocsPage reports whether a service's generated file is a page of its
// docs (not a picture on one).
func isDocsPage(rel string) bool {
	return strings.HasPrefix(rel, "docs/") && path.Ext(rel) == ".md"
}

// outputTitle says how many docs pages and other files changed.
func outputTitle(c *Change) string {
	pages := 0
	for _, f := range c.Files {
		if isDocsPage(f.Path) {
			pages++
		}
	}
	var parts []string
	if pages > 0 {
		parts = append(parts, words.Count(pages, "docs page"))
	}
	if rest := len(c.Files) - pages; rest > 0 {
		noun := "other file"
		if pages == 0 {
			noun = "file"
		}
		parts = append(parts, words.Count(rest, noun))
	}
	return "generated files of " + c.Name + " changed: " + strings.Join(parts, " and ")
}
