package catalogue

import (
	"sync"
	"sync/atomic"
)

// APIVersion is the spec format version this obsgen reads.
const APIVersion = "obsgen.dev/v1"

// Catalogue is one service's whole description, merged from every spec file in
// its folder. Generators read it and nothing else.
type Catalogue struct {
	// Dir is the spec folder the catalogue was loaded from.
	Dir string `yaml:"-" json:"-"`
	// Folder names Dir as pages do, its parent folder's name and its own
	// (specs/rstmdb), set by the loader: see SpecFolder.
	Folder string `yaml:"-" json:"-"`
	// Files are the spec files that made it, in load order.
	Files []string `yaml:"-" json:"-"`

	APIVersion   string        `yaml:"apiVersion" json:"apiVersion" doc:"Spec format version; must be obsgen.dev/v1."`
	Service      Service       `yaml:"service" json:"service" doc:"The service: name, title, components, metrics endpoint."`
	Labels       []Label       `yaml:"labels" json:"labels,omitempty" doc:"Label names used by metrics, with optional enumerated values."`
	MetricGroups []MetricGroup `yaml:"metric_groups" json:"metric_groups,omitempty" doc:"Metrics, grouped as the reference page shows them."`
	Endpoints    []Endpoint    `yaml:"endpoints" json:"endpoints,omitempty" doc:"HTTP endpoints of the service's components (metrics, health, admin API)."`
	Queries      []QueryGroup  `yaml:"queries" json:"queries,omitempty" doc:"Named example PromQL queries with comments, in groups."`
	Dashboards   []Dashboard   `yaml:"dashboards" json:"dashboards,omitempty" doc:"Grafana dashboards."`
	Overview     *Overview     `yaml:"overview" json:"overview,omitempty" doc:"Adds a generated dashboard with one panel per catalogue metric."`
	AlertGroups  []RuleGroup   `yaml:"alert_groups" json:"alert_groups,omitempty" doc:"Prometheus alerting rule groups."`
	RecordGroups []RuleGroup   `yaml:"recording_groups" json:"recording_groups,omitempty" doc:"Prometheus recording rule groups."`
	Scrape       *Scrape       `yaml:"scrape" json:"scrape,omitempty" doc:"How Prometheus scrapes the service."`
	Logging      *Logging      `yaml:"logging" json:"logging,omitempty" doc:"Log format, levels, fields and shipping."`
	Health       *Health       `yaml:"health" json:"health,omitempty" doc:"Health checks and Kubernetes probes."`
	Journeys     []Journey     `yaml:"journeys" json:"journeys,omitempty" doc:"Incident journeys: runbook steps linking alerts, endpoints and queries."`
	Routing      *Routing      `yaml:"routing" json:"routing,omitempty" doc:"Who is told about the service's alerts and how fast: its owning team, receivers by severity (or another label the rules set), grouping, timings, time intervals, and the inhibitions between its alerts. Receivers and time intervals are declared in organisation.yaml."`
	SLOs         []SLO         `yaml:"slos" json:"slos,omitempty" doc:"Service level objectives: each becomes SLI recording rules, metadata rules, multi-window multi-burn-rate page and ticket alerts with their tests, a dashboard and a docs section."`
	Organisation *Organisation `yaml:"organisation" json:"organisation,omitempty" doc:"Settings shared by every service; only in organisation.yaml beside the service folders."`
	Notes        []Note        `yaml:"notes" json:"notes,omitempty" doc:"Free-form sections for the reference page (implementation notes)."`
	Corrections  []Correction  `yaml:"corrections" json:"corrections,omitempty" doc:"Where the catalogue deliberately differs from the page it was written from, and why."`

	// Used are the catalogues named by service.uses, resolved by the
	// pipeline before lint; their metrics may be read by this service's
	// rules, queries and panels.
	Used []*Catalogue `yaml:"-" json:"-"`

	// SLOGroups are the rule groups derived from SLOs (one per SLO): its
	// SLI error-ratio and metadata recording rules, then its page and
	// ticket alerts, with their tests. The loader derives them, after
	// validation, from SLOs without problems; the index serves their rules
	// with the others.
	SLOGroups []RuleGroup `yaml:"-" json:"-"`

	// index is built on first use (idx), by whichever of the goroutines
	// reading the catalogue asks first; indexMu makes the others wait.
	index     atomic.Pointer[index]
	indexMu   sync.Mutex
	positions Positions
	// sloValid says, for each SLO, whether validation found it sound
	// enough to derive rules from.
	sloValid []bool
}

// SectionHadWrongType reports whether a section was written with the wrong
// type in any file (only the root has section keys such as "service").
func (c *Catalogue) SectionHadWrongType(key string) bool {
	for _, fields := range c.positions.FieldPos {
		if p, ok := fields[key]; ok && c.positions.BadPos[p] {
			return true
		}
	}
	return false
}

// HasBadField reports whether a field of the struct at p had the wrong type
// or was a misspelling of a known field.
func (c *Catalogue) HasBadField(p Pos) bool {
	for _, fp := range c.positions.FieldPos[p] {
		if c.positions.BadPos[fp] {
			return true
		}
	}
	return false
}

// At returns where field of the struct written at p was written (its value,
// not its key); for a list item use "field[i]", for a map value "field.key".
// It falls back to p when the field was not written.
func (c *Catalogue) At(p Pos, field string) Pos {
	if fp, ok := c.positions.FieldPos[p][field]; ok {
		return fp
	}
	return p
}

// Service names the service and says how its metrics are exposed.
type Service struct {
	Pos         Pos              `yaml:"-" json:"-"`
	Name        string           `yaml:"name" json:"name" doc:"Lower-case identifier; names the out/ folder and the default scrape job." required:"true"`
	Title       string           `yaml:"title" json:"title,omitempty" doc:"Display name."`
	Description string           `yaml:"description" json:"description,omitempty" doc:"One paragraph: what the service is."`
	DocsBaseURL string           `yaml:"docs_base_url" json:"docs_base_url,omitempty" doc:"Where the Markdown of the service's generated docs folder (out/<service>/docs) is read, e.g. a repository's web view of it: alerts link their runbook pages under it, <docs_base_url>/alerts/<alert>.md. For the site MkDocs builds, set organisation.docs_url instead."`
	Components  []Component      `yaml:"components" json:"components,omitempty" doc:"Separately deployed parts (binaries) of the service."`
	Metrics     *MetricsEndpoint `yaml:"metrics_endpoint" json:"metrics_endpoint,omitempty" doc:"How the /metrics endpoint is enabled and reached."`
	Verify      *VerifySettings  `yaml:"verify" json:"verify,omitempty" doc:"How obsgen verify compares a live exposition with this catalogue."`
	Uses        []string         `yaml:"uses" json:"uses,omitempty" doc:"Other catalogues (service names: folders beside this one) whose metrics this service's alerts, rules, queries and panels read, e.g. [node] for alerts on node_exporter's metrics."`
	Out         *OutSettings     `yaml:"out" json:"out,omitempty" doc:"What the service's output folder (out/<service>/) may hold besides what obsgen writes."`
}

// OutSettings say what a service's output folder may hold besides the files
// obsgen writes: obsgen check fails on any other file, since the folder is
// deployed as a whole.
type OutSettings struct {
	Pos   Pos      `yaml:"-" json:"-"`
	Allow []string `yaml:"allow" json:"allow,omitempty" doc:"Globs (* and ? within one path segment), relative to out/<service>/, of files obsgen did not write that obsgen check accepts, e.g. kubernetes/kustomization.yaml; a glob naming a folder accepts everything in it. Symbolic links are never accepted."`
}

