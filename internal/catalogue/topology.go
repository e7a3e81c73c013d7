package catalogue

// Where a rule group is evaluated (RuleGroup.Runs).
const (
	// RunsLocal groups are evaluated in each Prometheus server, over the
	// series of its own cluster; they are the Prometheus rule files.
	RunsLocal = "local"
	// RunsGlobal groups are evaluated by the global ruler over every
	// cluster's series, through the query tier.
	RunsGlobal = "global"
)

// Thanos Ruler's partial response strategies (RuleGroup.PartialResponseStrategy).
const (
	PartialResponseAbort = "abort"
	PartialResponseWarn  = "warn"
)

// QueryTier is the organisation's global query tier: a Prometheus-compatible
// query API over every cluster, deduplicated (Thanos Query, Mimir's or
// Cortex's query frontend, VictoriaMetrics' select API).
type QueryTier struct {
	Pos  Pos    `yaml:"-" json:"-"`
	Name string `yaml:"name" json:"name,omitempty" doc:"The Grafana datasource's name; default Thanos Query."`
	URL  string `yaml:"url" json:"url" doc:"The Prometheus-compatible query API's base URL, as Grafana reaches it, e.g. http://thanos-query.monitoring.svc:9090." required:"true"`
}

// DefaultQueryTierName names the query tier's datasource when the
// organisation gives no name.
const DefaultQueryTierName = "Thanos Query"

// DatasourceName returns the name of the query tier's Grafana datasource.
func (q *QueryTier) DatasourceName() string {
	if q.Name != "" {
		return q.Name
	}
	return DefaultQueryTierName
}

// IsGlobal reports whether the group runs in the global ruler.
func (g *RuleGroup) IsGlobal() bool { return g.Runs == RunsGlobal }

// LocalGroups returns the groups evaluated in each Prometheus server, in
// order.
func LocalGroups(groups []RuleGroup) []RuleGroup {
	var out []RuleGroup
	for _, g := range groups {
		if !g.IsGlobal() {
			out = append(out, g)
		}
	}
	return out
}

// GlobalGroups returns the groups evaluated by the global ruler, in order.
func GlobalGroups(groups []RuleGroup) []RuleGroup {
	var out []RuleGroup
	for _, g := range groups {
		if g.IsGlobal() {
			out = append(out, g)
		}
	}
	return out
}

// GlobalRuleGroups returns the service's global groups: recording groups
// first, then alerting groups (the order a ruler should evaluate them in,
// since a global alert may read a global recording rule).
func (c *Catalogue) GlobalRuleGroups() []RuleGroup {
	return append(GlobalGroups(c.RecordGroups), GlobalGroups(c.AlertGroups)...)
}

// DeduplicationLabel returns the organisation's deduplication (replica)
// label, or "".
func (c *Catalogue) DeduplicationLabel() string {
	if c.Organisation == nil {
		return ""
	}
	return c.Organisation.DeduplicationLabel
}

// ClusterLabels returns the organisation's cluster-level external labels:
// every external label but the deduplication label (cluster, region). Inside
// one Prometheus server they have one value, and the server's own series do
// not carry them (Prometheus adds external labels only to what leaves it).
func (c *Catalogue) ClusterLabels() []string {
	var out []string
	for _, l := range c.ExternalLabels() {
		if l.Name != c.DeduplicationLabel() {
			out = append(out, l.Name)
		}
	}
	return out
}

// RunsGlobally reports whether rule r of the catalogue is in a global
// group.
func (c *Catalogue) RunsGlobally(r *Rule) bool {
	g := c.GroupOf(r)
	return g != nil && g.IsGlobal()
}
