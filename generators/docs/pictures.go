package docs

import (
	"cmp"
	"fmt"
	"slices"
	"sync"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/parallel"
	"github.com/obsgen/obsgen/internal/ruletest"
)

// picture is an SVG file of the docs and how to draw it. Drawing evaluates
// rules or queries and is the costly part of the docs, so pictures are
// drawn concurrently (drawAll).
type picture struct {
	path string
	draw func() ([]byte, error)
	// trace is the rule whose trace the picture draws, if any: pictures
	// of one trace are drawn one after the other, so that it is held no
	// longer than they take.
	trace *catalogue.Rule
	// weight says how long drawing it takes, next to the others: the
	// panels and queries of a dashboard preview; 0 for an alert's or an
	// SLO's picture.
	weight int
}

// drawAll draws the pictures on as many goroutines as there are cores and
// hands each to emit once drawn; it returns the first picture's error,
// in the order given.
func drawAll(pics []picture, emit func(generators.File) error) error {
	errs := make([]error, len(pics))
	order := drawingOrder(pics)
	parallel.ForEach(len(order), parallel.Cores(), func(j int) {
		i := order[j]
		data, err := pics[i].draw()
		if err != nil {
			errs[i] = fmt.Errorf("docs: picture %s: %w", pics[i].path, err)
			return
		}
		errs[i] = emit(generators.File{Path: pics[i].path, Data: data})
	})
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// drawingOrder is the order to draw pics in: the heaviest first, then as
// given, but each picture of a trace right after the first picture of
// that trace. Drawn last, the preview of a dashboard of a thousand SLOs
// took a second while the other cores had nothing left to draw.
func drawingOrder(pics []picture) []int {
	byTrace := map[*catalogue.Rule][]int{}
	for i, p := range pics {
		if p.trace != nil {
			byTrace[p.trace] = append(byTrace[p.trace], i)
		}
	}
	out := make([]int, 0, len(pics))
	for i, p := range pics {
		switch {
		case p.trace == nil:
			out = append(out, i)
		case byTrace[p.trace] != nil:
			out = append(out, byTrace[p.trace]...)
			byTrace[p.trace] = nil
		}
	}
	// Stable, and the pictures of a trace weigh alike: they stay together.
	slices.SortStableFunc(out, func(i, j int) int { return cmp.Compare(pics[j].weight, pics[i].weight) })
	return out
}

// traces replays each rule's test once, however many pictures draw it (an
// SLO's page alert and its burn rate), with every extra expression those
// pictures asked for, and forgets the trace once the last of them has it:
// a thousand SLOs' days-long traces held to the end were most of the
// memory of their docs. Replaying a days-long SLO test is the costliest
// part of a picture. It is safe for concurrent use once asked.
type traces struct {
	tracer *ruletest.Tracer
	mu     sync.Mutex
	extra  map[*catalogue.Rule][]string
	uses   map[*catalogue.Rule]int
	once   map[*catalogue.Rule]func() (*ruletest.Trace, error)
}

func newTraces(t *ruletest.Tracer) *traces {
	return &traces{tracer: t, extra: map[*catalogue.Rule][]string{}, uses: map[*catalogue.Rule]int{}, once: map[*catalogue.Rule]func() (*ruletest.Trace, error){}}
}

// use says a picture will get r's trace, with extra expressions in it;
// before any get.
func (ts *traces) use(r *catalogue.Rule, extra ...string) {
	ts.extra[r] = append(ts.extra[r], extra...)
	ts.uses[r]++
}

// get replays r's test, the first time it is asked for, for a picture
// that said it would use it.
func (ts *traces) get(r *catalogue.Rule) (*ruletest.Trace, error) {
	ts.mu.Lock()
	f := ts.once[r]
	if f == nil {
		extra := ts.extra[r]
		f = sync.OnceValues(func() (*ruletest.Trace, error) { return ts.tracer.Trace(r, extra...) })
		ts.once[r] = f
	}
	if ts.uses[r]--; ts.uses[r] <= 0 {
		delete(ts.once, r)
	}
	ts.mu.Unlock()
	return f()
}
