package importer

import (
	"cmp"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/internal/exposition"
	"github.com/obsgen/obsgen/internal/verify"
)

var (
	metricNameRE = regexp.MustCompile(`^[a-zA-Z_:][a-zA-Z0-9_:]*$`)
	labelNameRE  = regexp.MustCompile(`^[a-zA-Z_][a-zA-Z0-9_]*$`)
)

// plan decides every metric, label and group of the spec.
func plan(e *exposition.Exposition, opts Options) Spec {
	var sp Spec
	metrics := make([]Metric, 0, len(e.Families))
	// values holds, per label, the values each family carrying it shows.
	values := map[string]map[string][]string{}
	// described holds the labels some metric other than an _info one carries.
	described := map[string]bool{}
	// events holds, per label, how many events the series of each value
	// counted, over every family; levels, the gauges' highest value.
	events, levels := map[string]map[string]float64{}, map[string]map[string]float64{}
	for _, f := range e.Families {
		if verify.NotCatalogue(e, f) || verify.Ignored(f.Name, opts.Ignore) {
			continue
		}
		m, why := metric(f)
		if why != "" {
			sp.Skipped = append(sp.Skipped, Skipped{Name: f.Name, Why: why})
			continue
		}
		for _, l := range m.Labels {
			if values[l] == nil {
				values[l] = map[string][]string{}
			}
			values[l][f.Name] = f.LabelValues(l)
			if events[l] == nil {
				events[l], levels[l] = map[string]float64{}, map[string]float64{}
			}
			for _, s := range f.Series {
				if v, ok := s.Label(l); ok {
					events[l][v] += s.Events
					levels[l][v] = max(levels[l][v], s.Level)
				}
			}
			if !strings.HasSuffix(m.Name, "_info") {
				described[l] = true
			}
		}
		metrics = append(metrics, m)
	}
	sp.Labels = labels(values, described, events, levels, opts.Enumerate)
	sp.Groups = group(metrics)
	return sp
}

