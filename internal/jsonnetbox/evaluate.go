package jsonnetbox

import (
	"fmt"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/google/go-jsonnet"
	"github.com/obsgen/obsgen/internal/boundary"
	"github.com/obsgen/obsgen/internal/diag"
)

// Options configure Jsonnet evaluation of spec files.
type Options struct {
	// JPaths are library folders searched by import after the importing
	// file's own folder; as with the jsonnet command, the last one given is
	// searched first. obsgen's own library (obsgen.libsonnet) is found
	// after all of them without being listed.
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
	// InProcess evaluates in this process instead of a child process. It
	// is faster, but go-jsonnet cannot be interrupted or bounded in memory,
	// and a few programs (tailstrict recursion, std.setUnion over a large
	// array) overflow its Go stack, which no recover can catch: a timed-out
	// evaluation keeps running and such a program kills the process.
	InProcess bool
	// MaxMemory bounds a child's address space in bytes (Linux); 0 means
	// 2 GiB.
	MaxMemory int
	// Roots are the folders, besides JPaths, inside which imports may
	// read: the spec root (the folder holding the service folders) or a
	// mixin's folder. specload.Load sets it for spec files.
	Roots []string
	// ReadOutside lifts the read boundary (see package boundary): imports
	// may then read any file, although none outside is quoted.
	ReadOutside bool
}

// MaxFileSize is the largest file an import reads, and a quarter of the
// largest evaluation by default: the limit of a spec file.
const MaxFileSize = 4 << 20

// jsonnetPosRE finds a file:line:col in a go-jsonnet error.
var jsonnetPosRE = regexp.MustCompile(`([^\s()]+):\(?(\d+):(\d+)`)

// Evaluate runs a Jsonnet program with obsgen's limits: a bounded
// stack, a time limit and an output size limit, and no more programs at
// once than there are cores. Imports resolve relative to
// file, then in opts.JPaths, then in obsgen's built-in libraries.
func Evaluate(file, code string, opts Options) (string, error) {
	defer acquireEvalSlot()()
	out, _, err := evaluateJsonnet(file, code, opts)
	return out, err
}

// EvaluateSources is Evaluate that also returns the contents
// of the files the program imported, for excerpts.
func EvaluateSources(file, code string, opts Options) (string, diag.Sources, error) {
	defer acquireEvalSlot()()
	out, imported, err := evaluateJsonnet(file, code, opts)
	return out, diag.Sources(imported), err
}

// evalSlots bounds how many Jsonnet programs are evaluated at once, each
// in a child process: one per core. A folder of 16 .jsonnet files once
// started 17 processes at the same time.
var evalSlots = make(chan struct{}, max(1, runtime.NumCPU()))

// acquireEvalSlot waits for a free slot; the returned function frees it.
func acquireEvalSlot() func() {
	evalSlots <- struct{}{}
	return func() { <-evalSlots }
}

// ReportError appends an evaluation error as a diagnostic at the
// position go-jsonnet gives (the innermost one in the user's own files).
// An error that points into a file outside the read boundary of opts (one
// only --read-outside-specs lets a program read) is described, with its
// position, but none of its text is quoted: go-jsonnet's message would
// (the unknown variable, the unexpected token, the value of an error).
func ReportError(file string, err error, opts Options, diags *diag.List) {
	reportJsonnetError(file, err, opts.outside, diags)
}

// outside reports whether a position's file lies outside the read
// boundary of o, lifted or not.
func (o Options) outside(name string) bool {
	if strings.HasPrefix(name, "<") || strings.HasPrefix(filepath.Base(name), "<") {
		return false // a built-in library, an external variable
	}
	return boundary.New(false, append(append([]string(nil), o.Roots...), o.JPaths...)...).Outside(name)
}

// evaluateJsonnet is Evaluate that also returns the contents of every
// file the program imported, by the name its positions use. It evaluates in
// a child process unless opts.InProcess is set or no child can be started.
func evaluateJsonnet(file, code string, opts Options) (string, map[string][]byte, error) {
	if !opts.InProcess {
		if out, imported, err, ok := evaluateInChild(file, code, opts); ok {
			return out, imported, err
		}
	}
	return evaluateInProcess(file, code, opts)
}

// outputLimit is the largest evaluated JSON accepted.
func (o Options) outputLimit() int {
	if o.MaxOutput == 0 {
		return MaxFileSize * 4
	}
	return o.MaxOutput
}

// timeout is how long an evaluation may take.
func (o Options) timeout() time.Duration {
	if o.Timeout == 0 {
		return 10 * time.Second
	}
	return o.Timeout
}

