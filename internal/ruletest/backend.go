package ruletest

import (
	"context"
	"sync"
	"time"

	"github.com/obsgen/obsgen/generators/prometheus"
	promqlengine "github.com/prometheus/prometheus/promql"
	"github.com/prometheus/prometheus/storage"
)

// backend is where a replay keeps its samples and runs its queries: the
// storage the rules manager appends to and reads, the test's input series
// made visible step by step, and the PromQL engine.
type backend interface {
	storage.Appendable
	// AppendableV2 is what promqltest loads input series with, and what
	// the rules manager appends with from Prometheus v0.316 on.
	storage.AppendableV2
	storage.Queryable
	// till makes the input samples up to ts visible.
	till(ts time.Time) error
	engine() *promqlengine.Engine
	context() context.Context
	close() error
}

// openBackend opens the backend of one test, evaluated every interval.
type openBackend func(tg prometheus.UnitTestGroup, interval time.Duration) (backend, error)

// memBackend is a backend in memory: a memStore fed by the test's inputs.
type memBackend struct {
	*memStore
	// tg's input series are parsed into in the first time they are needed
	// (inputs), or at once by openMemory.
	tg     prometheus.UnitTestGroup
	in     *inputs
	inErr  error
	eng    *promqlengine.Engine
	ctx    context.Context
	cancel context.CancelFunc
}

// openMemory opens a memBackend: what promtool's LazyLoader does, without
// a TSDB.
func openMemory(tg prometheus.UnitTestGroup, interval time.Duration) (backend, error) {
	b := openLazyMemory(tg, interval).(*memBackend)
	if _, err := b.inputs(); err != nil {
		b.cancel()
		return nil, err
	}
	return b, nil
}

// openLazyMemory opens a memBackend that parses the test's input series
// only when a step or a query needs them: a trace whose shape was traced
// before (traceShape) never does. A failure to parse them is the first
// step's.
func openLazyMemory(tg prometheus.UnitTestGroup, interval time.Duration) backend {
	b := &memBackend{memStore: newMemStore(), tg: tg, eng: engineFor(interval)}
	b.ctx, b.cancel = context.WithCancel(context.Background())
	return b
}

// inputs are the test's input series, parsed the first time.
func (b *memBackend) inputs() (*inputs, error) {
	if b.in == nil && b.inErr == nil {
		b.in, b.inErr = parseInputs(b.tg)
	}
	return b.in, b.inErr
}

func (b *memBackend) till(ts time.Time) error {
	in, err := b.inputs()
	if err != nil {
		return err
	}
	return in.appendTill(b.AppenderV2(b.ctx), ts.Sub(time.Unix(0, 0).UTC()).Milliseconds())
}

func (b *memBackend) engine() *promqlengine.Engine { return b.eng }
func (b *memBackend) context() context.Context     { return b.ctx }
func (b *memBackend) close() error                 { b.cancel(); return nil }

// engines are the PromQL engines of the evaluation intervals seen: an
// engine keeps no state between queries, and making one costs more than
// a short replay.
var engines sync.Map

// engineFor returns the engine of tests evaluated every interval, made
// with the options of promtool's LazyLoader: at most 10,000 samples a
// query, a timeout of 100 s, the @ modifier and negative offsets on, and
// subqueries without a step stepping by the evaluation interval.
func engineFor(interval time.Duration) *promqlengine.Engine {
	if e, ok := engines.Load(interval); ok {
		return e.(*promqlengine.Engine)
	}
	e, _ := engines.LoadOrStore(interval, promqlengine.NewEngine(promqlengine.EngineOpts{
		MaxSamples:               10000,
		Timeout:                  100 * time.Second,
		NoStepSubqueryIntervalFn: func(int64) int64 { return int64(interval / time.Millisecond) },
		EnableAtModifier:         true,
		EnableNegativeOffset:     true,
	}))
	return e.(*promqlengine.Engine)
}