// metric derives the catalogue metric of family f, or says why it has none.
// The metric keeps the family's exported name and served type: renaming a
// counter to x_total, or typing an untyped family, would make the catalogue
// describe series Prometheus never stores.
func metric(f *exposition.Family) (Metric, string) {
	if !metricNameRE.MatchString(f.Name) || strings.HasPrefix(f.Name, "__") {
		return Metric{}, "not a metric name the catalogue accepts ([a-zA-Z_:][a-zA-Z0-9_:]*, no leading __)"
	}
	m := Metric{Metric: catalogue.Metric{Name: f.Name, Type: f.Type}}
	if f.Type == exposition.GaugeHistogram {
		// OpenMetrics's histogram of what exists at each scrape.
		m.Type, m.Snapshot = catalogue.Histogram, true
		m.Notes = append(m.Notes, "served as a gauge histogram: declared snapshot: true, a histogram rebuilt at every scrape, whose buckets are read as they are; Prometheus stores its count and sum as "+f.Name+"_gcount and "+f.Name+"_gsum, which queries read")
	}
	switch m.Type {
	case catalogue.Counter:
		if !strings.HasSuffix(f.Name, "_total") {
			m.Notes = append(m.Notes, "a counter served without _total: the catalogue keeps the exported name, the one Prometheus stores and queries must use (obsgen lint warns counter-name)")
		}
	case catalogue.Gauge:
		if strings.HasSuffix(f.Name, "_total") {
			m.Notes = append(m.Notes, "a gauge ending in _total, as exposed (obsgen lint warns gauge-name)")
		}
	case catalogue.Histogram, catalogue.Summary:
		for _, suffix := range []string{"_bucket", "_sum", "_count"} {
			if strings.HasSuffix(f.Name, suffix) {
				return Metric{}, "a " + m.Type + " family ending in " + suffix + " clashes with its own series names"
			}
		}
	case catalogue.Untyped:
		served := "served untyped (TYPE untyped, or none)"
		if strings.HasSuffix(f.Name, "_total") {
			served += " (its _total suffix suggests a counter)"
		}
		m.Notes = append(m.Notes, served+"; if you know it counts, declare type: counter and exposed_as: untyped under this same name, and rate() on it is clean (type: gauge for a level)")
	default:
		return Metric{}, "a " + f.Type + " has no catalogue type"
	}
	m.Unit = unit(m.Name, f.Unit)
	if m.Unit == "" && !kilobytes(m.Name) && bytesBy(m.Name, f.Help) {
		// prometheus_varnish_exporter's varnish_sma_g_space ("Bytes
		// available") and varnish_main_s_resp_bodybytes: a panel of them
		// had no unit.
		m.Unit = "bytes"
		m.Notes = append(m.Notes, "unit bytes from its name or help, though its name does not end in _bytes")
	}
	if kilobytes(m.Name) {
		m.Notes = append(m.Notes, "its name says kilobytes: declared without a unit, since obsgen's unit is bytes (its panels need unit: deckbytes or kbytes)")
	}
	m.Help = help(&m, f)
	for _, l := range f.LabelNames() {
		switch {
		case l == "le" && m.Type == catalogue.Histogram, l == "quantile" && m.Type == catalogue.Summary:
			continue
		case !labelNameRE.MatchString(l) || strings.HasPrefix(l, "__"):
			m.Notes = append(m.Notes, "label "+l+" left out: not a label name the catalogue accepts (obsgen verify warns extra-label)")
			continue
		case l == "job" || l == "instance":
			m.Notes = append(m.Notes, "carries label "+l+", which Prometheus keeps when the scrape target sets honor_labels: true (a Pushgateway's pushed series) and otherwise renames exported_"+l+" (obsgen lint warns reserved-label then)")
		}
		m.Labels = append(m.Labels, l)
	}
	// postfix_exporter's sasl_method="" until a client authenticates: a
	// label the exporter fills in elsewhere.
	var empty []string
	for _, l := range f.Empty {
		if labelNameRE.MatchString(l) && !strings.HasPrefix(l, "__") && l != "job" && l != "instance" && l != "le" && l != "quantile" {
			empty = append(empty, l)
		}
	}
	switch len(empty) {
	case 0:
	case 1:
		m.Notes = append(m.Notes, "label "+empty[0]+" is served empty on every series, which Prometheus stores as no label: declared, since the exporter names it and fills it in where it applies")
	default:
		m.Notes = append(m.Notes, "labels "+strings.Join(empty, ", ")+" are served empty on every series, which Prometheus stores as no label: declared, since the exporter names them and fills them in where they apply")
	}
	m.Labels = append(m.Labels, empty...)
	if m.Type == catalogue.Histogram {
		m.Buckets = buckets(&m, f)
	}
	if appearsOnError(m, f) {
		m.Optional = &catalogue.Optional{Note: "appears only after its first error, each series (by " +
			strings.Join(m.Labels, ", ") + ") being made when it first counts one; after a restart none is served until then"}
		m.Notes = append(m.Notes, "declared optional: a labelled counter of errors whose every series has counted one or more, as series made at the first error do; after a restart the family is absent until the next error (obsgen verify reports that as info, not absent-metric)")
	}
	if m.Type == catalogue.Summary {
		m.Quantiles = summaryQuantiles(f)
		if slices.ContainsFunc(m.Quantiles, func(q float64) bool { return q > 1 }) {
			m.Notes = append(m.Notes, "quantiles served as percentiles (quantile=\"99\"), not as φ (0.99): queries select them as served (obsgen lint warns quantile-percent)")
		}
	}
	return m, ""
}

// appearsOnError reports whether counter m of family f counts errors in
// series an exporter makes at the first error: a client library's
// CounterVec serves a series only once it was incremented
// (mysqld_exporter's mysql_exporter_scrape_errors_total{collector}), so an
// import that saw one would declare a metric the restarted exporter does
// not serve. The name says it counts errors or failures (a word starting
// err or fail), it carries labels (a counter without serves 0 from the
// start), and no series is at 0 (an exporter that makes its series before
// any error, as mysqld_exporter's mysql_global_status_connection_errors_total
// from SHOW GLOBAL STATUS, serves them at 0).
func appearsOnError(m Metric, f *exposition.Family) bool {
	if m.Type != catalogue.Counter || len(m.Labels) == 0 || len(f.Series) == 0 || !countsErrors(m.Name) {
		return false
	}
	for _, s := range f.Series {
		if s.Events <= 0 {
			return false
		}
	}
	return true
}

