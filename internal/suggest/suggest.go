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
	return editDistance([]byte(a), []byte(b), func(x, y byte) int {
		if x == y {
			return 0
		}
		return 1
	})
}

// editDistance is the Levenshtein distance between a and b, inserting or
// deleting an item costing 1 and replacing one what sub says.
func editDistance[T any](a, b []T, sub func(x, y T) int) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+sub(a[i-1], b[j-1]))
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// HintName is Hint for a series name made of words joined by _: the
// candidate that holds the same words in another order
// (sender_dropped_samples_total for sender_samples_dropped_total), else
// the closest one that differs from it by one word at most, a word
// misspelt, added or left out (rstmdb_request_errors_total,
// x_seconds for x_seconds_bucket). A word replaced by another
// (peer by client_grpc, kubernetes by azure) names another series: no
// hint, where Hint would give one.
func HintName(name string, candidates []string) string {
	words := strings.Split(name, "_")
	joined := strings.ReplaceAll(name, "_", "")
	best, bestDist := "", -1
	for _, c := range candidates {
		if c == name {
			continue
		}
		cw := strings.Split(c, "_")
		if sameWords(words, cw) || joined == strings.ReplaceAll(c, "_", "") {
			// The same words in another order, or split otherwise:
			// apache_cpu_load for apache_exporter's apache_cpuload.
			return "; did you mean " + c + "?"
		}
		if wordDistance(words, cw) > 1 {
			continue
		}
		d := distance(strings.ToLower(name), strings.ToLower(c))
		if bestDist < 0 || d < bestDist || d == bestDist && c < best {
			best, bestDist = c, d
		}
	}
	if best == "" {
		return ""
	}
	return "; did you mean " + best + "?"
}

// sameWords reports whether a and b hold the same words, in any order.
func sameWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	count := map[string]int{}
	for _, w := range a {
		count[w]++
	}
	for _, w := range b {
		if count[w]--; count[w] < 0 {
			return false
		}
	}
	return true
}

// wordDistance is the edit distance between two lists of words, a word
// left out, added or misspelt (within a third of its letters) costing 1,
// and one replaced by an unrelated word 2 (left out and added).
func wordDistance(a, b []string) int {
	return editDistance(a, b, func(x, y string) int {
		switch {
		case x == y:
			return 0
		case distance(strings.ToLower(x), strings.ToLower(y)) <= max(1, max(len(x), len(y))/3):
			return 1
		}
		return 2
	})
}
