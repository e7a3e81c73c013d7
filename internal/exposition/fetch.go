package exposition

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"os"
	"time"
)

// Defaults for reading an exposition.
const (
	// DefaultTimeout bounds reading an exposition: a whole HTTP fetch, or
	// reading a file, and parsing it.
	DefaultTimeout = 10 * time.Second
	// MaxBodySize is the largest exposition obsgen reads (a busy node
	// exporter serves a few MB). Parsing, verify and import need memory in
	// proportion to the exposition: about 20 bytes per byte of it, so
	// about 1.3 GB at this limit (measured: 1.2 GB peak RSS to import a
	// 60 MB exposition of 250,000 families).
	MaxBodySize = 64 << 20
)

// Accept asks for the Prometheus text format, which every exporter serves;
// OpenMetrics is read too when a server sends it anyway.
const Accept = "text/plain;version=0.0.4;q=1,application/openmetrics-text;version=1.0.0;q=0.5,*/*;q=0.1"

// FetchOptions tune Fetch; the zero value uses the defaults.
type FetchOptions struct {
	Timeout time.Duration
	MaxSize int64
	// Client is the HTTP client; nil means a plain one.
	Client *http.Client
}

// Fetch GETs a /metrics URL and parses the exposition in the format the
// response's Content-Type names, both within the timeout. Network
// problems, non-2xx answers, oversized bodies and the timeout are errors; a
// body that does not parse is a *SyntaxError.
func Fetch(ctx context.Context, rawURL string, opts FetchOptions) (*Exposition, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("--url %q: want an http:// or https:// URL such as http://localhost:9100/metrics", rawURL)
	}
	timeout := opts.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", Accept)
	req.Header.Set("User-Agent", "obsgen-verify")
	client := opts.Client
	if client == nil {
		client = &http.Client{}
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return nil, fmt.Errorf("fetch %s: %s", rawURL, resp.Status)
	}
	body, err := readLimited(resp.Body, opts.MaxSize)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	format, err := contentFormat(resp.Header.Get("Content-Type"), body)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	e, err := within(ctx, timeout, func() (*Exposition, error) { return Parse(rawURL, body, format) })
	if err != nil && !isSyntax(err) {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	return e, err
}

// ReadFileWithin is ReadFile bounded in time: reading (a FIFO or standard
// input may never end) and parsing give up after timeout, or when ctx is
// done. The abandoned work is left to the process's exit.
func ReadFileWithin(ctx context.Context, timeout time.Duration, path string, stdin io.Reader, maxSize int64) (*Exposition, error) {
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	return within(ctx, timeout, func() (*Exposition, error) { return ReadFile(path, stdin, maxSize) })
}

// within runs f, giving up when ctx is done first.
func within(ctx context.Context, timeout time.Duration, f func() (*Exposition, error)) (*Exposition, error) {
	type result struct {
		e   *Exposition
		err error
	}
	done := make(chan result, 1)
	go func() {
		e, err := f()
		done <- result{e, err}
	}()
	select {
	case r := <-done:
		return r.e, r.err
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, fmt.Errorf("reading and parsing the exposition did not finish within %s (--timeout)", timeout)
		}
		return nil, ctx.Err()
	}
}

// isSyntax reports whether err is a *SyntaxError.
func isSyntax(err error) bool {
	var se *SyntaxError
	return errors.As(err, &se)
}

// contentFormat picks the parser for a response's Content-Type; an absent
// or generic type falls back to looking at the body.
func contentFormat(contentType string, body []byte) (Format, error) {
	if contentType == "" {
		return DetectFormat(body), nil
	}
	mediaType, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return DetectFormat(body), nil
	}
	switch mediaType {
	case "text/plain":
		v, ok := params["version"]
		if !ok {
			return DetectFormat(body), nil // a static file or a sniffed type
		}
		if v != "0.0.4" && v != "1.0.0" {
			return Text, fmt.Errorf("text format version %q is not supported (want 0.0.4)", v)
		}
		return Text, nil
	case "application/openmetrics-text":
		if v := params["version"]; v != "" && v != "1.0.0" && v != "0.0.1" {
			return OpenMetrics, fmt.Errorf("OpenMetrics version %q is not supported (want 1.0.0)", v)
		}
		return OpenMetrics, nil
	case "application/vnd.google.protobuf":
		return Text, fmt.Errorf("the server answered in protobuf although obsgen asked for text (Accept: %s)", Accept)
	case "text/html", "application/xhtml+xml":
		// An exporter's landing page (node_exporter answers every path
		// with it) or a proxy's login page: not an exposition whose first
		// line is to be reported as a bad metric name.
		return Text, fmt.Errorf("the server answered with a web page (%s), not metrics: check the URL's path (exporters serve /metrics)", mediaType)
	}
	return DetectFormat(body), nil
}

// ReadFile reads an exposition from a file ("-" is standard input),
// detecting OpenMetrics by its final "# EOF".
func ReadFile(path string, stdin io.Reader, maxSize int64) (*Exposition, error) {
	r := io.Reader(stdin)
	name := "<stdin>"
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r, name = f, path
	}
	body, err := readLimited(r, maxSize)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return Parse(name, body, DetectFormat(body))
}

// readLimited reads r whole, failing past max bytes (MaxBodySize when 0).
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	if limit <= 0 {
		limit = MaxBodySize
	}
	body, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(body)) > limit {
		return nil, fmt.Errorf("exposition is larger than %d bytes", limit)
	}
	return body, nil
}