// countsErrors reports whether a metric name says it counts errors or
// failures: one of its words starts err or fail (errors, errs, failed,
// failures), the first of the words obsgen simulate takes for trouble.
func countsErrors(name string) bool {
	for _, w := range strings.Split(strings.ToLower(name), "_") {
		if strings.HasPrefix(w, "err") || strings.HasPrefix(w, "fail") {
			return true
		}
	}
	return false
}

// help returns the family's HELP, made one valid line.
func help(m *Metric, f *exposition.Family) string {
	h := strings.ToValidUTF8(f.Help, "\uFFFD")
	if strings.TrimSpace(h) == "" {
		m.Notes = append(m.Notes, "the exposition has no HELP for it")
		return "TODO: describe " + m.Name
	}
	if strings.ContainsAny(h, "\n\r") {
		m.Notes = append(m.Notes, "HELP had line breaks, joined into one line")
		return verify.NormaliseHelp(h)
	}
	return h
}

// summaryQuantiles returns the quantiles every series of a summary
// serves, as served (redis_exporter's percentiles, 99, included); an
// empty list when none serves any (client_golang's default summary: only
// _sum and _count); nil, not known, when the series differ or there are
// none.
func summaryQuantiles(f *exposition.Family) []float64 {
	if len(f.Series) == 0 {
		return nil
	}
	first := f.Series[0].Quantiles
	for _, s := range f.Series[1:] {
		if !slices.Equal(s.Quantiles, first) {
			return nil
		}
	}
	if first == nil {
		return []float64{}
	}
	return first
}

// buckets returns the histogram's bounds when every series shares them.
// A histogram whose series have only the +Inf bucket may be a native one
// served in a text format, which cannot carry native buckets: a note says so.
func buckets(m *Metric, f *exposition.Family) []float64 {
	if len(f.Series) == 0 {
		return nil
	}
	first := f.Series[0].Buckets
	if len(first) == 0 {
		for _, s := range f.Series[1:] {
			if len(s.Buckets) > 0 {
				m.Notes = append(m.Notes, "series have different buckets; none declared")
				return nil
			}
		}
		m.Notes = append(m.Notes, "only the +Inf bucket is exposed: if it is a native histogram (the text formats cannot carry its buckets), add native: true")
		return nil
	}
	for _, s := range f.Series[1:] {
		if !slices.Equal(s.Buckets, first) {
			m.Notes = append(m.Notes, "series have different buckets; none declared")
			return nil
		}
	}
	return first
}

// unitSuffixes are the base-unit suffixes the catalogue ties to a unit.
var unitSuffixes = []struct{ suffix, unit string }{
	{"_seconds", "seconds"},
	{"_milliseconds", "milliseconds"},
	// Apache's exporter serves apache_duration_ms_total, milliseconds
	// spent serving requests: without its unit, a mean response time
	// (its increase over the requests') was drawn as a percentage.
	{"_ms", "milliseconds"},
	{"_bytes", "bytes"},
	{"_ratio", "ratio"},
	{"_percent", "percent"},
}

// unit derives a metric's unit from its name (a _total counter without a
// unit suffix is a dimensionless count), else from an OpenMetrics # UNIT.
func unit(name, omUnit string) string {
	base := strings.TrimSuffix(name, "_total")
	if kilobytes(base) {
		return "" // squid_client_http_hit_kbytes_out_bytes_total counts KiB
	}
	for _, u := range unitSuffixes {
		if strings.HasSuffix(base, u.suffix) {
			return u.unit
		}
	}
	if omUnit != "" && strings.HasSuffix(base, "_"+omUnit) {
		return omUnit
	}
	return ""
}

