package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/obsgen/obsgen/internal/diag"
	"github.com/obsgen/obsgen/internal/importer"
	"github.com/obsgen/obsgen/internal/scaffold"
	"github.com/obsgen/obsgen/internal/speccodec"
	"github.com/obsgen/obsgen/internal/specload"
	"github.com/obsgen/obsgen/internal/words"
	"github.com/spf13/cobra"
)

func newImportCmd() *cobra.Command {
	var xf expositionFlags
	var service, out string
	var force, enumerate bool
	var slothFile, openSLOFile, rulesFile, dashboardFile, adoptedFrom string
	cmd := &cobra.Command{
		Use:   "import (--url URL | --file FILE) --service NAME | (--rules FILE | --dashboard FILE) --service NAME [--adopted-from TEXT] | (--sloth FILE | --openslo FILE)",
		Short: "Write a starting catalogue spec from a /metrics exposition, its rules from a Prometheus rule file, a dashboard from Grafana's JSON, or an slos section from Sloth or OpenSLO",
		Long: `import reads an exposition (Prometheus text format or OpenMetrics) and writes
a catalogue spec for it: every metric family under the name it is exported
by, with its type as served, unit (from the name's suffix), HELP and
labels, grouped by the first two words of their names (node_memory). A
group of more than 100 that its names' third word splits into a few large
parts is split so (mysqld_exporter's mysql_global_status and
mysql_global_variables); a group is never named by a prefix ending in info
(mysql_info_schema, not mysql_info).

The catalogue records what the service exports, so nothing is renamed or
retyped: a counter without _total keeps its name (lint warns counter-name)
and a family served without a TYPE stays type: untyped, with a comment: if
you know it counts, declare it a counter under the same name and rate() on
it is clean. Other comments mark a gauge ending in _total, a multi-line
HELP, a histogram with only the +Inf bucket (native?). A counter with labels
whose name counts errors or failures (err*, fail*) and whose every series
has counted one is declared optional, with a note that it appears only
after its first error (mysqld_exporter's mysql_exporter_scrape_errors_total:
a series is made at the first error, and a restarted exporter serves none).

Labels are declared once, each with one example value: values seen on one
host are examples, not the set a fleet takes. --enumerate lists the values
seen instead where there are at most 10, except for labels whose values
differ between metric families (node_exporter's device: disks, interfaces,
filesystems), which are not one closed set, and labels whose name says they
name accounts, hosts, clients, databases or tables (user, mysql_user,
usename, client_addr, db, datname, table), which gain a value with every
account or database created.

Imported into a service's folder beside other spec files (a second
exposition of the service, such as a prober's own /metrics beside its
probes), the metrics and labels those files declare are left out, and a
comment says so (and which values a label they enumerate also takes here);
a metric group of the same name is numbered; service.verify is left to the
file that has it, with a comment naming the --ignore patterns it lacks.

The spec starts with a "# yaml-language-server: $schema=" comment: the path
from --out to schema/obsgen.schema.json when a folder above has one, else
the schema's URL. It sets only service.name and, from --ignore,
service.verify.ignore, so a hand-written service.yaml in the same folder
(title, description, ...) merges with it. It passes obsgen lint as
written, with warnings only where the exporter breaks a naming convention.

--rules FILE reads a Prometheus rule file (groups:, or the spec.groups of
one or more PrometheusRule resources, as mixins and Helm charts publish
them) and writes its rules as the catalogue's alert_groups and
recording_groups, as written: names, expressions, for, keep_firing_for,
labels, annotations and each group's interval. The catalogue keeps alerts
and recording rules in groups of their own, so a group holding both is
split (its recording rules become group NAME-records). A group's labels
(Prometheus 3) are added to each of its rules' labels, as Prometheus adds
them; limit, query_offset and Thanos's partial_response_strategy are
reported and left out, as is a rule Prometheus would refuse.
--adopted-from TEXT (where they come from: a repository, path and commit)
marks every group adopted_from, so lint reports their authors' style as
info; leave it out for your own rules.

--dashboard FILE reads a Grafana dashboard's JSON (as a mixin's
dashboards_out or grafana.com publish it, or an export wrapping it as
{"dashboard": ...}) and writes it as a catalogue dashboard: its rows, each
panel's title, type, description, unit, min, max, decimals, size, repeat,
the thresholds it draws, stacking and a stat's text mode, and each
Prometheus query as written, with its legend, instant, format and unit
override. graph panels become timeseries and singlestat stat, as Grafana
migrates them on load; label_values() variables become the dashboard's
variables. What the catalogue cannot hold (other overrides,
transformations, value mappings, other variables, panels of other types
or without a Prometheus query) is reported per panel and left out.

--sloth FILE (Sloth's prometheus/v1) or --openslo FILE (OpenSLO v1 or
v1alpha SLO documents) writes a spec with a slos section instead, to keep
beside the service's catalogue: error and total queries become a ratio SLI
({{.window}} becomes $window, sum(rate(x[$window])) the selector x), a
histogram's count minus one bucket over its count a latency SLI on that
bucket, 1 - avg(avg_over_time(up[w])) an availability SLI. Alert names,
labels and constant annotations are kept; what obsgen cannot express is
reported (file:line:col) and left out.`,
		Example: `  obsgen import --url http://127.0.0.1:9100/metrics --service node \
    --ignore 'go_*' --ignore 'process_*' --ignore 'promhttp_*' --out specs/node/metrics.yaml
  obsgen import --file metrics.txt --service rstmdb --enumerate > rstmdb-imported.yaml
  obsgen import --rules nginx-rules.yml --service nginx \
    --adopted-from 'samber/awesome-prometheus-alerts dist/rules/nginx' --out specs/nginx/rules.yaml
  obsgen import --sloth slos/rstmdb.yaml --out specs/rstmdb/slos.yaml
  obsgen import --openslo openslo/checkout.yaml --service checkout`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if slothFile != "" || openSLOFile != "" {
				if rulesFile != "" || dashboardFile != "" {
					return usagef("give one of --rules FILE, --dashboard FILE, --sloth FILE or --openslo FILE")
				}
				return importSLOs(cmd, slothFile, openSLOFile, service, out, force)
			}
			if rulesFile != "" && dashboardFile != "" {
				return usagef("give one of --rules FILE or --dashboard FILE")
			}
			if rulesFile != "" {
				return importRules(cmd, rulesFile, adoptedFrom, service, out, force)
			}
			if dashboardFile != "" {
				return importDashboard(cmd, dashboardFile, adoptedFrom, service, out, force)
			}
			if adoptedFrom != "" {
				return usagef("--adopted-from goes with --rules FILE or --dashboard FILE")
			}
			if service == "" {
				return usagef("--service NAME is required")
			}
			if out != "" && !force {
				if _, err := os.Stat(out); err == nil {
					return usagef("%s exists; pass --force to overwrite it", out)
				}
			}
			e, syntax, err := xf.read(cmd.Context(), cmd.InOrStdin())
			if err != nil {
				return err
			}
			if syntax != nil {
				if err := diag.Write(cmd.ErrOrStderr(), diag.List{*syntax}, nil, "text", verifyText); err != nil {
					return err
				}
				return reported()
			}
			data, notes, err := importer.ImportNoting(e, importer.Options{Service: service, Ignore: xf.ignore, Enumerate: enumerate, Schema: schemaRef(out), URL: xf.url,
				Declared: declaredBeside(out, service)})
			if err != nil {
				return usage(err)
			}
			if out == "" {
				if _, err := cmd.OutOrStdout().Write(data); err != nil {
					return err
				}
			} else {
				if err := writeFileAtomic(out, data); err != nil {
					return problems(err)
				}
				fmt.Fprintf(cmd.ErrOrStderr(), "obsgen: wrote %s (%s read from %s)\n", out, words.Count(len(e.Families), "family", "families"), e.Name)
				noteOrganisation(cmd.ErrOrStderr(), out)
			}
			for _, n := range notes {
				fmt.Fprintf(cmd.ErrOrStderr(), "obsgen: note: %s\n", n)
			}
			return nil
		},
	}
	xf.register(cmd)
	cmd.Flags().StringVar(&service, "service", "", "service name for the spec (lower-case, digits, - and _)")
	cmd.Flags().StringVarP(&out, "out", "o", "", "write the spec to this file instead of standard output")
	cmd.Flags().BoolVar(&force, "force", false, "overwrite --out if it exists")
	cmd.Flags().StringVar(&slothFile, "sloth", "", "import the SLOs of a Sloth prometheus/v1 file")
	cmd.Flags().StringVar(&openSLOFile, "openslo", "", "import the SLO documents of an OpenSLO file")
	cmd.Flags().StringVar(&rulesFile, "rules", "", "import the alerting and recording rules of a Prometheus rule file or PrometheusRule")
	cmd.Flags().StringVar(&dashboardFile, "dashboard", "", "import a Grafana dashboard's JSON as a catalogue dashboard")
	cmd.Flags().StringVar(&adoptedFrom, "adopted-from", "", "with --rules or --dashboard: where they come from (adopted_from on every rule group; a comment on a dashboard)")
	cmd.Flags().BoolVar(&enumerate, "enumerate", false, "declare the label values seen as enumerations (at most 10, one set across families) instead of examples")
	return cmd
}

