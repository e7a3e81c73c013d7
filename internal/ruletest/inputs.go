package ruletest

import (
	"errors"
	"regexp"
	"strings"
	"time"

	"github.com/obsgen/obsgen/generators/prometheus"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/parser"
	"github.com/prometheus/prometheus/promql/promqltest"
	"github.com/prometheus/prometheus/storage"
)

// inputs are a test's input series as promtool loads them (a promqltest
// load command, parsed as promqltest parses it), each with the samples
// not yet appended.
type inputs struct {
	series []inputSeries
	// lines are the series as written, each with every sample, for a
	// trace's picture (Trace.Inputs); nil when a series replaced another
	// of the same labels.
	lines []Line
}

type inputSeries struct {
	lset    labels.Labels
	samples []memSample
}

// loadLine is promqltest's load command.
var loadLine = regexp.MustCompile(`^load(?:_(with_nhcb))?\s+(.+?)$`)

// parseInputs parses the load command of a test's input series: samples
// at the load interval from time 0, the last series of the same labels
// replacing the others. A command promqltest would not load as this does
// (a start-timestamp line) or not at all returns promqltest's own error.
func parseInputs(tg prometheus.UnitTestGroup) (*inputs, error) {
	cmd := loadCommand(tg)
	lines := strings.Split(cmd, "\n")
	for i, l := range lines {
		if l = strings.TrimSpace(l); strings.HasPrefix(l, "#") {
			l = ""
		}
		lines[i] = l
	}
	parts := loadLine.FindStringSubmatch(lines[0])
	if parts == nil || parts[1] != "" {
		return nil, lazyLoaderError(cmd)
	}
	gap, err := model.ParseDuration(parts[2])
	if err != nil {
		return nil, lazyLoaderError(cmd)
	}
	in := &inputs{}
	index := map[uint64]int{}
	replaced := false
	p := parser.NewParser(promqltest.TestParserOpts)
	for _, line := range lines[1:] {
		if line == "" {
			break
		}
		if isStartTimestampLine(line) {
			return nil, lazyLoaderError(cmd)
		}
		metric, vals, err := p.ParseSeriesDesc(line)
		if err != nil {
			return nil, lazyLoaderError(cmd)
		}
		s := inputSeries{lset: metric, samples: make([]memSample, 0, len(vals))}
		ts := time.Unix(0, 0).UTC()
		for _, v := range vals {
			if !v.Omitted {
				s.samples = append(s.samples, memSample{t: ts.UnixNano() / int64(time.Millisecond), f: v.Value, fh: v.Histogram})
			}
			ts = ts.Add(time.Duration(gap))
		}
		h := metric.Hash()
		if i, ok := index[h]; ok {
			in.series[i] = s
			replaced = true
			continue
		}
		index[h] = len(in.series)
		in.series = append(in.series, s)
	}
	if !replaced {
		in.lines = make([]Line, len(in.series))
		for i, s := range in.series {
			line := Line{Labels: s.lset, Points: make([]Point, 0, len(s.samples))}
			for _, m := range s.samples {
				if m.fh != nil {
					line.Points = append(line.Points, Point{T: time.Duration(m.t) * time.Millisecond})
					continue
				}
				line.Points = append(line.Points, Point{T: time.Duration(m.t) * time.Millisecond, V: m.f})
			}
			in.lines[i] = line
		}
	}
	return in, nil
}

// isStartTimestampLine is promqltest's test for a line of start
// timestamps: its first word ends in @st.
func isStartTimestampLine(line string) bool {
	i := strings.IndexAny(line, " \t")
	return i >= 0 && strings.HasSuffix(line[:i], "@st")
}

// lazyLoaderError is promqltest's error for a load command; an error of
// our own when it loads one parseInputs does not.
func lazyLoaderError(cmd string) error {
	ll, err := promqltest.NewLazyLoader(cmd, promqltest.LazyLoaderOpts{EnableAtModifier: true, EnableNegativeOffset: true})
	if err != nil {
		return err
	}
	if err := ll.Close(); err != nil {
		return err
	}
	return errors.New("start timestamps and the load_with_nhcb command are not supported")
}

// appendTill appends the samples up to t milliseconds not yet appended,
// in one batch, as LazyLoader.WithSamplesTill does; the first error
// stops it before the batch is committed.
func (in *inputs) appendTill(app storage.AppenderV2, t int64) error {
	for i := range in.series {
		s := &in.series[i]
		n := 0
		for n < len(s.samples) && s.samples[n].t <= t {
			m := s.samples[n]
			if _, err := app.Append(0, s.lset, 0, m.t, m.f, nil, m.fh, storage.AppendV2Options{}); err != nil {
				return err
			}
			n++
		}
		s.samples = s.samples[n:]
	}
	return app.Commit()
}