// bytesBy reports whether a family without a unit suffix measures bytes
// by its name's last word (bodybytes, hdrbytes, InOctets) or its help's first words
// ("Bytes available", "Number of bytes ...", "... in bytes").
func bytesBy(name, help string) bool {
	base := strings.TrimSuffix(name, "_total")
	last := base[strings.LastIndexByte(base, '_')+1:]
	if strings.HasSuffix(last, "bytes") && last != "bytes" || strings.HasSuffix(strings.ToLower(last), "octets") {
		// An octet is a byte: IF-MIB's ifHCInOctets, through
		// snmp_exporter, and node_exporter's node_netstat_IpExt_InOctets.
		return true
	}
	h := strings.ToLower(strings.TrimSpace(help))
	return strings.HasPrefix(h, "bytes ") || strings.HasPrefix(h, "number of bytes") || strings.HasPrefix(h, "total bytes") ||
		strings.HasSuffix(strings.TrimSuffix(h, "."), " in bytes")
}

// kilobytes reports whether a name counts kilobytes, whatever its suffix
// says: squid_exporter's squid_client_http_hit_kbytes_out_bytes_total is
// KiB (its help: "client kbytes cache hit"), which a bytes unit would show
// 1024 times too small.
func kilobytes(name string) bool {
	for _, w := range strings.Split(name, "_") {
		if w == "kbytes" || w == "kilobytes" || w == "kb" || w == "kib" {
			return true
		}
	}
	return false
}

// maxEnum is the most distinct values a label may show and still be
// declared as an enumeration with Options.Enumerate.
const maxEnum = 10

// labels declares each label once. By default a label is free, with the
// value of the busiest series as its example (the one that counted the
// most events: etcd's grpc_code OK, not Aborted, the first in order, which
// the simulator then served all traffic as), else of the gauge highest
// (the state a server is in, UP, not DOWN), else the first value seen:
// one host's values are not what a fleet takes. With enumerate, a label is an enumeration of the values seen when
// there are few and it names one kind of thing; it stays free when some
// values are blank, when only _info metrics carry it (their values name a
// build or host: the next release would break the enumeration), when it
// names the exporter's collectors (which its flags choose), when two
// metric families show different sets (node_exporter's device: disks in
// node_disk_*, interfaces in node_network_*), when one value is seen (the
// host's one file system type), when the values are numbers (cpu 0 and 1)
// or paths (mountpoint /): another host has others, when its name says
// it names accounts, hosts, clients, databases or tables (mysqld_exporter's
// user and mysql_user: verify reported each series of an account created
// after the import), or when there are many.
func labels(values map[string]map[string][]string, described map[string]bool, events, levels map[string]map[string]float64, enumerate bool) []Label {
	names := make([]string, 0, len(values))
	for n := range values {
		names = append(names, n)
	}
	sort.Strings(names)
	out := make([]Label, 0, len(names))
	for _, n := range names {
		seen := map[string]bool{}
		blank := false
		for _, vs := range values[n] {
			for _, v := range vs {
				seen[v] = true
				blank = blank || strings.TrimSpace(v) == ""
			}
		}
		vs := make([]string, 0, len(seen))
		for v := range seen {
			vs = append(vs, strings.ToValidUTF8(v, "\uFFFD"))
		}
		sort.Strings(vs)
		l := Label{Name: n, Example: cmp.Or(busiest(events[n]), busiest(levels[n]), firstNonBlank(vs)), Seen: vs}
		if enumerate && len(vs) > 0 {
			open := openSetName(n)
			switch differ := differingFamilies(values[n]); {
			case blank:
				l.Note = "some values are blank, which an enumeration cannot list; declared free"
			case !described[n]:
				l.Note = "carried by _info metrics only, whose values name a build or host; declared free"
			case n == "collector":
				l.Note = "names the collectors this exporter runs, which its flags choose (--collector.*); declared free"
			case differ != "":
				l.Note = "its values differ between metric families (" + differ + "): it names different things, not one closed set; declared free (where a metric's own values are a closed set, list them under its label_values)"
			case len(vs) == 1:
				l.Note = "one value seen (" + strconv.Quote(vs[0]) + ") is this host's, not a set; declared free"
			case all(vs, isNumber):
				l.Note = "its values are numbers (" + strings.Join(vs[:min(len(vs), 3)], ", ") + "): indices or counts another host has more or fewer of; declared free"
			case all(vs, isPath):
				l.Note = "its values are paths: another host has others; declared free"
			case len(vs) <= maxEnum && open != "":
				l.Note = "its name (" + n + ") says it names " + open + "s: a new " + open + " is a new value, so the set is open; declared free"
			case len(vs) <= maxEnum:
				l.Values, l.Example = vs, ""
			default:
				l.Note = "more than 10 distinct values seen; declared free"
			}
		}
		out = append(out, l)
	}
	return out
}

