package site

import (
	"context"
	"image"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/obsgen/obsgen/internal/testtool/browser"
)

// picture is what the browser says of one image of a page.
type picture struct {
	Src    string `json:"src"`
	Width  int    `json:"width"`
	Height int    `json:"height"`
}

// loadedPictures waits for every image of the page and returns each with
// its natural size (0 when it did not load).
const loadedPictures = `Promise.all(Array.from(document.images).map(i => i.complete ? null :
	new Promise(r => { i.addEventListener('load', r); i.addEventListener('error', r); })))
	.then(() => Array.from(document.images).map(i => ({src: i.src, width: i.naturalWidth, height: i.naturalHeight})))`

// visit opens url in a new tab of the browser and returns the console's
// errors (console.error, uncaught exceptions, and browser log errors such
// as a resource that failed to load) and the page's pictures.
func visit(t *testing.T, bctx context.Context, url string) (errs []string, pics []picture) {
	t.Helper()
	tab, cancel := chromedp.NewContext(bctx)
	defer cancel()
	var mu sync.Mutex
	done := make(chan struct{})
	messages := chromedp.Console(tab)
	go func() {
		defer close(done)
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.IsException() {
				mu.Lock()
				errs = append(errs, m.String()+" ("+m.URL+")")
				mu.Unlock()
			}
		}
	}()
	if err := chromedp.Do(tab, chromedp.Navigate(url)); err != nil {
		t.Fatalf("%s: %v", url, err)
	}
	pics, err := chromedp.Run(tab, chromedp.Evaluate[[]picture](loadedPictures, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("%s: images: %v", url, err)
	}
	// Scripts run on load (the search index loads in a worker): let
	// them report before the tab closes.
	time.Sleep(500 * time.Millisecond)
	cancel()
	<-done
	mu.Lock()
	defer mu.Unlock()
	return errs, pics
}

func TestEveryPageTypeLoadsInChromiumWithItsPictures(t *testing.T) {
	site := build(t)
	srv := httptest.NewServer(http.FileServer(http.Dir(site)))
	defer srv.Close()
	bctx := browser.Start(t, 3*time.Minute)
	for _, tc := range []struct {
		kind, page string
		pictures   int // at least
	}{
		{"home", "index.html", 0},
		{"service", "rstmdb/docs/monitoring.html", 0},
		{"alert", "rstmdb/docs/alerts/RstmdbHighErrorRate.html", 1},
		{"alert with variants", "rstmdb/docs/alerts/RstmdbRequestAvailabilityBudgetBurn.html", 2},
		{"dashboard preview", "rstmdb/docs/dashboards/rstmdb-overview.html", 1},
		{"SLOs", "rstmdb/docs/slos.html", 2},
		{"journeys", "stemedb/docs/journeys.html", 0},
	} {
		t.Run(tc.kind, func(t *testing.T) {
			errs, pics := visit(t, bctx, srv.URL+"/"+tc.page)
			for _, e := range errs {
				t.Errorf("console: %s", e)
			}
			if len(pics) < tc.pictures {
				t.Errorf("%d pictures, want at least %d", len(pics), tc.pictures)
			}
			for _, p := range pics {
				if p.Width == 0 || p.Height == 0 {
					t.Errorf("picture %s did not load (%dx%d)", p.Src, p.Width, p.Height)
				}
			}
		})
	}
}

func TestTheHarnessSeesAConsoleErrorAndABrokenPicture(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/broken.html", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		_, _ = w.Write([]byte(`<!doctype html><title>x</title><img src="missing.svg"><script>console.error("planted")</script>`))
	})
	mux.HandleFunc("/favicon.ico", http.NotFound)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	bctx := browser.Start(t, time.Minute)
	errs, pics := visit(t, bctx, srv.URL+"/broken.html")
	if !strings.Contains(strings.Join(errs, "\n"), "planted") {
		t.Errorf("the planted console error was not seen: %v", errs)
	}
	if len(pics) != 1 || pics[0].Width != 0 {
		t.Errorf("the missing picture was not seen as broken: %+v", pics)
	}
}

func TestTheOverviewPreviewScreenshotIsNotBlank(t *testing.T) {
	site := build(t)
	srv := httptest.NewServer(http.FileServer(http.Dir(site)))
	defer srv.Close()
	bctx := browser.Start(t, 2*time.Minute)
	img := browser.Screenshot(t, bctx, srv.URL+"/rstmdb/docs/dashboards/rstmdb-overview.html", `img[src="rstmdb-overview.svg"]`)
	inked, colours := ink(img)
	b := img.Bounds()
	if b.Dx() < 400 || b.Dy() < 200 {
		t.Errorf("the preview is %dx%d pixels, too small to read", b.Dx(), b.Dy())
	}
	// Panels, lines, numbers and text: far from a blank card.
	if share := float64(inked) / float64(b.Dx()*b.Dy()); share < 0.05 || colours < 20 {
		t.Errorf("the preview looks blank: %.1f %% of pixels drawn, %d colours", share*100, colours)
	}
}

// ink counts the pixels that are not white and the distinct colours.
func ink(img image.Image) (inked, colours int) {
	seen := map[[3]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			seen[[3]uint32{r >> 8, g >> 8, bl >> 8}] = true
			if r < 0xF000 || g < 0xF000 || bl < 0xF000 {
				inked++
			}
		}
	}
	return inked, len(seen)
}
