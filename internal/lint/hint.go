package lint

import "github.com/obsgen/obsgen/internal/suggest"

// hint is suggest.HintName for names long enough that a near miss means
// something: any two-letter label is within two edits of any other.
func hint(name string, candidates []string) string {
	if len(name) < 4 {
		return ""
	}
	return suggest.HintName(name, candidates)
}
