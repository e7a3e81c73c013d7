package jsonnetbox

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"time"
)

// Jsonnet specs (and mixins, for obsgen lint --mixin) are programs written
// by others. go-jsonnet cannot be interrupted, does not bound memory, and a
// few programs overflow its Go stack — tailstrict recursion, which its stack
// limit does not count, or std.setUnion over a large array — which is a
// fatal error no recover catches. So obsgen evaluates each program in a
// child process: the same executable, started with jsonnetChildEnv set,
// which reads one request on standard input, evaluates it in-process and
// writes the response on standard output. The parent kills it at the time
// limit, and reports a crash or an exhausted memory limit as a diagnostic
// of the spec. The child also dies with its parent (Pdeathsig on Linux)
// and at its own CPU time limit, so that a killed obsgen leaves no
// evaluator running; and no more children run at once than there are
// cores (see loadSlots). When no child can be started, evaluation falls
// back to this process.

// jsonnetChildEnv and jsonnetChildArg mark a process started to evaluate
// one Jsonnet program; both must be present.
const (
	jsonnetChildEnv = "OBSGEN_JSONNET_CHILD"
	jsonnetChildArg = "__obsgen_jsonnet_child__"
)

// defaultChildMemory bounds a child's address space, where the platform
// can, unless the options say otherwise.
const defaultChildMemory = 2 << 30

// init turns this process into an evaluator child when the parent asks;
// it happens before main (or a test binary's flag parsing) runs.
func init() {
	if os.Getenv(jsonnetChildEnv) != "1" || len(os.Args) != 2 || os.Args[1] != jsonnetChildArg {
		return
	}
	os.Exit(serveJsonnetChild(os.Stdin, os.Stdout, os.Stderr))
}

// childRequest is what the parent sends: the program and its options.
type childRequest struct {
	File      string            `json:"file"`
	Code      string            `json:"code"`
	JPaths    []string          `json:"jpaths,omitempty"`
	ExtStr    map[string]string `json:"ext_str,omitempty"`
	ExtCode   map[string]string `json:"ext_code,omitempty"`
	MaxStack  int               `json:"max_stack"`
	MaxOutput int               `json:"max_output"`
	MaxMemory int               `json:"max_memory"`
	Roots     []string          `json:"roots,omitempty"`
	ReadOut   bool              `json:"read_outside,omitempty"`
	CPU       uint64            `json:"cpu_seconds,omitempty"`
}

// childResponse is what the child answers.
type childResponse struct {
	Out      string            `json:"out"`
	Err      string            `json:"err,omitempty"`
	Imported map[string]string `json:"imported,omitempty"`
}

// serveJsonnetChild answers one request; it returns the exit code.
func serveJsonnetChild(r io.Reader, w, errw io.Writer) int {
	var req childRequest
	if err := json.NewDecoder(io.LimitReader(r, 4*MaxFileSize+(1<<20))).Decode(&req); err != nil {
		fmt.Fprintf(errw, "obsgen jsonnet child: bad request: %v\n", err)
		return 2
	}
	limitMemory(uint64(max(req.MaxMemory, 64<<20)))
	limitCPU(req.CPU)
	opts := Options{
		JPaths: req.JPaths, ExtStr: req.ExtStr, ExtCode: req.ExtCode,
		MaxStack: req.MaxStack, MaxOutput: req.MaxOutput, Roots: req.Roots, ReadOutside: req.ReadOut,
		Timeout: 24 * time.Hour, InProcess: true, // the parent enforces the time limit
	}
	out, imported, err := evaluateInProcess(req.File, req.Code, opts)
	resp := childResponse{Out: out, Imported: map[string]string{}}
	if err != nil {
		resp.Err = err.Error()
	}
	budget := 16 << 20 // imported files are for excerpts only
	for name, data := range imported {
		if len(data) <= budget {
			resp.Imported[name] = string(data)
			budget -= len(data)
		}
	}
	if err := json.NewEncoder(w).Encode(resp); err != nil {
		fmt.Fprintf(errw, "obsgen jsonnet child: %v\n", err)
		return 2
	}
	return 0
}