// schemaFile is where a project keeps its copy of the spec schema.
var schemaFile = filepath.Join("schema", "obsgen.schema.json")

// schemaRef returns what the spec written to out names as its schema: the
// path from out's folder to schema/obsgen.schema.json in the nearest
// folder above that has one, as the seed specs do, up to the repository's
// root (a folder holding .git: a schema outside the repository is not in
// another's clone), else the schema's URL (also for standard output, whose
// destination is unknown).
func schemaRef(out string) string {
	if out == "" {
		return speccodec.SchemaID
	}
	from, err := filepath.Abs(filepath.Dir(out))
	if err != nil {
		return speccodec.SchemaID
	}
	for dir := from; ; dir = filepath.Dir(dir) {
		candidate := filepath.Join(dir, schemaFile)
		if st, err := os.Stat(candidate); err == nil && st.Mode().IsRegular() {
			if rel, err := filepath.Rel(from, candidate); err == nil {
				return filepath.ToSlash(rel)
			}
		}
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil || filepath.Dir(dir) == dir {
			return speccodec.SchemaID
		}
	}
}

// writeFileAtomic writes data to path through a temporary file in the same
// folder, so a reader never sees half a spec.
func writeFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".obsgen-import-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// importSLOs writes a spec with the SLOs of a Sloth or OpenSLO file.
func importSLOs(cmd *cobra.Command, slothFile, openSLOFile, service, out string, force bool) error {
	if slothFile != "" && openSLOFile != "" {
		return usagef("give one of --sloth FILE or --openslo FILE")
	}
	file, convert := slothFile, importer.ImportSloth
	if openSLOFile != "" {
		file, convert = openSLOFile, importer.ImportOpenSLO
	}
	return importFile(cmd, file, out, force, func(data []byte) ([]byte, diag.List, string, error) {
		res, err := convert(file, data, service)
		return res.Spec, res.Diags, words.Count(res.SLOs, "SLO"), err
	})
}