// Organisation holds what every service of an organisation shares: the
// external labels its Prometheus servers add (cluster, region, ...), its
// Grafana, and the Alertmanager receivers, time intervals and routing
// defaults every service's alerts are routed with. It is read from
// organisation.yaml in the folder that holds the service folders.
type Organisation struct {
	Pos            Pos     `yaml:"-" json:"-"`
	Name           string  `yaml:"name" json:"name,omitempty" doc:"The organisation's name, for docs."`
	ExternalLabels []Label `yaml:"external_labels" json:"external_labels,omitempty" doc:"Labels every Prometheus server adds to every series it stores or sends (global.external_labels, Thanos and federation), such as cluster or region: every metric of every service carries them in queries."`
	// DeduplicationLabel and QueryTier are the organisation's topology:
	// see topology.go.
	DeduplicationLabel string         `yaml:"deduplication_label" json:"deduplication_label,omitempty" doc:"The external label that tells the replicas of an HA pair of Prometheus servers apart (replica): the query tier (Thanos Query --query.replica-label, Cortex/Mimir HA tracker, vmagent dedup) merges series that differ only by it. The other external labels are cluster-level: a query that aggregates them away sees the whole fleet."`
	QueryTier          *QueryTier     `yaml:"query_tier" json:"query_tier,omitempty" doc:"The global query tier (Thanos Query, Mimir or VictoriaMetrics' select API) that sees every cluster, deduplicated: Grafana gets a datasource for it, and global rule groups are evaluated against it."`
	Alertmanagers      []string       `yaml:"alertmanagers" json:"alertmanagers,omitempty" doc:"The Alertmanagers every Prometheus server sends its alerts to, as host:port or a URL (https://am.example.com/alertmanager): each service's prometheus.yml lists them under alerting.alertmanagers. Without them, its servers evaluate alerts and send them nowhere."`
	GrafanaURL         string         `yaml:"grafana_url" json:"grafana_url,omitempty" doc:"Base URL of the organisation's Grafana, e.g. https://grafana.example.com: each alert gets a dashboard_url annotation opening the first generated panel that shows its series."`
	DocsURL            string         `yaml:"docs_url" json:"docs_url,omitempty" doc:"Where the generated site is published (MkDocs from out/docs/mkdocs.yml, which gets it as site_url), e.g. https://monitoring.example.com: an alert of a service without docs_base_url links its runbook page there, <docs_url>/<service>/docs/alerts/<alert>.html."`
	Receivers          []Receiver     `yaml:"receivers" json:"receivers,omitempty" doc:"Where Alertmanager sends notifications, each declared once by name and kind. Secrets are never written here: only the files Alertmanager reads them from."`
	TimeIntervals      []TimeInterval `yaml:"time_intervals" json:"time_intervals,omitempty" doc:"Named time intervals (working hours, weekends) that routes are active or muted in."`
	Routing            *Routing       `yaml:"routing" json:"routing,omitempty" doc:"Defaults for every service: the receiver of alerts no route of theirs takes, grouping and timings; and inhibitions that hold across services, matched by the labels rules set (a critical alert inhibits the warning one of the same name and instance)."`
}

// The receiver kinds obsgen writes Alertmanager configuration for.
const (
	ReceiverWebhook   = "webhook"
	ReceiverPagerDuty = "pagerduty"
	ReceiverSlack     = "slack"
	ReceiverEmail     = "email"
	ReceiverOpsGenie  = "opsgenie"
)

// Receiver is one Alertmanager receiver: a name routes refer to, a kind,
// and the settings of that kind. Secrets are references to files that
// Alertmanager reads (Alertmanager expands no environment variables in its
// configuration), never values.
type Receiver struct {
	Pos              Pos    `yaml:"-" json:"-"`
	Name             string `yaml:"name" json:"name" doc:"The name routes refer to, e.g. storage-oncall."`
	Kind             string `yaml:"kind" json:"kind" doc:"webhook, pagerduty, slack, email or opsgenie." enum:"webhook,pagerduty,slack,email,opsgenie"`
	Description      string `yaml:"description" json:"description,omitempty" doc:"Who or what it reaches, for docs: Storage on-call (pages)."`
	URL              string `yaml:"url" json:"url,omitempty" doc:"webhook: the URL notifications are posted to; no credentials in it (use credentials_file)."`
	CredentialsFile  string `yaml:"credentials_file" json:"credentials_file,omitempty" doc:"webhook: file holding the bearer token Alertmanager sends (http_config.authorization.credentials_file)."`
	RoutingKeyFile   string `yaml:"routing_key_file" json:"routing_key_file,omitempty" doc:"pagerduty: file holding the Events API v2 integration (routing) key."`
	APIURLFile       string `yaml:"api_url_file" json:"api_url_file,omitempty" doc:"slack: file holding the incoming-webhook URL."`
	Channel          string `yaml:"channel" json:"channel,omitempty" doc:"slack: the channel, e.g. #storage-alerts."`
	To               string `yaml:"to" json:"to,omitempty" doc:"email: the address notifications go to."`
	From             string `yaml:"from" json:"from,omitempty" doc:"email: the sender address."`
	Smarthost        string `yaml:"smarthost" json:"smarthost,omitempty" doc:"email: the SMTP server, host:port."`
	AuthUsername     string `yaml:"auth_username" json:"auth_username,omitempty" doc:"email: the SMTP user name."`
	AuthPasswordFile string `yaml:"auth_password_file" json:"auth_password_file,omitempty" doc:"email: file holding the SMTP password."`
	APIKeyFile       string `yaml:"api_key_file" json:"api_key_file,omitempty" doc:"opsgenie: file holding the API key."`
	SendResolved     *bool  `yaml:"send_resolved" json:"send_resolved,omitempty" doc:"Whether resolved alerts are notified too; default the kind's Alertmanager default (true for webhook, pagerduty and opsgenie, false for slack and email)."`
}

// TimeInterval is a named set of times, as Alertmanager's time_intervals
// write them: every field given must hold (weekdays and times, say).
type TimeInterval struct {
	Pos         Pos         `yaml:"-" json:"-"`
	Name        string      `yaml:"name" json:"name"`
	Weekdays    []string    `yaml:"weekdays" json:"weekdays,omitempty" doc:"Days or ranges, e.g. monday:friday."`
	Times       []TimeRange `yaml:"times" json:"times,omitempty" doc:"Times of day, e.g. start 09:00, end 17:00."`
	DaysOfMonth []string    `yaml:"days_of_month" json:"days_of_month,omitempty" doc:"Days or ranges, e.g. 1:5 or -3:-1 (the last three days)."`
	Months      []string    `yaml:"months" json:"months,omitempty" doc:"Months or ranges, e.g. december or 1:3."`
	Years       []string    `yaml:"years" json:"years,omitempty" doc:"Years or ranges, e.g. 2026:2027."`
	Location    string      `yaml:"location" json:"location,omitempty" doc:"Time zone the times are in, e.g. Europe/London; default UTC."`
}

// TimeRange is a time of day range, [Start, End).
type TimeRange struct {
	Pos   Pos    `yaml:"-" json:"-"`
	Start string `yaml:"start" json:"start" doc:"HH:MM, e.g. 09:00."`
	End   string `yaml:"end" json:"end" doc:"HH:MM, e.g. 17:00; 24:00 for midnight."`
}

