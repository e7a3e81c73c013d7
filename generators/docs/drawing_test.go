package docs

import (
	"fmt"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
)

func TestPicturesOfOneTraceAreDrawnOneAfterTheOther(t *testing.T) {
	a, b := &catalogue.Rule{Alert: "A"}, &catalogue.Rule{Alert: "B"}
	pics := []picture{{path: "a1", trace: a}, {path: "b1", trace: b}, {path: "p"}, {path: "a2", trace: a}, {path: "b2", trace: b}, {path: "q"}}
	var got []string
	for _, i := range drawingOrder(pics) {
		got = append(got, pics[i].path)
	}
	if want := "[a1 a2 b1 b2 p q]"; fmt.Sprint(got) != want {
		t.Errorf("drawn in the order %v, want %s", got, want)
	}
}

func TestTheHeaviestPicturesAreDrawnFirst(t *testing.T) {
	a := &catalogue.Rule{Alert: "A"}
	pics := []picture{{path: "a1", trace: a}, {path: "small", weight: 3}, {path: "p"}, {path: "a2", trace: a}, {path: "large", weight: 40}, {path: "medium", weight: 12}}
	var got []string
	for _, i := range drawingOrder(pics) {
		got = append(got, pics[i].path)
	}
	if want := "[large medium small a1 a2 p]"; fmt.Sprint(got) != want {
		t.Errorf("drawn in the order %v, want %s", got, want)
	}
}
