package main

import (
	"io"
	"os"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// fence is a fenced code block of a Markdown file: its language and text.
var fence = regexp.MustCompile("(?ms)^```([a-z]*)\n(.*?)^```$")

// TestTheCISnippetsParseAndNameRealCommandsAndFlags reads docs/ci.md: every
// YAML block decodes, and every obsgen command line in any block names a
// command obsgen has with flags that command takes.
func TestTheCISnippetsParseAndNameRealCommandsAndFlags(t *testing.T) {
	data, err := os.ReadFile("../../docs/ci.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := fence.FindAllStringSubmatch(string(data), -1)
	if len(blocks) < 4 {
		t.Fatalf("want the GitHub, GitLab, shell and make blocks, found %d", len(blocks))
	}
	commands := 0
	for _, b := range blocks {
		lang, text := b[1], b[2]
		if lang == "yaml" {
			var v any
			if err := yaml.Unmarshal([]byte(text), &v); err != nil {
				t.Errorf("a YAML block does not parse: %v\n%s", err, text)
			}
		}
		for _, line := range strings.Split(text, "\n") {
			_, cmdline, ok := strings.Cut(line, "obsgen ")
			if !ok || strings.Contains(line, "go install") || strings.HasPrefix(strings.TrimSpace(line), "name:") {
				continue
			}
			cmdline, _, _ = strings.Cut(cmdline, " >")
			cmdline, _, _ = strings.Cut(cmdline, " #")
			args := strings.Fields(cmdline)
			root := newRoot(io.Discard, io.Discard)
			cmd, rest, err := root.Find(args)
			if err != nil || cmd == root {
				t.Errorf("%q: no such command (%v)", line, err)
				continue
			}
			if err := cmd.ParseFlags(rest); err != nil {
				t.Errorf("%q: %v", line, err)
			}
			commands++
		}
	}
	if commands < 10 {
		t.Errorf("checked %d obsgen command lines, want the snippets' dozen", commands)
	}
}
