// Package slorules derives what a catalogue's service level objectives
// become: for each SLO that validation found sound, a rule group of SLI
// error-ratio and metadata recording rules, then multi-window multi-burn-
// rate page and ticket alerts, each with unit tests whose input series are
// computed from a model of the rules. The loader derives them after
// validation; the index of the catalogue serves them with the spec's own
// rules, to lint, rule tests and every generator.
package slorules
