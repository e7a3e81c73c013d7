package pipeline

import (
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/internal/catalogue"
)

// fixed is a generator that returns the same files for any catalogue.
type fixed struct {
	name  string
	files []generators.File
}

func (g fixed) Name() string { return g.name }
func (g fixed) Generate(*catalogue.Catalogue) ([]generators.File, error) {
	return slices.Clone(g.files), nil
}

// quoter is a quoting generator that records the paths it was given, then
// clears them, as generators.Quoting allows.
type quoter struct {
	name string
	saw  *[]string
}

func (q quoter) Name() string { return q.name }
func (q quoter) Generate(c *catalogue.Catalogue) ([]generators.File, error) {
	return q.GenerateQuoting(c, nil)
}
func (q quoter) GenerateQuoting(_ *catalogue.Catalogue, generated []generators.File) ([]generators.File, error) {
	for _, f := range generated {
		*q.saw = append(*q.saw, f.Path)
	}
	clear(generated)
	return []generators.File{{Path: q.name + ".md", Data: []byte(q.name)}}, nil
}

// emitter is a quoter that can also hand out its files as it makes them,
// and records which way it was asked.
type emitter struct {
	quoter
	emitted *bool
}

func (e emitter) GenerateQuotingTo(c *catalogue.Catalogue, generated []generators.File, emit func(generators.File) error) error {
	*e.emitted = true
	files, err := e.GenerateQuoting(c, generated)
	if err != nil {
		return err
	}
	for _, f := range files {
		if err := emit(f); err != nil {
			return err
		}
	}
	return nil
}

// collect is a sink that keeps the paths it is given.
type collect struct {
	mu    sync.Mutex
	paths []string
}

func (c *collect) sink(f generators.File) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.paths = append(c.paths, f.Path)
	return nil
}

// pathsGenerated runs generateService over gens and returns the paths the
// sink got, sorted and space-separated.
func pathsGenerated(t *testing.T, gens []generators.Generator) string {
	t.Helper()
	files, err := generators.Collect(func(emit func(generators.File) error) error {
		return generateService(&catalogue.Catalogue{}, gens, emit)
	})
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, f := range files {
		paths = append(paths, f.Path)
	}
	return strings.Join(paths, " ")
}

func TestEachFileReachesTheSinkOnceAndEveryQuotingGeneratorSeesTheFilesBeforeIt(t *testing.T) {
	var first, second []string
	gens := []generators.Generator{
		fixed{"rules", []generators.File{{Path: "rules.yaml", Data: []byte("r")}}},
		quoter{"mixin", &first},
		fixed{"dashboards", []generators.File{{Path: "a.json", Data: []byte("a")}, {Path: "b.json", Data: []byte("b")}}},
		quoter{"docs", &second},
	}
	if got, want := pathsGenerated(t, gens), "a.json b.json docs.md mixin.md rules.yaml"; got != want {
		t.Errorf("the sink got %s, want %s", got, want)
	}
	if want := "rules.yaml a.json b.json"; strings.Join(first, " ") != want {
		t.Errorf("the first quoting generator saw %v, want %s", first, want)
	}
	// The first one cleared what it was given: the second still sees
	// every file, the first one's too.
	if want := "rules.yaml a.json b.json mixin.md"; strings.Join(second, " ") != want {
		t.Errorf("the second quoting generator saw %v, want %s", second, want)
	}
}

func TestASinkErrorStopsTheRunAndIsReturned(t *testing.T) {
	res, err := Load(Options{Specs: []string{"../../specs/rstmdb"}})
	if err != nil {
		t.Fatal(err)
	}
	full := errors.New("disk full")
	var mu sync.Mutex
	n := 0
	err = res.GenerateTo(func(generators.File) error {
		mu.Lock()
		defer mu.Unlock()
		n++
		if n == 3 {
			return full
		}
		return nil
	})
	if !errors.Is(err, full) {
		t.Fatalf("GenerateTo = %v, want the sink's error", err)
	}
}

func TestTwoGeneratorsWritingOnePathFailTheRun(t *testing.T) {
	var got collect
	sink := once(got.sink)
	if err := sink(generators.File{Path: "x/a.yaml"}); err != nil {
		t.Fatal(err)
	}
	err := sink(generators.File{Path: "x/a.yaml"})
	if err == nil || !strings.Contains(err.Error(), "two generators both write x/a.yaml") {
		t.Fatalf("the second file at one path: %v", err)
	}
	if len(got.paths) != 1 {
		t.Errorf("the sink got %v, want the first file only", got.paths)
	}
}

func TestOnlyTheLastQuotingGeneratorHandsOutItsFilesAsItMakesThem(t *testing.T) {
	var first, second []string
	var firstEmitted, secondEmitted bool
	gens := []generators.Generator{
		fixed{"rules", []generators.File{{Path: "rules.yaml", Data: []byte("r")}}},
		emitter{quoter{"mixin", &first}, &firstEmitted},
		emitter{quoter{"docs", &second}, &secondEmitted},
	}
	if got, want := pathsGenerated(t, gens), "docs.md mixin.md rules.yaml"; got != want {
		t.Errorf("the sink got %s, want %s", got, want)
	}
	if firstEmitted {
		t.Error("the first quoting generator handed out its files, which the second quotes")
	}
	if !secondEmitted {
		t.Error("the last quoting generator returned its files instead of handing them out")
	}
	if want := "rules.yaml mixin.md"; strings.Join(second, " ") != want {
		t.Errorf("the last quoting generator saw %v, want %s", second, want)
	}
}