// Routing says who is told about alerts and how: at the organisation the
// defaults, per service its own, and per alert an override. A level's
// settings override the level above; see Catalogue.PolicyOf for the exact
// rule. Not every field fits every level: the organisation has no team,
// routes or time intervals (Alertmanager's root route takes none), an
// alert no inhibitions.
type Routing struct {
	Pos                 Pos          `yaml:"-" json:"-"`
	Team                string       `yaml:"team" json:"team,omitempty" doc:"The owning team, for docs (service and alert)."`
	Receiver            string       `yaml:"receiver" json:"receiver,omitempty" doc:"The receiver of alerts no route of this level takes: at the organisation, every alert's last resort."`
	GroupBy             []string     `yaml:"group_by" json:"group_by,omitempty" doc:"Labels alerts are grouped by into one notification, e.g. [alertname, cluster, instance]: with a Prometheus server per cluster, name the cluster-level external labels, since target names repeat from cluster to cluster."`
	GroupWait           Duration     `yaml:"group_wait" json:"group_wait,omitempty" doc:"How long a new group waits for more alerts before its first notification."`
	GroupInterval       Duration     `yaml:"group_interval" json:"group_interval,omitempty" doc:"How long before a group that changed is notified again."`
	RepeatInterval      Duration     `yaml:"repeat_interval" json:"repeat_interval,omitempty" doc:"How long before an unchanged, still firing group is notified again."`
	MuteTimeIntervals   []string     `yaml:"mute_time_intervals" json:"mute_time_intervals,omitempty" doc:"Time intervals (organisation.time_intervals) in which notifications are muted."`
	ActiveTimeIntervals []string     `yaml:"active_time_intervals" json:"active_time_intervals,omitempty" doc:"Time intervals outside which notifications are muted, e.g. [working-hours]."`
	Routes              []Route      `yaml:"routes" json:"routes,omitempty" doc:"Receivers by the labels the rules set, first match wins: severity critical pages, warning goes to a ticket queue (service and alert)."`
	Inhibitions         []Inhibition `yaml:"inhibitions" json:"inhibitions,omitempty" doc:"Alerts that silence others while they fire (service and organisation)."`
}

// Route sends the alerts whose labels match to a receiver, with its own
// timings and time intervals.
type Route struct {
	Pos                 Pos               `yaml:"-" json:"-"`
	Match               map[string]string `yaml:"match" json:"match" doc:"Labels and the values they must have, e.g. {severity: critical}; every one must hold."`
	Receiver            string            `yaml:"receiver" json:"receiver,omitempty" doc:"Where matching alerts go; default the level's receiver."`
	GroupWait           Duration          `yaml:"group_wait" json:"group_wait,omitempty"`
	GroupInterval       Duration          `yaml:"group_interval" json:"group_interval,omitempty"`
	RepeatInterval      Duration          `yaml:"repeat_interval" json:"repeat_interval,omitempty"`
	MuteTimeIntervals   []string          `yaml:"mute_time_intervals" json:"mute_time_intervals,omitempty"`
	ActiveTimeIntervals []string          `yaml:"active_time_intervals" json:"active_time_intervals,omitempty" doc:"e.g. [working-hours]: tickets only in working hours."`
}

// Inhibition mutes the target alerts while a source alert fires with the
// same values of the equal labels.
type Inhibition struct {
	Pos    Pos        `yaml:"-" json:"-"`
	Source AlertMatch `yaml:"source" json:"source" doc:"The alerts that inhibit."`
	Target AlertMatch `yaml:"target" json:"target,omitempty" doc:"The alerts inhibited; in a service, default every other alert of the service but its SLO burn-rate alerts."`
	Equal  []string   `yaml:"equal" json:"equal" doc:"Labels source and target must both carry with the same value, e.g. [cluster, instance]: the scope of the inhibition. With a Prometheus server per cluster, name the cluster-level external labels, since target names repeat from cluster to cluster."`
	Why    string     `yaml:"why" json:"why,omitempty" doc:"Why the target is noise while the source fires, for docs."`
}

// AlertMatch selects alerts by name (a service's own) and by the labels
// their rules set.
type AlertMatch struct {
	Pos    Pos               `yaml:"-" json:"-"`
	Alerts []string          `yaml:"alerts" json:"alerts,omitempty" doc:"Alert names of the service (every variant of each)."`
	Labels map[string]string `yaml:"labels" json:"labels,omitempty" doc:"Labels the rules set and their values, e.g. {severity: critical}."`
}

// VerifySettings tune obsgen verify for the service.
type VerifySettings struct {
	Pos    Pos      `yaml:"-" json:"-"`
	Ignore []string `yaml:"ignore" json:"ignore,omitempty" doc:"Globs (* and ?) of exposed metric families that are not reported as undocumented, e.g. go_*, process_*, promhttp_*: noise the service's libraries add."`
}

// Component is one separately deployed part of a service.
type Component struct {
	Pos         Pos    `yaml:"-" json:"-"`
	Name        string `yaml:"name" json:"name" doc:"Identifier, for example the binary name." required:"true"`
	Title       string `yaml:"title" json:"title,omitempty" doc:"Display name."`
	Description string `yaml:"description" json:"description,omitempty"`
}

// MetricsEndpoint says how to turn the metrics endpoint on and where it listens.
type MetricsEndpoint struct {
	Pos        Pos    `yaml:"-" json:"-"`
	Config     string `yaml:"config" json:"config,omitempty" doc:"The service configuration snippet that enables metrics (YAML)."`
	ListenAddr string `yaml:"listen_addr" json:"listen_addr,omitempty" doc:"Address the endpoint binds to, host:port."`
	Path       string `yaml:"path" json:"path,omitempty" doc:"HTTP path of the exposition; default /metrics."`
	Scheme     string `yaml:"scheme" json:"scheme,omitempty" doc:"http or https; default http."`
}

// Label declares a label name once for every metric that carries it.
type Label struct {
	Pos         Pos          `yaml:"-" json:"-"`
	Name        string       `yaml:"name" json:"name" required:"true"`
	Description string       `yaml:"description" json:"description,omitempty"`
	Values      []LabelValue `yaml:"values" json:"values,omitempty" doc:"When set, the only values the label takes."`
	Example     string       `yaml:"example" json:"example,omitempty" doc:"A typical value, for docs and the simulator."`
}

// LabelValue is one allowed value of an enumerated label.
type LabelValue struct {
	Pos         Pos    `yaml:"-" json:"-"`
	Value       string `yaml:"value" json:"value" required:"true"`
	Description string `yaml:"description" json:"description,omitempty"`
}

// MetricGroup is a titled set of metrics, as the reference page groups them.
type MetricGroup struct {
	Pos         Pos       `yaml:"-" json:"-"`
	Name        string    `yaml:"name" json:"name" doc:"Identifier used for anchors and overview rows." required:"true"`
	Title       string    `yaml:"title" json:"title,omitempty"`
	Description string    `yaml:"description" json:"description,omitempty"`
	Source      string    `yaml:"source" json:"source,omitempty" doc:"The code unit that exports these metrics (crate, module)."`
	Components  []string  `yaml:"components" json:"components,omitempty" doc:"Components that expose this group; default all."`
	Optional    *Optional `yaml:"optional" json:"optional,omitempty" doc:"The group exists only with a collector, a feature flag or on a platform; obsgen verify reports it absent as info."`
	Metrics     []Metric  `yaml:"metrics" json:"metrics"`
}

// Optional says when a metric or metric group exists: only with a
// collector or feature flag enabled, or only on one platform. At least one
// field is set.
type Optional struct {
	Pos       Pos    `yaml:"-" json:"-"`
	Collector string `yaml:"collector" json:"collector,omitempty" doc:"The exporter's collector that exports it, e.g. systemd."`
	Flag      string `yaml:"flag" json:"flag,omitempty" doc:"The flag or setting that turns it on, e.g. --collector.systemd."`
	Platform  string `yaml:"platform" json:"platform,omitempty" doc:"The only platform (operating system or hardware) that has it, e.g. darwin, or md RAID."`
	Note      string `yaml:"note" json:"note,omitempty" doc:"Anything else a reader needs: when the series appear."`
}

