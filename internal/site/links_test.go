package site

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestCheckLinksFindsMissingFilesAnchorsAndEmptyPictures(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a/page.html", `<h2 id="here">x</h2>
<a href="#here">ok</a> <a href="#gone">missing anchor</a>
<a href="other.html#there">ok</a> <a href="other.html#nowhere">missing anchor elsewhere</a>
<a href="missing.html">missing file</a> <a href="https://example.com/x">outside</a>
<img src="pic.svg"> <img src="empty.svg"> <img src="/abs.svg">
<a href="../../up.html">out of the site</a>`)
	write("a/other.html", `<p id="there">y</p>`)
	write("a/pic.svg", `<svg/>`)
	write("a/empty.svg", ``)
	got, err := CheckLinks(dir)
	if err != nil {
		t.Fatal(err)
	}
	var refs []string
	for _, p := range got {
		refs = append(refs, p.Ref)
	}
	want := []string{"#gone", "other.html#nowhere", "missing.html", "empty.svg", "/abs.svg", "../../up.html"}
	for _, w := range want {
		if !slices.Contains(refs, w) {
			t.Errorf("%s is not reported; got %v", w, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("got %d problems, want %d: %v", len(got), len(want), got)
	}
}