// evaluateInProcess evaluates with go-jsonnet in this process.
func evaluateInProcess(file, code string, opts Options) (string, map[string][]byte, error) {
	vm := jsonnet.MakeVM()
	vm.MaxStack = opts.MaxStack
	if vm.MaxStack == 0 {
		vm.MaxStack = 500
	}
	imp := newImporter(file, opts)
	vm.Importer(imp)
	for k, v := range opts.ExtStr {
		vm.ExtVar(k, v)
	}
	for k, v := range opts.ExtCode {
		vm.ExtCode(k, v)
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
	timer := time.NewTimer(opts.timeout())
	defer timer.Stop()
	select {
	case r := <-done:
		if limit := opts.outputLimit(); r.err == nil && len(r.out) > limit {
			return "", imp.read(), errTooLarge(file, len(r.out), limit)
		}
		return r.out, imp.read(), r.err
	case <-timer.C:
		// go-jsonnet cannot be interrupted; the goroutine is abandoned and
		// its result discarded. The importer is not read: the abandoned
		// evaluation may still be using it.
		return "", nil, errTimeout(file, opts.timeout())
	}
}

func errTooLarge(file string, n, limit int) error {
	return fmt.Errorf("%s:1:1 evaluation produced %d bytes of JSON; the limit is %d", file, n, limit)
}

func errTimeout(file string, d time.Duration) error {
	return fmt.Errorf("%s:1:1 evaluation did not finish within %s (a runaway loop or recursion?)", file, d)
}

// reportJsonnetError keeps go-jsonnet's own position of the problem: the
// innermost position in the user's own files, so that a mistake in a call
// of a built-in library helper points at the call. A runtime error's
// positions are read from its stack trace only (the lines starting with a
// tab), never from its message, which may quote a path such as "x:1:1".
// A refused import is reported under its own code. An error whose message
// or stack trace names a position in a file outside (outside reports which
// are) is reported by a generic description and that position only.
func reportJsonnetError(file string, err error, outside func(string) bool, diags *diag.List) {
	msg := strings.TrimSpace(err.Error())
	pos := diag.Pos{File: file, Line: 1, Col: 1}
	first, _, _ := strings.Cut(msg, "\n")
	runtime := strings.HasPrefix(first, "RUNTIME ERROR: ")
	var matches [][]int
	if runtime {
		off := 0
		for line := range strings.SplitSeq(msg, "\n") {
			if strings.HasPrefix(line, "\t") {
				for _, m := range jsonnetPosRE.FindAllStringSubmatchIndex(line, -1) {
					for k := range m {
						m[k] += off
					}
					matches = append(matches, m)
				}
			}
			off += len(line) + 1
		}
	} else {
		matches = jsonnetPosRE.FindAllStringSubmatchIndex(msg, -1)
	}
	chosen := -1
	for i, m := range matches {
		// <std>, <obsgen>/obsgen.libsonnet, <extvar:x>, a wrapper
		// dir/<obsgen-...>.jsonnet: not the user's.
		if name := msg[m[2]:m[3]]; !strings.HasPrefix(name, "<") && !strings.HasPrefix(filepath.Base(name), "<") {
			chosen = i
			break
		}
	}
	if chosen < 0 && len(matches) > 0 {
		chosen = 0
	}
	if chosen >= 0 {
		m := matches[chosen]
		pos.File = msg[m[2]:m[3]]
		pos.Line, _ = strconv.Atoi(msg[m[4]:m[5]])
		pos.Col, _ = strconv.Atoi(msg[m[6]:m[7]])
	}
	// Keep the first line of the message, without go-jsonnet's prefix and
	// the position already shown.
	first = strings.TrimPrefix(first, "RUNTIME ERROR: ")
	if m := jsonnetPosRE.FindStringIndex(first); !runtime && m != nil && m[0] == 0 {
		rest := first[m[1]:]
		rest = strings.TrimLeft(rest, "-0123456789:()")
		first = strings.TrimSpace(rest)
	}
	if rest, ok := strings.CutPrefix(first, boundary.Marker+": "); ok {
		diags.Errorf(pos, "read-boundary", "import %s", rest)
		return
	}
	for _, m := range jsonnetPosRE.FindAllStringSubmatchIndex(msg, -1) {
		if name := msg[m[2]:m[3]]; outside(name) {
			diags.Errorf(pos, "jsonnet", "%s at %s:%s:%s, in a file outside the read boundary (its text is not quoted)",
				kindOf(first), name, msg[m[4]:m[5]], msg[m[6]:m[7]])
			return
		}
	}
	diags.Errorf(pos, "jsonnet", "%s", first)
}

// kindOf names the kind of a go-jsonnet error from a fixed list, for an
// error whose text may not be quoted.
func kindOf(message string) string {
	switch {
	case strings.Contains(message, "Unknown variable"):
		return "an unknown variable"
	case strings.Contains(message, "expect"), strings.Contains(message, "Expect"), strings.Contains(message, "Unexpected"),
		strings.Contains(message, "unexpected"), strings.Contains(message, "Unterminated"):
		return "a syntax error"
	default:
		return "an error"
	}
}