// The metric types the catalogue knows. Untyped is what an exporter serves
// without a TYPE line (node_exporter's vmstat and netstat families): a
// family whose meaning the catalogue does not claim. An SRE who knows such a
// family counts declares it a counter under its exported name instead.
const (
	Counter   = "counter"
	Gauge     = "gauge"
	Histogram = "histogram"
	Summary   = "summary"
	Untyped   = "untyped"
)

// Metric is one metric family as the service exposes it.
type Metric struct {
	Pos         Pos                 `yaml:"-" json:"-"`
	Name        string              `yaml:"name" json:"name" required:"true"`
	Type        string              `yaml:"type" json:"type" doc:"counter, gauge, histogram, summary, or untyped (served without a TYPE, meaning unknown)." enum:"counter,gauge,histogram,summary,untyped" required:"true"`
	Unit        string              `yaml:"unit" json:"unit,omitempty" doc:"Base unit: seconds, bytes, ratio, percent, or a plain noun (connections, requests); empty when dimensionless."`
	Help        string              `yaml:"help" json:"help" doc:"The HELP text, one line." required:"true"`
	Labels      []string            `yaml:"labels" json:"labels,omitempty" doc:"Names of declared labels this metric carries."`
	LabelValues map[string][]string `yaml:"label_values" json:"label_values,omitempty" doc:"Per label this metric carries, the only values its series take, when they are not every value the label declares (or the label declares none): apache_exporter's state is busy or idle on apache_workers, one of 11 scoreboard states on apache_scoreboard and closing, keepalive, total or writing on apache_connections. Lint, the simulator, verify and the docs read a metric's label through them."`
	Buckets     []float64           `yaml:"buckets" json:"buckets,omitempty" doc:"Histogram bucket upper bounds, when known."`
	Quantiles   []float64           `yaml:"quantiles" json:"quantiles,omitempty" doc:"Summary quantiles, when known; [] for a summary that serves none, only _sum and _count (client_golang's default summary, obsgen import writes it so)."`
	ExposedAs   string              `yaml:"exposed_as" json:"exposed_as,omitempty" doc:"The TYPE the exporter serves the family with, when it differs from type: untyped for a family served without a TYPE that an SRE declares a counter or gauge (node_exporter's vmstat and netstat). Naming conventions for counters do not apply to what the exporter does not call a counter." enum:"untyped,gauge,counter"`
	Native      bool                `yaml:"native" json:"native,omitempty" doc:"A histogram exposed as a native histogram (Prometheus 2.40+ with native histograms on, Prometheus 3 client libraries): one series by the family name, read by histogram_quantile() without _bucket or le."`
	Classic     bool                `yaml:"classic" json:"classic,omitempty" doc:"With native: the classic _bucket, _sum and _count series are exposed too."`
	Snapshot    bool                `yaml:"snapshot" json:"snapshot,omitempty" doc:"A histogram or summary the exporter builds anew at every scrape from what exists at that moment (postfix_exporter's ages and sizes of the messages in a queue), OpenMetrics's gauge histogram: its buckets, _sum and _count are levels that fall as well as rise, not totals since the process started. Read them as they are (histogram_quantile() over the raw buckets); rate() of them reads every fall as a counter reset."`
	Optional    *Optional           `yaml:"optional" json:"optional,omitempty" doc:"The metric exists only with a collector, a feature flag or on a platform; default its group's."`
	Notes       string              `yaml:"notes" json:"notes,omitempty" doc:"Caveats for the reference page."`

	// Group is the name of the group the metric belongs to (set on load).
	Group string `yaml:"-" json:"-"`
}

// Endpoint is one HTTP endpoint of a component.
type Endpoint struct {
	Pos         Pos      `yaml:"-" json:"-"`
	Component   string   `yaml:"component" json:"component,omitempty" doc:"Component serving it; empty for the service as a whole."`
	Method      string   `yaml:"method" json:"method" enum:"GET,POST,PUT,PATCH,DELETE,HEAD,OPTIONS" required:"true"`
	Path        string   `yaml:"path" json:"path" required:"true"`
	Description string   `yaml:"description" json:"description" required:"true"`
	Details     string   `yaml:"details" json:"details,omitempty" doc:"Longer explanation (Markdown)."`
	Admin       bool     `yaml:"admin" json:"admin,omitempty" doc:"Part of the operator admin API."`
	Request     *Example `yaml:"request" json:"request,omitempty"`
	Response    *Example `yaml:"response" json:"response,omitempty"`
}

// Example is a request or response body example.
type Example struct {
	Pos         Pos    `yaml:"-" json:"-"`
	ContentType string `yaml:"content_type" json:"content_type,omitempty" doc:"Default application/json."`
	Body        string `yaml:"body" json:"body"`
}

// QueryGroup is a titled set of example queries.
type QueryGroup struct {
	Pos     Pos     `yaml:"-" json:"-"`
	Title   string  `yaml:"title" json:"title" required:"true"`
	Queries []Query `yaml:"queries" json:"queries"`
}

// Query is one named example PromQL expression.
type Query struct {
	Pos     Pos    `yaml:"-" json:"-"`
	Name    string `yaml:"name" json:"name" doc:"Identifier other parts of the spec refer to." required:"true"`
	Title   string `yaml:"title" json:"title" required:"true"`
	Comment string `yaml:"comment" json:"comment,omitempty"`
	Expr    Expr   `yaml:"expr" json:"expr"`
	Unit    string `yaml:"unit" json:"unit,omitempty" doc:"Unit of the result, for docs and panels."`
}

// Overview asks for a generated dashboard with one panel per metric.
type Overview struct {
	Pos   Pos    `yaml:"-" json:"-"`
	UID   string `yaml:"uid" json:"uid" required:"true"`
	Title string `yaml:"title" json:"title" required:"true"`
}

// Dashboard is one Grafana dashboard.
type Dashboard struct {
	Pos         Pos        `yaml:"-" json:"-"`
	UID         string     `yaml:"uid" json:"uid" doc:"Stable Grafana uid; also the file name." required:"true"`
	Title       string     `yaml:"title" json:"title" required:"true"`
	Description string     `yaml:"description" json:"description,omitempty"`
	Tags        []string   `yaml:"tags" json:"tags,omitempty"`
	Refresh     string     `yaml:"refresh" json:"refresh,omitempty" doc:"Auto-refresh interval, e.g. 30s."`
	From        string     `yaml:"from" json:"from,omitempty" doc:"Default time range start, e.g. now-6h."`
	Variables   []string   `yaml:"variables" json:"variables,omitempty" doc:"Label names offered as template variables."`
	Rows        []PanelRow `yaml:"rows" json:"rows"`

	// Offered are the template variables as the dashboard offers them,
	// when known (a mixin's dashboards); a spec's own dashboards get
	// theirs from the grafana generator (see Dashboard.Variable).
	Offered []TemplateVariable `yaml:"-" json:"-"`
}

// TemplateVariable is a dashboard's template variable as Grafana offers it
// (a query or custom variable of templating.list).
type TemplateVariable struct {
	// Name is the variable's name, as $name in queries.
	Name string
	// Multi is set when several values can be selected at once, and
	// IncludeAll when the All option is offered.
	Multi, IncludeAll bool
	// AllValue is what $name becomes when All is selected; empty for
	// Grafana's default (every value, joined as a regex alternation).
	AllValue string
	// Lists is the label a label_values() query variable lists the values
	// of, and From the series it lists them from ("" for any series).
	Lists, From string
}

// PanelRow is a titled row of panels.
type PanelRow struct {
	Pos       Pos     `yaml:"-" json:"-"`
	Title     string  `yaml:"title" json:"title" required:"true"`
	Collapsed bool    `yaml:"collapsed" json:"collapsed,omitempty"`
	Panels    []Panel `yaml:"panels" json:"panels"`
}

