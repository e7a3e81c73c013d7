package main

import "fmt"

func errFormat(format string) error {
	return fmt.Errorf("unknown --format %q (want text, json, github or sarif)", format)
}
