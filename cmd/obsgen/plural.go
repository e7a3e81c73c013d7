package main

import "fmt"

// count writes n and the noun, plural unless n is 1: "1 service",
// "2 services", "0 tests". A noun whose plural is not noun+"s" gives both.
func count(n int, noun string, plural ...string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", noun)
	}
	if len(plural) > 0 {
		return fmt.Sprintf("%d %s", n, plural[0])
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// isAre follows a count with the verb: "1 rule is", "2 rules are".
func isAre(counted string) string {
	if len(counted) > 2 && counted[:2] == "1 " {
		return counted + " is"
	}
	return counted + " are"
}
