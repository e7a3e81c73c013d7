package site

import (
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// Problem is one broken link or picture: the page, what it points to and
// why it is broken.
type Problem struct {
	Page, Ref, Why string
}

func (p Problem) String() string { return p.Page + ": " + p.Ref + ": " + p.Why }

// page is what a check needs of one HTML page: its links and pictures,
// and the ids its anchors may name.
type page struct {
	refs []string
	ids  map[string]bool
}

// CheckLinks reads every HTML page under dir and returns each link
// (a href, link href), picture (img src) and script (script src) that
// points inside the site to a file that is not there, or to an anchor its
// page lacks. Links out of the site (with a scheme or a host) are not
// followed. Pictures must also be non-empty files.
func CheckLinks(dir string) ([]Problem, error) {
	pages := map[string]*page{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		// A host serves 404.html at any path, so MkDocs roots its links
		// at the site's top instead; it is not read.
		if d.Name() == "404.html" && filepath.Dir(p) == filepath.Clean(dir) {
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		pg, err := parse(p)
		if err != nil {
			return fmt.Errorf("%s: %w", rel, err)
		}
		pages[filepath.ToSlash(rel)] = pg
		return nil
	})
	if err != nil {
		return nil, err
	}
	var out []Problem
	names := make([]string, 0, len(pages))
	for name := range pages {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		for _, ref := range pages[name].refs {
			if why := check(dir, pages, name, ref); why != "" {
				out = append(out, Problem{Page: name, Ref: ref, Why: why})
			}
		}
	}
	return out, nil
}

// check returns why ref, found on page name, is broken; "" when it is not.
func check(dir string, pages map[string]*page, name, ref string) string {
	u, err := url.Parse(ref)
	if err != nil {
		return "not a URL: " + err.Error()
	}
	if u.Scheme != "" || u.Host != "" {
		return ""
	}
	target := name
	if u.Path != "" {
		if strings.HasPrefix(u.Path, "/") {
			return "an absolute path, which breaks when the site is not at the root of its host"
		}
		target = path.Clean(path.Join(path.Dir(name), u.Path))
		if strings.HasPrefix(target, "../") || target == ".." {
			return "leads out of the site"
		}
		info, err := os.Stat(filepath.Join(dir, filepath.FromSlash(target)))
		if err != nil {
			return "no such file"
		}
		if info.IsDir() {
			target = path.Join(target, "index.html")
			if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(target))); err != nil {
				return "a folder without index.html"
			}
		} else if info.Size() == 0 {
			return "an empty file"
		}
	}
	if u.Fragment == "" {
		return ""
	}
	pg, ok := pages[target]
	if !ok {
		return ""
	}
	if !pg.ids[u.Fragment] {
		return "no element with id " + u.Fragment
	}
	return ""
}

// parse reads a page's links, pictures, scripts and ids.
func parse(file string) (*page, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	doc, err := html.Parse(f)
	if err != nil {
		return nil, err
	}
	pg := &page{ids: map[string]bool{}}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				switch {
				case a.Key == "id" || (a.Key == "name" && n.Data == "a"):
					pg.ids[a.Val] = true
				case a.Key == "href" && (n.Data == "a" || n.Data == "link"),
					a.Key == "src" && (n.Data == "img" || n.Data == "script"):
					pg.refs = append(pg.refs, a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return pg, nil
}
