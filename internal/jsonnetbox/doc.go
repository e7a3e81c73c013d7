// Package jsonnetbox evaluates Jsonnet programs written by others (spec
// files, monitoring mixins) in a sandbox: a child process per program,
// bounded in stack, time, CPU, memory and output, no more at once than
// there are cores, with imports read only inside a read boundary and
// obsgen's own libraries built in. It reports an evaluation error at the
// position go-jsonnet gives, and finds where a value of an evaluation was
// written: the string literal or format string of the source that made
// it, laid out so that an offset in the value maps to its column. It knows
// nothing of catalogues.
package jsonnetbox
