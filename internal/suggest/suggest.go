// Package suggest finds the closest known name to a misspelt one, for
// "did you mean" hints.
package suggest

import "strings"

// Closest returns the candidate nearest to name by edit distance, or "" when
// none is near enough to be a plausible typo.
func Closest(name string, candidates []string) string {
	best, bestDist := "", -1
	limit := max(2, len(name)/3)
	for _, c := range candidates {
		if c == name {
			continue
		}
		d := distance(strings.ToLower(name), strings.ToLower(c))
		if d > limit {
			continue
		}
		// At equal distance a completion of what was typed wins ("rat" is
		// more likely rate, cut short, than rad), then the first by name.
		prefix, bestPrefix := strings.HasPrefix(c, name), strings.HasPrefix(best, name)
		if bestDist < 0 || d < bestDist || (d == bestDist && (prefix && !bestPrefix || prefix == bestPrefix && c < best)) {
			best, bestDist = c, d
		}
	}
	return best
}

// ClosestField is Closest for the keys of a spec, which are abbreviations
// written out in full as often as misspelt: with no candidate near enough,
// it returns the longest one, of four letters or more, that name begins
// with (expression and expresion for expr).
func ClosestField(name string, keys []string) string {
	if c := Closest(name, keys); c != "" {
		return c
	}
	best := ""
	for _, k := range keys {
		if k != name && len(k) >= 4 && len(k) > len(best) && strings.HasPrefix(strings.ToLower(name), strings.ToLower(k)) {
			best = k
		}
	}
	return best
}

// HintField formats ClosestField's answer as Hint does.
func HintField(name string, keys []string) string {
	if c := ClosestField(name, keys); c != "" {
		return "; did you mean " + c + "?"
	}
	return ""
}

// Hint formats Closest's answer as "; did you mean X?" or "".
func Hint(name string, candidates []string) string {
	if c := Closest(name, candidates); c != "" {
		return "; did you mean " + c + "?"
	}
	return ""
}

// distance is the Levenshtein edit distance between a and b, in bytes.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