// Panel is one Grafana panel.
type Panel struct {
	Pos         Pos         `yaml:"-" json:"-"`
	Title       string      `yaml:"title" json:"title" required:"true"`
	Type        string      `yaml:"type" json:"type" doc:"timeseries, stat, gauge, heatmap, histogram, bargauge, table, state-timeline." enum:"timeseries,stat,gauge,bargauge,heatmap,histogram,table,state-timeline,text" required:"true"`
	Description string      `yaml:"description" json:"description,omitempty"`
	Unit        string      `yaml:"unit" json:"unit,omitempty" doc:"Grafana unit id (s, bytes, reqps, ops, percent, percentunit, short); default from the catalogue."`
	Min         *float64    `yaml:"min" json:"min,omitempty"`
	Max         *float64    `yaml:"max" json:"max,omitempty"`
	Decimals    *int        `yaml:"decimals" json:"decimals,omitempty"`
	Width       int         `yaml:"width" json:"width,omitempty" doc:"Grid width out of 24."`
	Height      int         `yaml:"height" json:"height,omitempty" doc:"Grid height."`
	Thresholds  []Threshold `yaml:"thresholds" json:"thresholds,omitempty" doc:"Explicit thresholds; default from the alert watching the same series."`
	Repeat      string      `yaml:"repeat" json:"repeat,omitempty" doc:"A dashboard variable (without $) Grafana repeats the panel for: one copy per value chosen, in which the variable holds that one value, so label=\"$variable\" selects it."`
	TextMode    string      `yaml:"text_mode" json:"text_mode,omitempty" doc:"What a stat shows: value, name (its legend: a version from a build info's labels, as the apache-http-mixin's Version shows Apache/2.4.71) or value_and_name; default Grafana's auto." enum:"value,name,value_and_name"`
	Stack       string      `yaml:"stack" json:"stack,omitempty" doc:"A graph's series drawn stacked: normal (each on the ones before, so that they add up, as per-CPU shares of a host's busy time do) or percent (as shares of their sum)." enum:"normal,percent"`
	// Mappings are written as Grafana's value mappings.
	Mappings []ValueMapping `yaml:"mappings" json:"mappings,omitempty" doc:"Values shown as text: 1 as Up, 0 as Down (Grafana's value mappings), in stat, gauge, bar gauge, table, state timeline and graph tooltips; a value an alert fires on keeps the alert's colour."`
	Queries  []PanelQuery   `yaml:"queries" json:"queries"`
}

// MappingPanelTypes are the panel types that show a value mapping's text.
var MappingPanelTypes = []string{"timeseries", "stat", "gauge", "bargauge", "table", "state-timeline"}

// ValueMapping shows one value, a range of values or no value as a text,
// optionally in a colour: Grafana's value, range and special mappings.
type ValueMapping struct {
	Pos     Pos      `yaml:"-" json:"-"`
	Value   *float64 `yaml:"value" json:"value,omitempty" doc:"The value shown as the text."`
	From    *float64 `yaml:"from" json:"from,omitempty" doc:"The lowest value of a range shown as the text (inclusive); none for every value up to to."`
	To      *float64 `yaml:"to" json:"to,omitempty" doc:"The highest value of a range shown as the text (inclusive); none for every value from from."`
	NoValue bool     `yaml:"no_value" json:"no_value,omitempty" doc:"Shown when there is no value (null or NaN), e.g. Not running."`
	Text    string   `yaml:"text" json:"text" required:"true"`
	Color   string   `yaml:"color" json:"color,omitempty" doc:"A Grafana colour name (green, red, text) or #rrggbb."`
}

// Threshold is one colour step of a panel.
type Threshold struct {
	Pos   Pos     `yaml:"-" json:"-"`
	Value float64 `yaml:"value" json:"value"`
	Color string  `yaml:"color" json:"color"`
}

// PanelQuery is one target of a panel.
type PanelQuery struct {
	Pos     Pos    `yaml:"-" json:"-"`
	Expr    Expr   `yaml:"expr" json:"expr"`
	Legend  string `yaml:"legend" json:"legend,omitempty" doc:"Legend format, e.g. {{op}}."`
	Instant bool   `yaml:"instant" json:"instant,omitempty"`
	Format  string `yaml:"format" json:"format,omitempty" doc:"time_series (default), table or heatmap." enum:"time_series,table,heatmap"`
	Unit    string `yaml:"unit" json:"unit,omitempty" doc:"Grafana unit id of this query's series where it differs from the panel's (bytes per second beside a share of time in one graph): written as an override of the query; by default each query's own when a panel's queries disagree."`
	// MinInterval is written as the target's interval (Grafana's min
	// step of a Prometheus query).
	MinInterval Duration `yaml:"min_interval" json:"min_interval,omitempty" doc:"The least step Grafana queries with, and so the least $__interval and $__rate_interval (Grafana's min step): 2m keeps every rate over several scrapes, as the squid-mixin's panels ask."`
}

// RuleGroup is a Prometheus rule group: alerting or recording rules.
type RuleGroup struct {
	Pos      Pos      `yaml:"-" json:"-"`
	Name     string   `yaml:"name" json:"name" required:"true"`
	Interval Duration `yaml:"interval" json:"interval,omitempty"`
	// Runs and PartialResponseStrategy place the group in the topology:
	// see topology.go.
	Runs                    string `yaml:"runs" json:"runs,omitempty" doc:"Where the group is evaluated: local (the default) in each Prometheus server, seeing its own cluster only; global in the global ruler (Thanos Ruler, Cortex/Mimir ruler, vmalert over the central VictoriaMetrics), seeing every cluster through the query tier." enum:"local,global"`
	PartialResponseStrategy string `yaml:"partial_response_strategy" json:"partial_response_strategy,omitempty" doc:"Global groups only, for the Thanos Ruler: abort (Thanos's default: an evaluation fails when a store does not answer) or warn (evaluate on what answered, which can miss a cluster's series)." enum:"abort,warn"`
	// AdoptedFrom marks rules taken verbatim from a public mixin: their
	// style (for, severity, summary, runbook) is their authors', so lint
	// reports it as info, while every check of their meaning still applies.
	AdoptedFrom string `yaml:"adopted_from" json:"adopted_from,omitempty" doc:"Where these rules were taken from verbatim, e.g. prometheus/node_exporter docs/node-mixin at a commit, with its licence; lint then reports their style (for, severity, summary, runbook) as info."`
	Rules       []Rule `yaml:"rules" json:"rules"`

	// TestInterval is how often the group's tests evaluate its rules when
	// it is not the group's own interval (derived SLO groups: see
	// slorules.TestInterval); zero for the group's interval.
	TestInterval Duration `yaml:"-" json:"-"`
}

// Rule is an alerting rule (Alert set) or a recording rule (Record set).
type Rule struct {
	Pos           Pos               `yaml:"-" json:"-"`
	Alert         string            `yaml:"alert" json:"alert,omitempty"`
	Record        string            `yaml:"record" json:"record,omitempty"`
	Expr          Expr              `yaml:"expr" json:"expr"`
	For           Duration          `yaml:"for" json:"for,omitempty" written:"ForWritten"`
	KeepFiringFor Duration          `yaml:"keep_firing_for" json:"keep_firing_for,omitempty"`
	Labels        map[string]string `yaml:"labels" json:"labels,omitempty"`
	Annotations   map[string]string `yaml:"annotations" json:"annotations,omitempty"`
	Runbook       *Runbook          `yaml:"runbook" json:"runbook,omitempty" doc:"What the alert means and what to check first."`
	Routing       *Routing          `yaml:"routing" json:"routing,omitempty" doc:"This alert's own owner, receiver, routes, grouping, timings or time intervals, over the service's."`
	Unit          string            `yaml:"unit" json:"unit,omitempty" doc:"Unit of a recording rule's result."`
	Tests         []RuleTest        `yaml:"tests" json:"tests,omitempty" doc:"promtool-style tests of this rule."`

	// SLO is the objective a derived rule was made from (see
	// Catalogue.SLOGroups); nil for a rule written in the spec.
	SLO *SLO `yaml:"-" json:"-"`
	// ForWritten is whether the rule's source wrote for:, even as 0s (an
	// alert meant to fire on one evaluation): set by the spec decoder and
	// by import, and kept by the encoder, so that an imported rule file's
	// for: 0m stays written and deliberate.
	ForWritten bool `yaml:"-" json:"-"`
}

