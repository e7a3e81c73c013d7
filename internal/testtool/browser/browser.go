// Package browser starts headless Chromium (Debian's chromium) for tests
// that check what a browser makes of obsgen's pages and pictures.
package browser

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/obsgen/obsgen/internal/testtool"
)

// Start starts headless Chromium for one test, bounded by timeout, and
// stops it when the test ends; the test is skipped (or fails, with
// OBSGEN_REQUIRE_TOOLS=1) without chromium. The flags keep it off the
// network: without them its background connections are refused here.
func Start(t *testing.T, timeout time.Duration) context.Context {
	t.Helper()
	path := testtool.Require(t, "chromium")
	ctx, cancelTimeout := context.WithTimeout(context.Background(), timeout)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 1000),
	)
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	bctx, cancelBrowser := chromedp.NewContext(alloc)
	t.Cleanup(func() {
		if err := chromedp.Cancel(bctx); err != nil && ctx.Err() == nil {
			t.Logf("stopping chromium: %v", err)
		}
		cancelBrowser()
		cancelAlloc()
		cancelTimeout()
	})
	if err := chromedp.Do(bctx); err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	return bctx
}

// Screenshot opens url in a new tab of the browser and returns the
// pixels of the element the CSS selector finds.
func Screenshot(t *testing.T, bctx context.Context, url, selector string) image.Image {
	t.Helper()
	tab, cancel := chromedp.NewContext(bctx)
	defer cancel()
	if err := chromedp.Do(tab, chromedp.Navigate(url)); err != nil {
		t.Fatalf("%s: %v", url, err)
	}
	shot, err := chromedp.Run(tab, chromedp.Screenshot(selector))
	if err != nil {
		t.Fatalf("%s: screenshot of %s: %v", url, selector, err)
	}
	img, err := png.Decode(bytes.NewReader(shot))
	if err != nil {
		t.Fatalf("%s: screenshot of %s: %v", url, selector, err)
	}
	return img
}
