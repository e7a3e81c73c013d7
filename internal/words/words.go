// Package words writes counts and lists in messages the way English does:
// "1 test", "2 tests", "1 rule is", "2 rules are", "a, b and c".
package words

import (
	"fmt"
	"strings"
)

// Count writes n and the noun, plural unless n is 1: "1 service",
// "2 services", "0 tests". A noun whose plural is not noun+"s" gives it.
func Count(n int, noun string, plural ...string) string {
	return fmt.Sprintf("%d %s", n, Noun(n, noun, plural...))
}

// Noun is the noun for n things: noun when n is 1, else its plural
// (noun+"s" unless given).
func Noun(n int, noun string, plural ...string) string {
	switch {
	case n == 1:
		return noun
	case len(plural) > 0:
		return plural[0]
	}
	return noun + "s"
}

// IsAre follows a count with the verb: "1 rule is", "2 rules are".
func IsAre(counted string) string {
	if len(counted) > 2 && counted[:2] == "1 " {
		return counted + " is"
	}
	return counted + " are"
}

// And joins phrases as a list: "a", "a and b", "a, b and c"; "" for none.
func And(ps []string) string {
	if len(ps) < 2 {
		return strings.Join(ps, "")
	}
	return strings.Join(ps[:len(ps)-1], ", ") + " and " + ps[len(ps)-1]
}