// Runbook is the human side of an alert.
type Runbook struct {
	Pos     Pos      `yaml:"-" json:"-"`
	Meaning string   `yaml:"meaning" json:"meaning,omitempty"`
	Impact  string   `yaml:"impact" json:"impact,omitempty"`
	Checks  []string `yaml:"checks" json:"checks,omitempty" doc:"First things to check, in order."`
	Journey string   `yaml:"journey" json:"journey,omitempty" doc:"Name of the incident journey that handles it."`
	URL     string   `yaml:"url" json:"url,omitempty" doc:"External runbook URL; default the generated page."`
}

// RuleTest is one promtool-style test of a rule.
type RuleTest struct {
	Pos      Pos          `yaml:"-" json:"-"`
	Name     string       `yaml:"name" json:"name" required:"true"`
	Interval Duration     `yaml:"interval" json:"interval,omitempty" doc:"Time between input samples; default 1m."`
	Series   []TestSeries `yaml:"series" json:"series"`
	Alerts   []AlertCheck `yaml:"alerts" json:"alerts,omitempty"`
	Values   []ValueCheck `yaml:"values" json:"values,omitempty"`
}

// TestSeries is one input series in promtool notation.
type TestSeries struct {
	Pos    Pos    `yaml:"-" json:"-"`
	Series string `yaml:"series" json:"series" doc:"Series selector, e.g. up{job=\"x\"}."`
	Values string `yaml:"values" json:"values" doc:"Expanding notation, e.g. 0+10x30."`
}

// AlertCheck expects the alerts firing at one evaluation time.
type AlertCheck struct {
	Pos    Pos             `yaml:"-" json:"-"`
	At     Duration        `yaml:"at" json:"at"`
	Firing []ExpectedAlert `yaml:"firing" json:"firing" doc:"Every instance firing at that time; empty (firing: []) expects the alert not to fire."`
}

// ExpectedAlert is one alert instance with its labels and annotations.
type ExpectedAlert struct {
	Pos         Pos               `yaml:"-" json:"-"`
	Labels      map[string]string `yaml:"labels" json:"labels,omitempty" doc:"The instance's labels (the input series' labels the expression keeps); the rule's labels without templates are added."`
	Annotations map[string]string `yaml:"annotations" json:"annotations,omitempty" doc:"Annotations as expanded; the rule's annotations without templates (and the runbook_url obsgen adds) are added."`
}

// ValueCheck expects the value of an expression at one time.
type ValueCheck struct {
	Pos     Pos          `yaml:"-" json:"-"`
	At      Duration     `yaml:"at" json:"at"`
	Expr    Expr         `yaml:"expr" json:"expr,omitempty" doc:"Expression to evaluate; default the recorded series."`
	Samples []TestSample `yaml:"samples" json:"samples" doc:"Every expected sample; empty expects no result."`
}

// TestSample is one expected sample of a ValueCheck.
type TestSample struct {
	Pos    Pos     `yaml:"-" json:"-"`
	Labels string  `yaml:"labels" json:"labels" doc:"Series in PromQL notation, e.g. {op=\"get\"}; checking the recorded series, its name and the rule's labels are added."`
	Value  float64 `yaml:"value" json:"value"`
}

// Scrape holds the ways Prometheus can find and scrape the service.
type Scrape struct {
	Pos     Pos            `yaml:"-" json:"-"`
	Targets []ScrapeTarget `yaml:"targets" json:"targets"`
}

// ScrapeTarget is one scrape job variant (static targets or DNS discovery).
type ScrapeTarget struct {
	Pos         Pos      `yaml:"-" json:"-"`
	Variant     string   `yaml:"variant" json:"variant" doc:"Name of this way of scraping, e.g. static or dns; the first is the default written to scrape.yaml." required:"true"`
	Title       string   `yaml:"title" json:"title,omitempty"`
	Job         string   `yaml:"job" json:"job,omitempty" doc:"job_name; default the service name."`
	Component   string   `yaml:"component" json:"component,omitempty"`
	Interval    Duration `yaml:"interval" json:"interval,omitempty"`
	Timeout     Duration `yaml:"timeout" json:"timeout,omitempty"`
	MetricsPath string   `yaml:"metrics_path" json:"metrics_path,omitempty"`
	Scheme      string   `yaml:"scheme" json:"scheme,omitempty"`
	// Params are the scrape URL's query parameters (Prometheus's params):
	// a query written into metrics_path would be escaped into the path.
	Params     map[string][]string `yaml:"params" json:"params,omitempty" doc:"Query parameters of the scrape URL, e.g. {module: [http_2xx], target: [https://example.com]} for a blackbox exporter probe."`
	Static     []string            `yaml:"static" json:"static,omitempty" doc:"host:port targets."`
	DNSNames   []string            `yaml:"dns_names" json:"dns_names,omitempty" doc:"DNS SRV (or A with dns_type and dns_port) names."`
	DNSType    string              `yaml:"dns_type" json:"dns_type,omitempty" doc:"SRV (default), A, AAAA or MX." enum:"SRV,A,AAAA,MX,NS"`
	DNSPort    int                 `yaml:"dns_port" json:"dns_port,omitempty"`
	Kubernetes *KubeTarget         `yaml:"kubernetes" json:"kubernetes,omitempty" doc:"ServiceMonitor selection, when the service runs in Kubernetes."`
	// Probe makes the job a prober's (the blackbox exporter's): Prometheus
	// scrapes the prober once per target, the target its instance.
	Probe *ProbeTarget `yaml:"probe" json:"probe,omitempty" doc:"Probe targets through a prober such as the blackbox exporter (instead of static or dns_names): Prometheus asks the prober to probe each target, and each target is the instance of its series."`
	// TargetLabels are declared once per job, and every metric scraped by
	// the job carries them (see Catalogue.TargetLabels).
	TargetLabels []string `yaml:"target_labels" json:"target_labels,omitempty" doc:"Labels service discovery, relabelling or static_configs labels add to every series of this job besides job and instance (namespace, pod, node, ...); declare their values under labels when known."`
	// HonorLabels keeps the job and instance labels the scraped series
	// carry (Prometheus's honor_labels): a Pushgateway's series carry
	// their pusher's, a federation endpoint's their own servers'.
	HonorLabels bool `yaml:"honor_labels" json:"honor_labels,omitempty" doc:"Keep the job, instance and other target labels the scraped series carry themselves instead of renaming them exported_job, exported_instance (Prometheus's honor_labels): for a Pushgateway, whose pushed series carry their pusher's job and instance, or a federation endpoint."`
}