// importRules writes a spec of a rule file's rules.
func importRules(cmd *cobra.Command, file, adoptedFrom, service, out string, force bool) error {
	if err := fileImportUsage(cmd, service, "--rules FILE"); err != nil {
		return err
	}
	return importFile(cmd, file, out, force, func(data []byte) ([]byte, diag.List, string, error) {
		res, err := importer.ImportRules(file, data, service, adoptedFrom)
		return res.Spec, res.Diags, words.Count(res.Alerts, "alerting rule") + " and " + words.Count(res.Records, "recording rule") +
			" in " + words.Count(res.Groups, "group"), err
	})
}

// importDashboard writes a spec of a Grafana dashboard.
func importDashboard(cmd *cobra.Command, file, adoptedFrom, service, out string, force bool) error {
	if err := fileImportUsage(cmd, service, "--dashboard FILE"); err != nil {
		return err
	}
	return importFile(cmd, file, out, force, func(data []byte) ([]byte, diag.List, string, error) {
		res, err := importer.ImportDashboard(file, data, service, adoptedFrom)
		return res.Spec, res.Diags, "a dashboard of " + words.Count(res.Panels, "panel"), err
	})
}

// fileImportUsage checks an import of a file into a service's spec: the
// service is named, and no exposition is asked for besides.
func fileImportUsage(cmd *cobra.Command, service, flag string) error {
	if service == "" {
		return usagef("--service NAME is required")
	}
	if xfGiven(cmd) {
		return usagef("give one of %s, --url URL or --file FILE", flag)
	}
	return nil
}

