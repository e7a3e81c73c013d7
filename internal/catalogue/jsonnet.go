package catalogue

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/google/go-jsonnet"
	"github.com/obsgen/obsgen/internal/diag"
	"go.yaml.in/yaml/v3"
)

// JsonnetOptions configure Jsonnet evaluation of spec files.
type JsonnetOptions struct {
	// JPaths are library folders searched by import after the spec's own folder.
	JPaths []string
	// ExtStr and ExtCode are external variables (std.extVar).
	ExtStr  map[string]string
	ExtCode map[string]string
	// MaxStack bounds evaluation depth; 0 means 500.
	MaxStack int
	// Timeout bounds evaluation time; 0 means 10s.
	Timeout time.Duration
	// MaxOutput bounds the evaluated JSON size in bytes; 0 means MaxFileSize*4.
	MaxOutput int
}

// jsonnetPosRE finds the first file:line:col in a go-jsonnet error.
var jsonnetPosRE = regexp.MustCompile(`([^\s()]+):\(?(\d+):(\d+)`)

// loadJsonnet evaluates a .jsonnet spec in-process and decodes its JSON.
func loadJsonnet(file string, data []byte, opts JsonnetOptions, diags *diag.List, src diag.Sources) *Catalogue {
	out, err := EvaluateJsonnet(file, string(data), opts)
	if err != nil {
		reportJsonnetError(file, err, diags)
		return nil
	}
	var root yaml.Node
	if err := yaml.Unmarshal([]byte(out), &root); err != nil {
		diags.Errorf(Pos{File: file, Line: 1, Col: 1}, "syntax", "evaluated JSON could not be read: %v", err)
		return nil
	}
	return decodeNode(file, []byte(out), &root, false, diags)
}

// EvaluateJsonnet runs a Jsonnet program with obsgen's limits: a bounded
// stack, a time limit and an output size limit.
func EvaluateJsonnet(file, code string, opts JsonnetOptions) (string, error) {
	vm := jsonnet.MakeVM()
	vm.MaxStack = opts.MaxStack
	if vm.MaxStack == 0 {
		vm.MaxStack = 500
	}
	jpaths := append([]string{filepath.Dir(file)}, opts.JPaths...)
	vm.Importer(&jsonnet.FileImporter{JPaths: jpaths})
	for k, v := range opts.ExtStr {
		vm.ExtVar(k, v)
	}
	for k, v := range opts.ExtCode {
		vm.ExtCode(k, v)
	}
	timeout := opts.Timeout
	if timeout == 0 {
		timeout = 10 * time.Second
	}
	type result struct {
		out string
		err error
	}
	done := make(chan result, 1)
	go func() {
		out, err := vm.EvaluateAnonymousSnippet(file, code)
		done <- result{out, err}
	}()
	select {
	case r := <-done:
		limit := opts.MaxOutput
		if limit == 0 {
			limit = MaxFileSize * 4
		}
		if r.err == nil && len(r.out) > limit {
			return "", fmt.Errorf("%s:1:1 evaluation produced %d bytes of JSON; the limit is %d", file, len(r.out), limit)
		}
		return r.out, r.err
	case <-time.After(timeout):
		// go-jsonnet cannot be interrupted; the goroutine is abandoned and
		// its result discarded.
		return "", fmt.Errorf("%s:1:1 evaluation did not finish within %s (infinite recursion or runaway output?)", file, timeout)
	}
}

// reportJsonnetError keeps go-jsonnet's own position of the problem.
func reportJsonnetError(file string, err error, diags *diag.List) {
	msg := strings.TrimSpace(err.Error())
	pos := Pos{File: file, Line: 1, Col: 1}
	if m := jsonnetPosRE.FindStringSubmatchIndex(msg); m != nil {
		pos.File = msg[m[2]:m[3]]
		pos.Line, _ = strconv.Atoi(msg[m[4]:m[5]])
		pos.Col, _ = strconv.Atoi(msg[m[6]:m[7]])
	}
	// Keep the first line of the message, without go-jsonnet's prefix and
	// the position already shown.
	first := strings.SplitN(msg, "\n", 2)[0]
	first = strings.TrimPrefix(first, "RUNTIME ERROR: ")
	if m := jsonnetPosRE.FindStringIndex(first); m != nil && m[0] == 0 {
		rest := first[m[1]:]
		rest = strings.TrimLeft(rest, "-0123456789:()")
		first = strings.TrimSpace(rest)
	}
	diags.Errorf(pos, "jsonnet", "%s", first)
}
