package main

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/obsgen/obsgen/internal/catalogue"
)

func TestTheFirstCatalogueGivenToLintMixinIsTheOneTheOthersAreUsedBy(t *testing.T) {
	shop := &catalogue.Catalogue{Dir: filepath.Join("specs", "shop")}
	node := &catalogue.Catalogue{Dir: filepath.Join("specs", "node")}
	ksm := &catalogue.Catalogue{Dir: filepath.Join("k8s", "ksm")}
	cadvisor := &catalogue.Catalogue{Dir: filepath.Join("k8s", "cadvisor")}
	cases := []struct {
		name string
		args []string
		in   []*catalogue.Catalogue // as the pipeline sorts them
		want []*catalogue.Catalogue
	}{
		{"service folders keep the order they were given in",
			[]string{"specs/shop", "specs/node"}, []*catalogue.Catalogue{node, shop}, []*catalogue.Catalogue{shop, node}},
		{"a folder of service folders keeps its own order, in its place",
			[]string{"specs/shop/", "k8s"}, []*catalogue.Catalogue{cadvisor, ksm, shop}, []*catalogue.Catalogue{shop, cadvisor, ksm}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := inArgOrder(tc.in, tc.args); !slices.Equal(got, tc.want) {
				var dirs []string
				for _, c := range got {
					dirs = append(dirs, c.Dir)
				}
				t.Errorf("order %v", dirs)
			}
		})
	}
}
