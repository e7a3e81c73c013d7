package diag

import (
	"encoding/json"
	"io"
	"sort"
)

// SARIF 2.1.0 types, only the parts obsgen fills in.
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool    sarifTool     `json:"tool"`
	Results []sarifResult `json:"results"`
	// ColumnKind says columns count characters (Unicode code points), as
	// obsgen's positions do, rather than SARIF's default UTF-16 units.
	ColumnKind string `json:"columnKind"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID string `json:"id"`
}

type sarifResult struct {
	RuleID    string          `json:"ruleId"`
	Level     string          `json:"level"`
	Message   sarifMessage    `json:"message"`
	Locations []sarifLocation `json:"locations"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
}

// WriteSARIF prints the list as a SARIF 2.1.0 log, the format code-scanning
// services ingest.
func WriteSARIF(w io.Writer, l List) error {
	codes := map[string]bool{}
	results := make([]sarifResult, 0, len(l))
	for _, d := range l {
		codes[d.Code] = true
		level := "error"
		switch d.Severity {
		case Warning:
			level = "warning"
		case Info:
			level = "note"
		}
		results = append(results, sarifResult{
			RuleID:  d.Code,
			Level:   level,
			Message: sarifMessage{Text: d.FullMessage()},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{
				ArtifactLocation: sarifArtifact{URI: d.Pos.File},
				Region:           sarifRegion{StartLine: max(d.Pos.Line, 1), StartColumn: max(d.Pos.Col, 1)},
			}}},
		})
	}
	rules := make([]sarifRule, 0, len(codes))
	for c := range codes {
		rules = append(rules, sarifRule{ID: c})
	}
	sort.Slice(rules, func(i, j int) bool { return rules[i].ID < rules[j].ID })
	log := sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs: []sarifRun{{
			Tool:       sarifTool{Driver: sarifDriver{Name: "obsgen", InformationURI: "https://github.com/obsgen/obsgen", Rules: rules}},
			Results:    results,
			ColumnKind: "unicodeCodePoints",
		}},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}