// ProbeTarget is a job of probes: the blackbox exporter's multi-target
// pattern, each target passed as the target parameter and kept as the
// instance label, the prober's address scraped.
type ProbeTarget struct {
	Pos     Pos      `yaml:"-" json:"-"`
	Prober  string   `yaml:"prober" json:"prober" doc:"host:port of the prober Prometheus scrapes, e.g. blackbox-exporter:9115." required:"true"`
	Module  string   `yaml:"module" json:"module" doc:"The prober's module, e.g. http_2xx, tcp_connect or icmp." required:"true"`
	Targets []string `yaml:"targets" json:"targets" doc:"What to probe: URLs for an http module, host:port for tcp, host names for icmp; each is the instance of its series." required:"true"`
}

// KubeTarget says how a ServiceMonitor finds the service.
type KubeTarget struct {
	Pos       Pos               `yaml:"-" json:"-"`
	Namespace string            `yaml:"namespace" json:"namespace,omitempty"`
	Selector  map[string]string `yaml:"selector" json:"selector"`
	Port      string            `yaml:"port" json:"port" doc:"Name of the Service port serving metrics."`
}

// Logging describes the service's logs and how they are shipped.
type Logging struct {
	Pos          Pos        `yaml:"-" json:"-"`
	Format       string     `yaml:"format" json:"format" doc:"json or text." enum:"json,text,logfmt" required:"true"`
	DefaultLevel string     `yaml:"default_level" json:"default_level,omitempty"`
	Config       string     `yaml:"config" json:"config,omitempty" doc:"The service configuration snippet for logging."`
	LevelEnv     string     `yaml:"level_env" json:"level_env,omitempty" doc:"Environment variable that sets the level, e.g. RUST_LOG."`
	Binary       string     `yaml:"binary" json:"binary,omitempty" doc:"Command that starts the service, for the level example."`
	Levels       []LogLevel `yaml:"levels" json:"levels,omitempty"`
	Sample       string     `yaml:"sample" json:"sample,omitempty" doc:"One sample log record."`
	Fields       []LogField `yaml:"fields" json:"fields,omitempty"`
	Shipping     *Shipping  `yaml:"shipping" json:"shipping,omitempty"`
}

// LogLevel is one log level and what it shows.
type LogLevel struct {
	Pos         Pos    `yaml:"-" json:"-"`
	Name        string `yaml:"name" json:"name" required:"true"`
	Description string `yaml:"description" json:"description"`
}

// LogField is one structured field of a log record.
type LogField struct {
	Pos         Pos    `yaml:"-" json:"-"`
	Name        string `yaml:"name" json:"name" required:"true"`
	Type        string `yaml:"type" json:"type" doc:"string, integer, number, boolean or timestamp." enum:"string,integer,number,boolean,timestamp,object" required:"true"`
	Description string `yaml:"description" json:"description,omitempty"`
}

// Shipping describes the log pipelines: where records come from, how they are
// parsed and where they go.
type Shipping struct {
	Pos     Pos          `yaml:"-" json:"-"`
	Tag     string       `yaml:"tag" json:"tag,omitempty" doc:"Fluentd tag prefix; default the service name."`
	Fluentd *FluentdPipe `yaml:"fluentd" json:"fluentd,omitempty"`
	Vector  *VectorPipe  `yaml:"vector" json:"vector,omitempty"`
}

// FluentdPipe is the Fluentd pipeline: a forward source, a parser filter and sinks.
type FluentdPipe struct {
	Pos         Pos       `yaml:"-" json:"-"`
	ForwardPort int       `yaml:"forward_port" json:"forward_port" doc:"Port of the forward input."`
	ParseKey    string    `yaml:"parse_key" json:"parse_key,omitempty" doc:"Record key holding the raw log line; default log."`
	Sinks       []LogSink `yaml:"sinks" json:"sinks"`
}

// VectorPipe is the Vector pipeline: a source, a remap parse and sinks.
type VectorPipe struct {
	Pos           Pos       `yaml:"-" json:"-"`
	Source        string    `yaml:"source" json:"source" doc:"docker_logs, file or kubernetes_logs." enum:"docker_logs,file,kubernetes_logs" required:"true"`
	Containers    []string  `yaml:"containers" json:"containers,omitempty" doc:"docker_logs: container names to include."`
	Paths         []string  `yaml:"paths" json:"paths,omitempty" doc:"file: paths to read."`
	LabelSelector string    `yaml:"label_selector" json:"label_selector,omitempty" doc:"kubernetes_logs: pod label selector, e.g. app.kubernetes.io/name=rstmdb."`
	Sinks         []LogSink `yaml:"sinks" json:"sinks"`
}

// LogSink is one destination of shipped logs.
type LogSink struct {
	Pos      Pos               `yaml:"-" json:"-"`
	Name     string            `yaml:"name" json:"name,omitempty"`
	Type     string            `yaml:"type" json:"type" doc:"elasticsearch, loki or file." enum:"elasticsearch,loki,file"`
	Endpoint string            `yaml:"endpoint" json:"endpoint,omitempty" doc:"URL, e.g. http://elasticsearch:9200."`
	Index    string            `yaml:"index" json:"index,omitempty" doc:"Elasticsearch index name or pattern (strftime, e.g. rstmdb-%Y-%m-%d)."`
	Path     string            `yaml:"path" json:"path,omitempty" doc:"file: output path."`
	Labels   map[string]string `yaml:"labels" json:"labels,omitempty" doc:"loki: stream labels."`
}

// Health describes how to tell whether the service is healthy.
type Health struct {
	Pos    Pos         `yaml:"-" json:"-"`
	CLI    *HealthCLI  `yaml:"cli" json:"cli,omitempty"`
	HTTP   *HealthHTTP `yaml:"http" json:"http,omitempty"`
	Probes []Probe     `yaml:"probes" json:"probes,omitempty"`
}

// HealthCLI is a command that exits 0 when the service is healthy.
type HealthCLI struct {
	Pos         Pos      `yaml:"-" json:"-"`
	Command     []string `yaml:"command" json:"command" doc:"argv, e.g. [rstmdb-cli, -s, localhost:7401, ping]."`
	Timeout     Duration `yaml:"timeout" json:"timeout,omitempty" doc:"Give up after this long; default 5s."`
	Description string   `yaml:"description" json:"description,omitempty"`
}

// HealthHTTP is an HTTP endpoint that answers 2xx when the service is healthy.
type HealthHTTP struct {
	Pos         Pos      `yaml:"-" json:"-"`
	URL         string   `yaml:"url" json:"url" doc:"Full URL used by the health script, e.g. http://localhost:9090/health."`
	Timeout     Duration `yaml:"timeout" json:"timeout,omitempty"`
	Description string   `yaml:"description" json:"description,omitempty"`
}

// Probe is a Kubernetes liveness, readiness or startup probe.
type Probe struct {
	Pos                 Pos      `yaml:"-" json:"-"`
	Kind                string   `yaml:"kind" json:"kind" doc:"liveness, readiness or startup." enum:"liveness,readiness,startup" required:"true"`
	Variant             string   `yaml:"variant" json:"variant,omitempty" doc:"Name of the set of probes this one belongs to (e.g. exec, http); the first variant is written to kubernetes/probes.yaml, others to probes-<variant>.yaml. Set on every probe or on none."`
	Exec                []string `yaml:"exec" json:"exec,omitempty" doc:"Command argv (exec probe)."`
	HTTPPath            string   `yaml:"http_path" json:"http_path,omitempty" doc:"Path of an httpGet probe."`
	HTTPPort            int      `yaml:"http_port" json:"http_port,omitempty"`
	InitialDelaySeconds int      `yaml:"initial_delay_seconds" json:"initial_delay_seconds,omitempty"`
	PeriodSeconds       int      `yaml:"period_seconds" json:"period_seconds,omitempty"`
	TimeoutSeconds      int      `yaml:"timeout_seconds" json:"timeout_seconds,omitempty"`
	FailureThreshold    int      `yaml:"failure_threshold" json:"failure_threshold,omitempty"`
}