// openSetWords are the words of label names whose values name things
// created at run time, each with the kind of thing: accounts
// (mysqld_exporter's user and mysql_user, postgres_exporter's usename),
// hosts and clients (client_host, client_addr), databases, schemas and
// tables (datname, db, schemaname, relname), devices (node_exporter's
// device: another host has other disks and interfaces). Labels whose words name a
// small closed set (state, command, code, ip: v4 or v6) are not here.
var openSetWords = []struct {
	kind  string
	words []string
}{
	{"account", []string{"user", "users", "username", "usename", "login", "account"}},
	{"host", []string{"host", "hostname"}},
	{"client", []string{"client"}},
	{"database", []string{"db", "dbname", "database", "datname"}},
	{"schema", []string{"schema", "schemaname"}},
	{"table", []string{"table", "tablename", "relname"}},
	{"device", []string{"device", "interface", "iface", "disk", "nic"}},
}

// openSetName returns the kind of thing label name n says its values
// name when that is an open set (account for mysql_user), else "".
func openSetName(n string) string {
	for _, w := range strings.Split(strings.ToLower(n), "_") {
		for _, k := range openSetWords {
			if slices.Contains(k.words, w) {
				return k.kind
			}
		}
	}
	return ""
}

// differingFamilies finds two families whose values of one label are not
// one set seen in part: each has a value the other lacks. It describes
// them ("node_disk_io_now has sda, node_network_up has eth0"), or returns
// "" when every family's values are a part of every larger family's.
func differingFamilies(byFamily map[string][]string) string {
	fams := make([]string, 0, len(byFamily))
	for f := range byFamily {
		fams = append(fams, f)
	}
	sort.Strings(fams)
	for i, a := range fams {
		for _, b := range fams[i+1:] {
			onlyA, onlyB := missing(byFamily[a], byFamily[b]), missing(byFamily[b], byFamily[a])
			if onlyA != "" && onlyB != "" {
				return oneLine(a + " has " + onlyA + ", " + b + " has " + onlyB)
			}
		}
	}
	return ""
}

// missing returns the first value of vs that others lacks, or "".
func missing(vs, others []string) string {
	for _, v := range vs {
		if !slices.Contains(others, v) {
			return strconv.Quote(v)
		}
	}
	return ""
}

