package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/obsgen/obsgen/internal/simulate"
	"github.com/prometheus/common/model"
	"github.com/spf13/cobra"
)

func newSimulateCmd() *cobra.Command {
	var sf specFlags
	var listen string
	var scenarios []string
	cmd := &cobra.Command{
		Use:   "simulate SPEC [--listen ADDR] [--scenario ALERT]",
		Short: "Serve (or print) a synthetic exposition of the catalogue's metrics",
		Long: `simulate is a synthetic exporter for one service: every catalogue metric
with plausible values (counters growing, gauges steady, histograms with
cumulative buckets, summaries with quantiles) and every label value the
catalogue enumerates (free labels take their example), in the Prometheus
text format 0.0.4.

Without --listen it prints the exposition once. With --listen it serves it on
the service's metrics path and answers the declared health endpoints, until
interrupted; point Prometheus at it with the generated prometheus.yml.

--scenario ALERT drives the series so that this alert's condition holds and,
where possible, no other alert's does. Alerts on up == 0 (the target is
down) are simulated by answering 503 on the metrics path, so they need
--listen.

When several rules share the alert name (a warning and a critical variant,
told apart by their labels), --scenario NAME drives every variant of it;
a label selector picks some: --scenario 'NAME{severity="warning"}' drives
the warning rule only, where the critical one's threshold allows it (a
critical threshold past the warning one on the same series fires both).
Any PromQL matcher works: =, !=, =~ and !~.

--scenario may be given several times to drive a cascade at once: a node
down and the sync lag it causes (--scenario ClusterNodeDown --scenario
SyncLagHigh), to see what Alertmanager inhibits.

Families are served as the catalogue records them: a counter without _total
under its exact name, an untyped family as untyped, a native histogram as a
histogram family with _sum, _count and the +Inf bucket only (the text
format cannot carry native buckets).`,
		Example: `  obsgen simulate specs/rstmdb
  obsgen simulate specs/rstmdb --listen 127.0.0.1:9090
  obsgen simulate specs/stemedb --listen 127.0.0.1:9100 --scenario SyncLagHigh
  obsgen simulate specs/stemedb --listen 127.0.0.1:9100 --scenario ClusterNodeDown --scenario SyncLagHigh
  obsgen simulate specs/node --scenario 'NodeFilesystemAlmostOutOfSpace{severity="critical"}'`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			res, err := load(&sf, args)
			if err != nil {
				return err
			}
			if len(res.Catalogues) != 1 {
				return usagef("%s: give one service folder, not %d", args[0], len(res.Catalogues))
			}
			if err := refuseErrors(cmd.ErrOrStderr(), res, "text", args[0], "simulating"); err != nil {
				return err
			}
			c := res.Catalogues[0]
			for _, scenario := range scenarios {
				if _, err := c.SelectAlerts(scenario); err != nil {
					return usagef("--scenario %q: %w", scenario, err)
				}
			}
			var opts simulate.Options
			if len(scenarios) > 0 {
				opts = simulate.Options{Scenario: scenarios[0], Also: scenarios[1:]}
			}
			body, err := simulate.Exposition(c, opts)
			if listen == "" {
				if errors.Is(err, simulate.ErrDown) {
					return problemsf("%w: run with --listen, where the metrics path answers 503", err)
				}
				if err != nil {
					return problems(err)
				}
				_, err := cmd.OutOrStdout().Write(body)
				return err
			}
			if err != nil && !errors.Is(err, simulate.ErrDown) {
				return problems(err)
			}
			ln, err := net.Listen("tcp", listen)
			if err != nil {
				return usage(err)
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), syscall.SIGINT, syscall.SIGTERM)
			defer stop()
			what := "healthy"
			if len(scenarios) > 0 {
				what = "scenario " + strings.Join(scenarios, ", ")
			}
			health := ""
			if paths := simulate.HealthPaths(c); len(paths) > 0 {
				health = " (health: " + strings.Join(paths, ", ") + ")"
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "obsgen: simulating %s (%s) on http://%s%s%s\n",
				c.Service.Name, what, ln.Addr(), strings.Join(simulate.MetricsPaths(c), ", "), health)
			for _, r := range c.Alerts() {
				if err := simulate.Drivable(c, r); err != nil && len(scenarios) == 0 {
					fmt.Fprintf(cmd.ErrOrStderr(), "obsgen: no scenario can drive %s: %v\n", c.VariantName(r), err)
				}
			}
			for _, scenario := range scenarios {
				rules, _ := c.SelectAlerts(scenario)
				for _, r := range rules {
					window, hold := simulate.Wait(r)
					if text := firesWithin(c.VariantName(r), window, hold); text != "" {
						fmt.Fprintln(cmd.ErrOrStderr(), text)
					}
				}
			}
			return serveSimulator(ctx, ln, simulate.Handler(c, opts))
		},
	}
	sf.register(cmd)
	cmd.Flags().StringVarP(&listen, "listen", "l", "", "serve on this address (host:port) instead of printing once")
	cmd.Flags().StringArrayVarP(&scenarios, "scenario", "s", nil, `alert whose condition the series satisfy: NAME (every variant) or NAME{severity="critical"}; repeat for several at once`)
	return cmd
}

// serveSimulator runs an HTTP server on ln until ctx ends, then shuts it down.
func serveSimulator(ctx context.Context, ln net.Listener, h http.Handler) error {
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return problems(err)
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return srv.Shutdown(shutdown)
}

// firesWithin says how soon a scenario fires an alert: once its windows
// hold the scenario's samples, then once its for: passes; "" for one that
// fires at the first evaluation.
func firesWithin(alert string, window, hold time.Duration) string {
	switch {
	case window > 0 && hold > 0:
		return fmt.Sprintf("obsgen: %s fires within about %s: its windows (up to %s) fill with the scenario's samples, then its for: (%s) passes",
			alert, model.Duration(window+hold), model.Duration(window), model.Duration(hold))
	case window > 0:
		return fmt.Sprintf("obsgen: %s fires within about %s, once its windows fill with the scenario's samples", alert, model.Duration(window))
	case hold > 0:
		return fmt.Sprintf("obsgen: %s fires within about %s, once its for: passes (it reads no range)", alert, model.Duration(hold))
	}
	return ""
}
