package outdir

import (
	"strings"
	"testing"
)

func TestCheckPath(t *testing.T) {
	tests := []struct {
		name string
		path string
		ok   bool
	}{
		{"a plain nested path is accepted", "rstmdb/prometheus/alerts.yaml", true},
		{"a single file name is accepted", "README.md", true},
		{"a dot file is accepted", ".gitignore", true},
		{"a name with dots inside is accepted", "a..b/c...d", true},
		{"non-ASCII letters are accepted", "dashboards/über.json", true},
		{"a colon after the first character is accepted", "ab:c/d", true},
		{"an empty path is refused", "", false},
		{"an absolute path is refused", "/etc/passwd", false},
		{"a path with .. is refused", "a/../../etc/passwd", false},
		{"a bare .. is refused", "..", false},
		{"a trailing .. is refused", "a/..", false},
		{"a . segment is refused", "a/./b", false},
		{"a bare . is refused", ".", false},
		{"an empty segment is refused", "a//b", false},
		{"a trailing slash is refused", "a/b/", false},
		{"a backslash is refused", `a\b`, false},
		{"a Windows-style escape is refused", `..\..\x`, false},
		{"a NUL byte is refused", "a\x00b", false},
		{"a newline is refused", "a\nb", false},
		{"a tab is refused", "a\tb", false},
		{"DEL is refused", "a\x7fb", false},
		{"a C1 control character is refused", "a\u0085b", false},
		{"invalid UTF-8 is refused", "a\xffb", false},
		{"a drive letter is refused", "C:/Windows", false},
		{"a drive-relative path is refused", "c:foo", false},
		{"the manifest's name is refused", ManifestName, false},
		{"the manifest's name in a subdirectory is refused", "a/" + ManifestName, false},
		{"a lock file's name is refused", ".out.obsgen-lock", false},
		{"a staging directory's name is refused", ".out.obsgen-stage-0123456789abcdef/x", false},
		{"a temporary file's name is refused", "a/.x.obsgen-tmp-0123456789abcdef", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckPath(tt.path)
			if tt.ok && err != nil {
				t.Fatalf("CheckPath(%q) = %v, want nil", tt.path, err)
			}
			if !tt.ok && err == nil {
				t.Fatalf("CheckPath(%q) = nil, want an error", tt.path)
			}
		})
	}
}

func TestCheckFiles(t *testing.T) {
	tests := []struct {
		name    string
		files   []File
		wantErr string // "" for none
	}{
		{"no files are fine", nil, ""},
		{"distinct paths are fine", set("a/b", "", "a/c", "", "a-b", "", "a.b/c", ""), ""},
		{"a bad path is refused", set("ok", "", "../x", ""), `"../x"`},
		{"a duplicate path is refused", set("a/b", "1", "c", "", "a/b", "2"), "appears twice"},
		{"a file that is also a directory is refused", set("a", "", "a/b", ""), "also the directory"},
		{"a file that is a deeper directory is refused", set("a/b/c/d", "", "a/b", ""), `"a/b": is a file and also the directory of "a/b/c/d"`},
		{"a sibling sharing a prefix is not a directory", set("a", "", "ab/c", "", "a-b/c", ""), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := checkFiles(tt.files)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("checkFiles = %v, want nil", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("checkFiles = %v, want an error containing %q", err, tt.wantErr)
			}
		})
	}
}

func TestNames(t *testing.T) {
	if !isStageName(stageName("out"), "out") {
		t.Error("a fresh staging name is not recognised")
	}
	for _, name := range []string{".out.obsgen-stage-", ".out.obsgen-stage-0123456789abcdeg", ".out.x.obsgen-stage-0123456789abcdef", ".out.obsgen-stage-x.obsgen-stage-0123456789abcdef"} {
		if isStageName(name, "out") {
			t.Errorf("%q is taken for a staging directory of out", name)
		}
	}
	if !isTempName(tempName("alerts.yaml")) {
		t.Error("a fresh temporary name is not recognised")
	}
	if isTempName("alerts.yaml") || isTempName("x.obsgen-tmp-0123456789abcdef") {
		t.Error("an ordinary name is taken for a temporary one")
	}
	if got := shorten(strings.Repeat("é", 40)); len(got) != 64 || !strings.HasPrefix(strings.Repeat("é", 40), got) {
		t.Errorf("shorten cut a long name to %q", got)
	}
}