// evaluateInChild evaluates in a child process; ok is false when no child
// could be started, so the caller evaluates in-process instead.
func evaluateInChild(file, code string, opts Options) (out string, imported map[string][]byte, evalErr error, ok bool) {
	exe, err := os.Executable()
	if err != nil {
		return "", nil, nil, false
	}
	req, err := json.Marshal(childRequest{
		File: file, Code: code, JPaths: opts.JPaths, ExtStr: opts.ExtStr, ExtCode: opts.ExtCode,
		MaxStack: opts.MaxStack, MaxOutput: opts.outputLimit(), MaxMemory: opts.memoryLimit(),
		Roots: opts.Roots, ReadOut: opts.ReadOutside, CPU: opts.cpuLimit(),
	})
	if err != nil {
		return "", nil, nil, false
	}
	ctx, cancel := context.WithTimeout(context.Background(), opts.timeout())
	defer cancel()
	cmd := exec.CommandContext(ctx, exe, jsonnetChildArg)
	cmd.Env = append(os.Environ(), jsonnetChildEnv+"=1")
	cmd.Stdin = bytes.NewReader(req)
	stdout := &cappedBuffer{limit: 2*opts.outputLimit() + (20 << 20)}
	stderr := &cappedBuffer{limit: 16 << 10}
	cmd.Stdout, cmd.Stderr = stdout, stderr
	cmd.WaitDelay = time.Second
	cmd.SysProcAttr = childAttr()
	runErr := runChild(cmd)
	switch {
	case ctx.Err() != nil:
		return "", nil, errTimeout(file, opts.timeout()), true
	case cpuExhausted(runErr):
		return "", nil, fmt.Errorf("%s:1:1 evaluation used more than %d s of CPU (a runaway loop or recursion?)", file, opts.cpuLimit()), true
	case runErr != nil:
		var exit *exec.ExitError
		if !errors.As(runErr, &exit) {
			return "", nil, nil, false // could not start
		}
		return "", nil, crashError(file, stderr.String(), opts.memoryLimit()), true
	case stdout.overflow:
		return "", nil, fmt.Errorf("%s:1:1 evaluation produced more than %d bytes of JSON; the limit is %d", file, opts.outputLimit(), opts.outputLimit()), true
	}
	var resp childResponse
	if err := json.Unmarshal(stdout.Bytes(), &resp); err != nil {
		return "", nil, fmt.Errorf("%s:1:1 the Jsonnet evaluator answered nonsense: %w", file, err), true
	}
	imported = make(map[string][]byte, len(resp.Imported))
	for k, v := range resp.Imported {
		imported[k] = []byte(v)
	}
	if resp.Err != "" {
		return "", imported, errors.New(resp.Err), true
	}
	return resp.Out, imported, nil, true
}

// crashError explains how a child died.
func crashError(file, stderr string, limit int) error {
	switch {
	case strings.Contains(stderr, "stack overflow") || strings.Contains(stderr, "stack exceeds") ||
		strings.Contains(stderr, "runtime.stackalloc") || strings.Contains(stderr, "runtime.morestack"):
		// Growing the stack is what ran out of memory.
		return fmt.Errorf("%s:1:1 evaluation overflowed go-jsonnet's stack (deep recursion that its stack limit does not count: tailstrict calls, or a std function such as std.setUnion over a very large array)", file)
	case strings.Contains(stderr, "out of memory") || strings.Contains(stderr, "pthread_create failed") ||
		strings.Contains(stderr, "cannot allocate memory"):
		// A thread that cannot be created has hit the address-space limit too.
		return fmt.Errorf("%s:1:1 evaluation ran out of memory (the limit is %d MiB)", file, limit>>20)
	}
	first := strings.TrimSpace(stderr)
	if i := strings.IndexByte(first, '\n'); i >= 0 {
		first = first[:i]
	}
	if first == "" {
		first = "no message"
	}
	return fmt.Errorf("%s:1:1 evaluation crashed: %s", file, first)
}

// cpuLimit is the child's CPU time limit in seconds: twice the time limit
// (the garbage collector works on other cores meanwhile), rounded up.
func (o Options) cpuLimit() uint64 {
	return uint64((2*o.timeout() + time.Second - 1) / time.Second)
}

// memoryLimit is the child's address space limit.
func (o Options) memoryLimit() int {
	if o.MaxMemory == 0 {
		return defaultChildMemory
	}
	return o.MaxMemory
}

// cappedBuffer keeps at most limit bytes and notes what it dropped.
type cappedBuffer struct {
	bytes.Buffer
	limit    int
	overflow bool
}

// Write implements io.Writer; it never fails, so the child is not blocked.
func (b *cappedBuffer) Write(p []byte) (int, error) {
	if room := b.limit - b.Len(); len(p) > room {
		b.overflow = true
		if room > 0 {
			b.Buffer.Write(p[:room])
		}
		return len(p), nil
	}
	return b.Buffer.Write(p)
}
