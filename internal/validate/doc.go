// Package validate checks a loaded catalogue against the spec format's
// rules and reports every problem at once, positioned where it was
// written: names, types and units of metrics, references between
// sections (alerts, queries, panels, scrape targets, logging, health,
// journeys, routing), rule templates and tests, SLOs, topology and the
// organisation file. It reads the catalogue (the model and its index) and
// writes only diagnostics, and which SLOs are sound enough to derive rules
// from (catalogue.MarkSLOsSound). specload runs it after loading; PromQL
// against the catalogue is lint's job.
package validate
