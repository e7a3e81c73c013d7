package main

import (
	"errors"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/internal/outdir"
	"github.com/obsgen/obsgen/internal/pipeline"
)

// generateInto runs the generators, handing each file to s as it is made
// (outdir.Stream), so that the run holds only what is being generated, and
// returns how the folder differs from them. A generator's failure is
// problems; the stream's, outdirErr's.
func generateInto(res *pipeline.Result, s *outdir.Stream, outdirErr func(error) error) (outdir.Report, error) {
	err := res.GenerateTo(func(f generators.File) error {
		if err := s.Put(toOutdir(f)); err != nil {
			return &sinkError{err}
		}
		return nil
	})
	var se *sinkError
	switch {
	case errors.As(err, &se):
		return outdir.Report{}, outdirErr(se.err)
	case err != nil:
		return outdir.Report{}, problems(err)
	}
	rep, err := s.Report()
	if err != nil {
		return outdir.Report{}, outdirErr(err)
	}
	return rep, nil
}

// toOutdir converts a generated file to the writer's type.
func toOutdir(f generators.File) outdir.File {
	return outdir.File{Path: f.Path, Data: f.Data, Exec: f.Exec}
}

// sinkError marks an error of the stream, among the generators'.
type sinkError struct{ err error }

func (e *sinkError) Error() string { return e.err.Error() }
func (e *sinkError) Unwrap() error { return e.err }