// importFile is every import of a file (rules, a dashboard, SLOs): it
// reads file, converts it, reports what could not be carried over on
// standard error and writes the spec to out (kept unless force) or to
// standard output; said is what the spec holds ("1 SLO"). It fails, with
// the spec written, when the conversion reported an error.
func importFile(cmd *cobra.Command, file, out string, force bool, convert func(data []byte) (spec []byte, diags diag.List, said string, err error)) error {
	if out != "" && !force {
		if _, err := os.Stat(out); err == nil {
			return usagef("%s exists; pass --force to overwrite it", out)
		}
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return usage(err)
	}
	spec, diags, said, err := convert(data)
	// What was reported comes first, also when nothing could be
	// converted: it says why.
	if len(diags) > 0 {
		if err := diag.Write(cmd.ErrOrStderr(), diags.Sort(), nil, "text", verifyText); err != nil {
			return err
		}
	}
	if err != nil {
		return problems(err)
	}
	if spec == nil {
		// Nothing to import (an empty rule file): nothing is written.
		return nil
	}
	if out == "" {
		if _, err := cmd.OutOrStdout().Write(spec); err != nil {
			return err
		}
	} else if err := writeFileAtomic(out, spec); err != nil {
		return problems(err)
	} else {
		fmt.Fprintf(cmd.ErrOrStderr(), "obsgen: wrote %s (%s read from %s)\n", out, said, file)
		noteOrganisation(cmd.ErrOrStderr(), out)
	}
	if diags.HasErrors() {
		return reported()
	}
	return nil
}

// xfGiven reports whether an exposition was asked for too.
func xfGiven(cmd *cobra.Command) bool {
	return cmd.Flags().Changed("url") || cmd.Flags().Changed("file")
}

// declaredBeside returns what the other spec files of out's folder
// declare (nothing when writing to stdout): a second import into a
// service's folder leaves it to the file that has it. Files that do not
// read are passed over: lint reports them. Example is the metric obsgen
// init declares for service.
func declaredBeside(out, service string) importer.Declared {
	d := importer.Declared{Example: scaffold.ExampleMetric(service)}
	if out == "" {
		return d
	}
	entries, err := os.ReadDir(filepath.Dir(out))
	if err != nil {
		return d
	}
	d.Metrics, d.Labels, d.Groups = map[string]bool{}, map[string][]string{}, map[string]bool{}
	for _, e := range entries {
		name := filepath.Join(filepath.Dir(out), e.Name())
		if e.IsDir() || filepath.Clean(name) == filepath.Clean(out) || (filepath.Ext(name) != ".yaml" && filepath.Ext(name) != ".yml") {
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			continue
		}
		c, _ := specload.LoadBytes(name, data)
		if c == nil {
			continue
		}
		for _, m := range c.Metrics() {
			d.Metrics[m.Name] = true
		}
		for _, l := range c.Labels {
			var values []string
			for _, v := range l.Values {
				values = append(values, v.Value)
			}
			d.Labels[l.Name] = values
		}
		for _, g := range c.MetricGroups {
			d.Groups[g.Name] = true
		}
		if v := c.Service.Verify; v != nil {
			d.Verify = true
			d.Ignore = append(d.Ignore, v.Ignore...)
		}
		if c.Scrape != nil {
			d.Scrape = true
			for _, t := range c.Scrape.Targets {
				d.Static = append(d.Static, t.Static...)
			}
		}
	}
	return d
}
