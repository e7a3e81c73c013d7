package outdir

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
)

func TestManifestEncoding(t *testing.T) {
	got := string(manifestOf(set("b/z.yaml", "z", "a.yaml", "", "b/a.yaml", "hello")).encode())
	want := manifestHeader +
		"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  a.yaml\n" +
		"2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824  b/a.yaml\n" +
		"594e519ae499312b29433b7dd8a97ff068defcba9755b6d5d00e84c524d67b06  b/z.yaml\n"
	if got != want {
		t.Fatalf("manifest =\n%s\nwant\n%s", got, want)
	}
	if strings.Count(manifestHeader, "\n") != 1 || !strings.HasPrefix(manifestHeader, "# ") {
		t.Fatalf("the header is not one comment line: %q", manifestHeader)
	}
	if string(manifestOf(nil).encode()) != manifestHeader {
		t.Fatal("the manifest of no files is not just the header")
	}
}

func TestParseManifest(t *testing.T) {
	const sum = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
	tests := []struct {
		name    string
		data    string
		want    int    // entries, when it parses
		wantErr string // "" when it parses
	}{
		{"what encode writes reads back", string(manifestOf(set("a", "", "b/c", "x")).encode()), 2, ""},
		{"comments and blank lines are ignored", "# hi\n\n#x\n" + sum + "  a\n", 1, ""},
		{"a last line without newline is read", sum + "  a", 1, ""},
		{"one space between sum and path is refused", sum + " a\n", 0, "line 1"},
		{"a short sum is refused", sum[1:] + "  a\n", 0, "line 1"},
		{"an upper-case sum is refused", strings.ToUpper(sum) + "  a\n", 0, "line 1"},
		{"a sum that is not hex is refused", "g" + sum[1:] + "  a\n", 0, "bad sha256"},
		{"an escaping path is refused", "# h\n" + sum + "  ../../etc/passwd\n", 0, "line 2"},
		{"an absolute path is refused", sum + "  /etc/passwd\n", 0, "absolute"},
		{"a repeated path is refused", sum + "  a\n" + sum + "  a\n", 0, "twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := parseManifest([]byte(tt.data))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("parseManifest = %v, want an error containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("parseManifest: %v", err)
			}
			if len(m) != tt.want {
				t.Fatalf("parseManifest gave %d entries, want %d", len(m), tt.want)
			}
		})
	}
}

// manifestOf returns the manifest of files: what Write writes for them.
func manifestOf(files []File) manifest {
	sums := make([]string, len(files))
	_ = forEach(len(files), func(i int) error {
		sum := sha256.Sum256(files[i].Data)
		sums[i] = hex.EncodeToString(sum[:])
		return nil
	})
	m := make(manifest, len(files))
	for i, f := range files {
		m[f.Path] = sums[i]
	}
	return m
}