// Journey is an incident journey: numbered steps from a trigger to resolution.
type Journey struct {
	Pos     Pos           `yaml:"-" json:"-"`
	Name    string        `yaml:"name" json:"name" required:"true"`
	Title   string        `yaml:"title" json:"title" required:"true"`
	Trigger string        `yaml:"trigger" json:"trigger,omitempty" doc:"Name of the alert that starts the journey."`
	Steps   []JourneyStep `yaml:"steps" json:"steps"`
}

// JourneyStep is one step; it may point at an endpoint, a query, an alert or a panel.
type JourneyStep struct {
	Pos      Pos    `yaml:"-" json:"-"`
	Text     string `yaml:"text" json:"text" required:"true"`
	Endpoint string `yaml:"endpoint" json:"endpoint,omitempty" doc:"METHOD /path of a declared endpoint."`
	Query    string `yaml:"query" json:"query,omitempty" doc:"Name of a declared example query."`
	Alert    string `yaml:"alert" json:"alert,omitempty" doc:"Name of a declared alert."`
}

// SLO is a service level objective: the share of good events (or of good
// time) the service promises over a compliance window, and the SLI that
// measures it. Exactly one SLI kind is set.
type SLO struct {
	Pos         Pos               `yaml:"-" json:"-"`
	Name        string            `yaml:"name" json:"name" doc:"Identifier: lower-case letters, digits, - and _; labels every rule as slo=\"<name>\"."`
	Title       string            `yaml:"title" json:"title,omitempty" doc:"Display name, e.g. Request availability."`
	Description string            `yaml:"description" json:"description,omitempty" doc:"What the objective promises, in a sentence or two."`
	Objective   float64           `yaml:"objective" json:"objective" doc:"Percent of events (or of time) that must be good over the window, e.g. 99.9; strictly between 0 and 100."`
	Window      Duration          `yaml:"window" json:"window,omitempty" doc:"Compliance window; default 30d (28d is the other usual choice). At least 3d, the longest alert window."`
	Labels      map[string]string `yaml:"labels" json:"labels,omitempty" doc:"Labels every rule of the SLO carries, e.g. team and tier."`
	SLI         SLI               `yaml:"sli" json:"sli" doc:"How good and bad events are counted: one of ratio, latency or availability."`
	Alerting    *SLOAlerting      `yaml:"alerting" json:"alerting,omitempty" doc:"The burn-rate alerts: name, labels, annotations, runbook; page and ticket settings."`
}

// SLI says how an SLO counts bad events: a ratio of two event counts, the
// share of a histogram's observations slower than a threshold, or the share
// of time a series shows the service unavailable.
type SLI struct {
	Pos          Pos              `yaml:"-" json:"-"`
	Ratio        *RatioSLI        `yaml:"ratio" json:"ratio,omitempty" doc:"Bad (or good) events over total events."`
	Latency      *LatencySLI      `yaml:"latency" json:"latency,omitempty" doc:"The share of a histogram's observations slower than a threshold."`
	Availability *AvailabilitySLI `yaml:"availability" json:"availability,omitempty" doc:"The share of time a series says unavailable: up or probe_success at 0, or a gauge above at_most."`
}

// RatioSLI counts bad events over total events. Each is a selector of a
// counter (obsgen sums its rate over each window) or a whole expression
// whose range selectors are written [$window].
type RatioSLI struct {
	Pos   Pos  `yaml:"-" json:"-"`
	Bad   Expr `yaml:"bad" json:"bad,omitempty" doc:"Bad events: a counter selector such as rstmdb_requests_errors_total, or an expression with [$window] ranges. Set bad or good."`
	Good  Expr `yaml:"good" json:"good,omitempty" doc:"Good events, when those are what is counted; the error ratio is then 1 - good/total."`
	Total Expr `yaml:"total" json:"total" doc:"All events: a counter selector or an expression with [$window] ranges."`
}

// LatencySLI counts the observations of a histogram slower than a
// threshold, which must be one of its bucket boundaries.
type LatencySLI struct {
	Pos       Pos     `yaml:"-" json:"-"`
	Histogram string  `yaml:"histogram" json:"histogram" doc:"A histogram metric of the catalogue (its family name)."`
	Threshold float64 `yaml:"threshold" json:"threshold" doc:"Requests slower than this are bad, in the histogram's unit; one of its bucket boundaries."`
	Matchers  Expr    `yaml:"matchers" json:"matchers,omitempty" doc:"Label matchers selecting the observations that count, e.g. '{op!=\"watch\"}'."`
}

// AvailabilitySLI counts the time a series says unavailable: a 0/1 series
// such as up or probe_success at 0, or, with AtMost, a gauge above a level
// (a replication lag, a queue age).
type AvailabilitySLI struct {
	Pos      Pos      `yaml:"-" json:"-"`
	Metric   string   `yaml:"metric" json:"metric" doc:"up, probe_success, another 0/1 series (1 = available), or with at_most a gauge."`
	Matchers Expr     `yaml:"matchers" json:"matchers,omitempty" doc:"Label matchers selecting the series, e.g. '{job=\"rstmdb\"}'."`
	AtMost   *float64 `yaml:"at_most" json:"at_most,omitempty" doc:"With a gauge: each series is available while its value is at most this (sampled every minute)."`
}

// SLOAlerting configures an SLO's burn-rate alerts. Both the page and the
// ticket alert carry Name; they differ by their severity and slo_severity
// labels, as variants of one alert.
type SLOAlerting struct {
	Pos         Pos               `yaml:"-" json:"-"`
	Name        string            `yaml:"name" json:"name,omitempty" doc:"Alert name; default the service and SLO names in CamelCase followed by BudgetBurn."`
	Labels      map[string]string `yaml:"labels" json:"labels,omitempty" doc:"Labels added to both alerts."`
	Annotations map[string]string `yaml:"annotations" json:"annotations,omitempty" doc:"Annotations added to both alerts (template-free ones are checked by the generated tests)."`
	Runbook     *Runbook          `yaml:"runbook" json:"runbook,omitempty" doc:"What the alerts mean and what to check first."`
	Page        *SLOAlert         `yaml:"page" json:"page,omitempty" doc:"The page alert: 2 % of the budget in 1h (14.4x for 30d) or 5 % in 6h (6x)."`
	Ticket      *SLOAlert         `yaml:"ticket" json:"ticket,omitempty" doc:"The ticket alert: 10 % of the budget in 1d (3x for 30d) or in 3d (1x)."`
}

// SLOAlert tunes one of an SLO's two alerts.
type SLOAlert struct {
	Pos         Pos               `yaml:"-" json:"-"`
	Disable     bool              `yaml:"disable" json:"disable,omitempty" doc:"Do not generate this alert."`
	Labels      map[string]string `yaml:"labels" json:"labels,omitempty" doc:"Labels of this alert; severity defaults to critical (page) and warning (ticket)."`
	Annotations map[string]string `yaml:"annotations" json:"annotations,omitempty"`
}

// Note is a free-form titled section of the reference page.
type Note struct {
	Pos   Pos    `yaml:"-" json:"-"`
	Title string `yaml:"title" json:"title" required:"true"`
	Body  string `yaml:"body" json:"body" doc:"Markdown." required:"true"`
}

// Correction records where the catalogue deliberately departs from its source page.
type Correction struct {
	Pos     Pos    `yaml:"-" json:"-"`
	Subject string `yaml:"subject" json:"subject" doc:"What was changed, e.g. alert RstmdbWALGrowing." required:"true"`
	Page    string `yaml:"page" json:"page" doc:"What the page said."`
	Spec    string `yaml:"spec" json:"spec" doc:"What the catalogue says instead."`
	Why     string `yaml:"why" json:"why" required:"true"`
}
