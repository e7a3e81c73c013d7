package outdir

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// ManifestName is the name of the manifest file at the top of the output
// folder. It lists every file obsgen wrote, one "<sha256hex>  <path>" line
// each, sorted by path, after a comment header.
const ManifestName = ".obsgen-manifest"

// manifestHeader is the manifest's first line. It holds no version or time,
// so the manifest depends on the generated files only.
const manifestHeader = "# Files written by obsgen (sha256, path). obsgen rewrites or removes only these; other files here are left alone.\n"

// manifest maps a generated path to the hex sha256 of its content.
type manifest map[string]string

// encode returns the manifest file's content.
func (m manifest) encode() []byte {
	paths := make([]string, 0, len(m))
	for p := range m {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	var b strings.Builder
	b.WriteString(manifestHeader)
	for _, p := range paths {
		b.WriteString(m[p])
		b.WriteString("  ")
		b.WriteString(p)
		b.WriteByte('\n')
	}
	return []byte(b.String())
}

// parseManifest reads a manifest file's content. Lines starting with "#" and
// empty lines are ignored; every other line must be a lower-case hex sha256,
// two spaces and a path that passes CheckPath, and no path may repeat.
func parseManifest(data []byte) (manifest, error) {
	m := make(manifest)
	for i, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		where := "line " + strconv.Itoa(i+1)
		sum, p, ok := strings.Cut(line, "  ")
		if !ok || len(sum) != sha256.Size*2 || strings.ToLower(sum) != sum {
			return nil, fmt.Errorf("%s: want \"<sha256>  <path>\"", where)
		}
		if _, err := hex.DecodeString(sum); err != nil {
			return nil, fmt.Errorf("%s: bad sha256: %w", where, err)
		}
		if err := CheckPath(p); err != nil {
			return nil, fmt.Errorf("%s: %w", where, err)
		}
		if _, dup := m[p]; dup {
			return nil, fmt.Errorf("%s: %q listed twice", where, p)
		}
		m[p] = sum
	}
	return m, nil
}

// readManifest reads the manifest in folder root. found is false, with no
// error, when there is none. raw is the file's content.
func readManifest(root string) (m manifest, raw []byte, found bool, err error) {
	name := filepath.Join(root, ManifestName)
	info, err := os.Lstat(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, false, nil
	}
	if err != nil {
		return nil, nil, false, fmt.Errorf("read manifest: %w", err)
	}
	if !info.Mode().IsRegular() {
		return nil, nil, false, fmt.Errorf("read manifest: %s is not a regular file", name)
	}
	raw, err = os.ReadFile(name)
	if err != nil {
		return nil, nil, false, fmt.Errorf("read manifest: %w", err)
	}
	m, err = parseManifest(raw)
	if err != nil {
		return nil, nil, false, fmt.Errorf("manifest %s is damaged (fix or delete it): %w", name, err)
	}
	return m, raw, true, nil
}