func firstNonBlank(vs []string) string {
	for _, v := range vs {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}

// largeGroup is the most metrics a group of the first two name words
// holds before group tries splitting it by the third.
const largeGroup = 100

// group puts metrics sharing the first two _-separated words of their name
// into one group; a prefix only one metric has falls back to the first
// word. A group of more than largeGroup metrics whose names split by the
// third word into subgroups of at least a tenth of it each, together at
// least three quarters of it, is split so: mysqld_exporter's 788
// mysql_global_* metrics are mysql_global_status (SHOW GLOBAL STATUS) and
// mysql_global_variables (SHOW GLOBAL VARIABLES); the rest stay in the
// two-word group. A prefix of longer names is never cut after the word
// info: mysql_info_schema_* is mysql_info_schema, not a group named like
// an _info metric.
func group(metrics []Metric) []Group {
	count := map[string]int{}
	for _, m := range metrics {
		count[groupPrefix(m.Name, 2)]++
	}
	twoWords := func(name string) string {
		if g := groupPrefix(name, 2); count[g] >= 2 {
			return g
		}
		return prefix(name, 1)
	}
	split := splitByThirdWord(metrics, twoWords)
	groupOf := func(m Metric) string {
		g := twoWords(m.Name)
		if sub := groupPrefix(m.Name, 3); split[g][sub] {
			return sub
		}
		return g
	}
	size := map[string]int{}
	for _, m := range metrics {
		size[groupOf(m)]++
	}
	byName := map[string]*Group{}
	var names []string
	for _, m := range metrics {
		g := groupOf(m)
		if byName[g] == nil {
			byName[g] = &Group{Name: g, Metrics: make([]Metric, 0, size[g])}
			names = append(names, g)
		}
		byName[g].Metrics = append(byName[g].Metrics, m)
	}
	sort.Strings(names)
	out := make([]Group, 0, len(names))
	for _, n := range names {
		g := byName[n]
		sort.Slice(g.Metrics, func(i, j int) bool { return g.Metrics[i].Name < g.Metrics[j].Name })
		out = append(out, *g)
	}
	return out
}

// splitByThirdWord returns, for each group of the first two name words
// (as twoWords assigns them) that group splits, the three-word prefixes
// its metrics move to.
func splitByThirdWord(metrics []Metric, twoWords func(string) string) map[string]map[string]bool {
	size := map[string]int{}
	sub := map[string]map[string]int{}
	for _, m := range metrics {
		g := twoWords(m.Name)
		size[g]++
		if s := groupPrefix(m.Name, 3); g == groupPrefix(m.Name, 2) && len(s) > len(g) {
			if sub[g] == nil {
				sub[g] = map[string]int{}
			}
			sub[g][s]++
		}
	}
	split := map[string]map[string]bool{}
	for g, n := range size {
		if n <= largeGroup {
			continue
		}
		sizeable, held := map[string]bool{}, 0
		for s, k := range sub[g] {
			if k >= 2 && k*10 >= n {
				sizeable[s] = true
				held += k
			}
		}
		if held*4 >= n*3 {
			split[g] = sizeable
		}
	}
	return split
}

// groupPrefix is prefix(name, n), never ending in the word info: taken
// one word further while the name goes on after that word
// (mysql_info_schema_processlist_threads → mysql_info_schema), one word
// shorter when only the name's last word follows it (app_info_x → app). A
// group named like an _info metric reads as one.
func groupPrefix(name string, n int) string {
	words := strings.Split(strings.Trim(name, "_"), "_")
	for n >= 2 && n < len(words)-1 && words[n-1] == "info" {
		n++
	}
	if n >= 2 && n == len(words)-1 && words[n-1] == "info" {
		n--
	}
	return prefix(name, n)
}

// prefix returns the first n _-separated words of name; a name with no
// more words than that is its own first word (node_load1 → node).
func prefix(name string, n int) string {
	words := strings.Split(strings.Trim(name, "_"), "_")
	if len(words) <= n {
		n = max(1, len(words)-1)
	}
	if p := strings.Join(words[:n], "_"); p != "" {
		return p
	}
	return name // "_" or similar
}

// all reports whether every value satisfies ok.
func all(vs []string, ok func(string) bool) bool {
	for _, v := range vs {
		if !ok(v) {
			return false
		}
	}
	return true
}

// isNumber reports whether v is a number, as an index or a count is.
func isNumber(v string) bool {
	_, err := strconv.ParseFloat(v, 64)
	return err == nil
}

// isPath reports whether v is an absolute path.
func isPath(v string) bool { return strings.HasPrefix(v, "/") }

// busiest returns the non-blank value whose series counted the most
// events (the first in order among equals), or "" when none counted any.
func busiest(events map[string]float64) string {
	best, most := "", 0.0
	for v, n := range events {
		if strings.TrimSpace(v) == "" || n <= 0 {
			continue
		}
		if n > most || n == most && v < best {
			best, most = v, n
		}
	}
	return strings.ToValidUTF8(best, "\uFFFD")
}
