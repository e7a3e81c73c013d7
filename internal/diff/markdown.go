package diff

import (
	"fmt"
	"io"
	"strings"

	"github.com/obsgen/obsgen/internal/words"
)

// writeMarkdown writes the report as a pull-request comment: a headline, a
// summary table of counts by kind and operation, the breaking changes
// listed, then each service's changes folded in a <details> block.
func writeMarkdown(w io.Writer, r *Report) error {
	var b strings.Builder
	b.WriteString("### obsgen diff\n\n")
	n := len(r.Changes)
	if n == 0 {
		fmt.Fprintf(&b, "Against %s: no change to metrics, rules, alerts, dashboards or queries.\n", code(r.Base))
		_, err := io.WriteString(w, b.String())
		return err
	}
	fmt.Fprintf(&b, "Against %s: **%s**", code(r.Base), words.Count(n, "change"))
	if k := r.Breaking(); k > 0 {
		fmt.Fprintf(&b, ", **%d breaking**", k)
	}
	b.WriteString(".\n\n")
	summaryTable(&b, r)
	if r.Breaking() > 0 {
		b.WriteString("\n**Breaking**: whoever reads these series loses data.\n\n")
		for i := range r.Changes {
			if c := &r.Changes[i]; c.Breaking {
				fmt.Fprintf(&b, "- %s (%s)%s\n", mdTitle(c), c.Service, brokenCount(c))
			}
		}
	}
	for _, svc := range services(r) {
		var cs []*Change
		breaking := 0
		for i := range r.Changes {
			if c := &r.Changes[i]; c.Service == svc {
				cs = append(cs, c)
				if c.Breaking {
					breaking++
				}
			}
		}
		fmt.Fprintf(&b, "\n<details>\n<summary>%s: %s", htmlEscape(svc), words.Count(len(cs), "change"))
		if breaking > 0 {
			fmt.Fprintf(&b, ", %d breaking", breaking)
		}
		b.WriteString("</summary>\n")
		for _, c := range cs {
			mdChange(&b, c)
		}
		b.WriteString("\n</details>\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// summaryTable writes the counts of changes by kind and operation, a row
// per kind that has any.
func summaryTable(b *strings.Builder, r *Report) {
	b.WriteString("| | added | removed | renamed | retyped | changed | breaking |\n")
	b.WriteString("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	for _, k := range Kinds {
		counts := map[Op]int{}
		total, breaking := 0, 0
		for _, c := range r.Changes {
			if c.Kind == k {
				counts[c.Op]++
				total++
				if c.Breaking {
					breaking++
				}
			}
		}
		if total == 0 {
			continue
		}
		fmt.Fprintf(b, "| %s |", kindPlural(k))
		for _, op := range Ops {
			fmt.Fprintf(b, " %d |", counts[op])
		}
		fmt.Fprintf(b, " %d |\n", breaking)
	}
}

// kindPlural names a kind in the plural, for the summary table.
func kindPlural(k Kind) string {
	switch k {
	case KindQuery:
		return "queries"
	case KindOutput:
		return "services' generated files"
	}
	return string(k) + "s"
}

// services returns the services with changes, in report order.
func services(r *Report) []string {
	var out []string
	for _, c := range r.Changes {
		if len(out) == 0 || out[len(out)-1] != c.Service {
			out = append(out, c.Service)
		}
	}
	return out
}

// mdTitle writes a change's title with its names as code.
func mdTitle(c *Change) string {
	if c.Kind == KindOutput {
		return mdText(outputTitle(c))
	}
	s := string(c.Kind) + " " + code(c.Name) + " " + string(c.Op)
	if c.NewName != "" {
		s += " to " + code(c.NewName)
	}
	return s
}

// brokenCount says how many dependents still read what is gone.
func brokenCount(c *Change) string {
	if len(c.Dependents) == 0 {
		return ""
	}
	broken := 0
	for _, d := range c.Dependents {
		if d.Broken {
			broken++
		}
	}
	return fmt.Sprintf(": %s, %d broken", words.Count(len(c.Dependents), "dependent"), broken)
}

// mdChange writes one change: its title and position, a table of its
// fields, its notes and its dependents.
func mdChange(b *strings.Builder, c *Change) {
	b.WriteString("\n" + mdTitle(c))
	if c.Breaking {
		b.WriteString(" — **breaking**")
	}
	if c.Pos.File != "" {
		fmt.Fprintf(b, " (%s)", code(fmt.Sprintf("%s:%d", c.Pos.File, max(c.Pos.Line, 1))))
	}
	b.WriteString("\n")
	if len(c.Fields) > 0 {
		b.WriteString("\n| | before | after |\n| --- | --- | --- |\n")
		for _, f := range c.Fields {
			fmt.Fprintf(b, "| %s | %s | %s |\n", cell(f.Name), cellCode(f.Before), cellCode(f.After))
		}
	}
	if len(c.Notes) > 0 || len(c.Dependents) > 0 || len(c.Files) > 0 {
		b.WriteString("\n")
	}
	for _, n := range c.Notes {
		b.WriteString("- " + mdText(n) + "\n")
	}
	for _, f := range c.Files {
		fmt.Fprintf(b, "- %s: %s\n", f.Op, code(f.Path))
	}
	for _, d := range c.Dependents {
		status := mdText(d.Status)
		if d.Broken {
			status = "**" + status + "**"
		}
		fmt.Fprintf(b, "- %s %s (%s): %s\n", d.Kind, code(d.Name), mdText(d.Service), status)
	}
}

// code writes s as a Markdown code span, fenced with more backticks than
// it holds; "—" when empty.
func code(s string) string {
	if s == "" {
		return "—"
	}
	fence := "`"
	for strings.Contains(s, fence) {
		fence += "`"
	}
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		s = " " + s + " "
	}
	return fence + s + fence
}

// cellCode writes a value for a table cell: each line a code span, lines
// joined with <br>, pipes escaped as GitHub's tables require.
func cellCode(s string) string {
	if s == "" {
		return "—"
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.ReplaceAll(code(l), "|", `\|`)
	}
	return strings.Join(lines, "<br>")
}

// cell escapes plain text for a table cell.
func cell(s string) string { return strings.ReplaceAll(mdText(s), "|", `\|`) }

// mdText escapes the characters Markdown or HTML would read in plain text.
func mdText(s string) string {
	return strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "<", "&lt;", ">", "&gt;", "[", `\[`, "]", `\]`, "#", `\#`).Replace(s)
}

// htmlEscape escapes text inside an HTML element.
func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}
