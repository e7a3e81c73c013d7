package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/specload"
)

// noteOrganisation says, after an import wrote the file out in a service
// folder, what the organisation.yaml beside that folder adds to the
// service: a trial adopting postfix inside this repository's clone got its
// example organisation's external labels, Thanos and receivers, and lint
// messages spoke of a replica label nobody had declared for it.
func noteOrganisation(w io.Writer, out string) {
	root := filepath.Dir(filepath.Dir(out))
	o, _, _ := specload.LoadOrganisation(root)
	if o == nil {
		return
	}
	var adds []string
	if len(o.ExternalLabels) > 0 {
		names := make([]string, 0, len(o.ExternalLabels))
		for _, l := range o.ExternalLabels {
			names = append(names, l.Name)
		}
		adds = append(adds, "external labels "+strings.Join(names, ", ")+" (lint takes every series to carry them)")
	}
	if o.QueryTier != nil {
		adds = append(adds, "a global query tier")
	}
	if len(o.Alertmanagers) > 0 || len(o.Receivers) > 0 {
		adds = append(adds, "its Alertmanagers, receivers and routing")
	}
	if len(adds) == 0 {
		return
	}
	fmt.Fprintf(w, "obsgen: note: %s applies to this service too: %s; put the service folder beside another organisation.yaml, or none, if that organisation is not yours\n",
		filepath.Join(root, catalogue.OrganisationFile), strings.Join(adds, "; "))
}
