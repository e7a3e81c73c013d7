package alertmanager

import (
	"context"
	"log/slog"
	"slices"
	"testing"
	"time"

	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/prometheus/alertmanager/alert"
	amcommoncfg "github.com/prometheus/alertmanager/config/common"
	"github.com/prometheus/alertmanager/dispatch"
	"github.com/prometheus/alertmanager/eventrecorder"
	"github.com/prometheus/alertmanager/inhibit"
	"github.com/prometheus/alertmanager/labelset"
	"github.com/prometheus/alertmanager/provider/mem"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/common/model"
)

// clusterRuns returns the runs whose organisation declares cluster-level
// external labels, loaded; the seeds must be one of them.
func clusterRuns(t *testing.T) map[string][]*catalogue.Catalogue {
	t.Helper()
	out := map[string][]*catalogue.Catalogue{}
	for name, r := range runs {
		cs := load(t, r.root, r.services...)
		if len(cs[0].ClusterLabels()) > 0 {
			out[name] = cs
		}
	}
	if out["seeds"] == nil {
		t.Fatal("the seeds' organisation declares no cluster-level external label")
	}
	return out
}

// alertLabels are the labels of rule r as Alertmanager receives it from
// the Prometheus server of cluster: what the rule sets, the cluster-level
// external labels (cluster, for each of them), and the value shared for
// every other label in shared (instance, job): static target names repeat
// from cluster to cluster. No replica: prometheus.yml drops it.
func alertLabels(c *catalogue.Catalogue, r *catalogue.Rule, cluster string, shared []string) model.LabelSet {
	ls := model.LabelSet{}
	for _, l := range shared {
		ls[model.LabelName(l)] = model.LabelValue(l + "-1")
	}
	if _, ok := ls["instance"]; ok {
		ls["instance"] = "node-1:9090"
	}
	for k, v := range r.SetLabels() {
		ls[model.LabelName(k)] = model.LabelValue(v)
	}
	for _, l := range c.ClusterLabels() {
		ls[model.LabelName(l)] = model.LabelValue(cluster)
	}
	return ls
}

// mutes runs Alertmanager's inhibitor on the generated inhibit rules with
// source firing and reports whether it mutes target.
func mutes(t *testing.T, cfgRules []amcommoncfg.InhibitRule, source, target model.LabelSet) bool {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	logger := slog.New(slog.DiscardHandler)
	alerts, err := mem.NewAlerts(ctx, time.Minute, 0, nil, logger, eventrecorder.NopRecorder(), prometheus.NewRegistry(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer alerts.Close()
	now := time.Now()
	a := alert.New(model.Alert{Labels: source, StartsAt: now.Add(-time.Minute), EndsAt: now.Add(time.Hour)}, now, false)
	if err := alerts.Put(ctx, a); err != nil {
		t.Fatal(err)
	}
	ih := inhibit.NewInhibitor(alerts, cfgRules, logger, eventrecorder.NopRecorder())
	go ih.Run()
	defer ih.Stop()
	ih.WaitForLoading()
	return ih.Mutes(ctx, labelset.FromModel(target))
}

// TestAnInhibitionMutesItsTargetsInTheSourcesClusterOnly runs every pair
// of alerts each generated inhibit rule may pair through Alertmanager's own
// inhibitor: the target in the source's cluster, with the same values of
// every other equal label, is muted; the same target from another cluster,
// with the same instance and job (static target names repeat from cluster
// to cluster), is not. With equal: [instance], or [alertname, instance],
// one RstmdbDown, or one page, would mute every cluster.
func TestAnInhibitionMutesItsTargetsInTheSourcesClusterOnly(t *testing.T) {
	for name, cs := range clusterRuns(t) {
		t.Run(name, func(t *testing.T) {
			_, cfg, _ := writeConfig(t, name) // as Alertmanager loads it
			pairs := 0
			for _, c := range cs {
				for _, ri := range c.Inhibitions() {
					shared := []string{"instance", "job"}
					for _, l := range ri.Equal {
						if !slices.Contains(c.ClusterLabels(), l) && !slices.Contains(shared, l) {
							shared = append(shared, l)
						}
					}
					for _, p := range ri.Pairs() {
						pairs++
						src := alertLabels(c, p[0], "eu1", shared)
						here, there := alertLabels(c, p[1], "eu1", shared), alertLabels(c, p[1], "us1", shared)
						if !mutes(t, cfg.InhibitRules, src, here) {
							t.Errorf("%s: %s does not mute %s in its own cluster (equal %v)", c.Service.Name, src, here, ri.Equal)
						}
						if mutes(t, cfg.InhibitRules, src, there) {
							t.Errorf("%s: %s mutes %s of another cluster (equal %v)", c.Service.Name, src, there, ri.Equal)
						}
					}
				}
			}
			if pairs == 0 {
				t.Fatal("no inhibition pairs any alerts")
			}
		})
	}
}

// TestEveryRouteGroupsEachClusterApart: every route an alert can land on,
// and the root route, groups by each cluster-level external label, so that
// the same alert of the same target name in two clusters makes two
// notifications (two pages for two outages), not one.
func TestEveryRouteGroupsEachClusterApart(t *testing.T) {
	for name, cs := range clusterRuns(t) {
		t.Run(name, func(t *testing.T) {
			_, cfg, _ := writeConfig(t, name) // as Alertmanager loads it
			tree := dispatch.NewRoute(cfg.Route, nil)
			check := func(what string, rt *dispatch.Route) {
				if rt.RouteOpts.GroupByAll {
					return
				}
				for _, l := range cs[0].ClusterLabels() {
					if _, ok := rt.RouteOpts.GroupBy[model.LabelName(l)]; !ok {
						t.Errorf("%s lands on a route grouped by %v, without %s: two clusters' alerts make one notification", what, rt.RouteOpts.GroupBy, l)
					}
				}
			}
			check("an alert no service routes", tree)
			for _, c := range cs {
				for _, r := range c.Alerts() {
					ls := alertLabels(c, r, "eu1", []string{"instance", "job"})
					for _, rt := range tree.Match(ls) {
						check(c.Service.Name+": "+c.VariantName(r), rt)
					}
				}
			}
		})
	}
}
