// Package e2e holds obsgen's end-to-end tests: a real Prometheus server
// (Debian's prometheus, 2.42) loads the generated prometheus.yml and rule
// files, scrapes `obsgen simulate` (internal/simulate) on 127.0.0.1, and the
// test checks through the HTTP API that every rule loaded and evaluates
// with health ok, that a scenario's alert fires and that no other does.
// A second test adds a real Alertmanager (Debian's, 0.25) on the generated
// alertmanager.yml, its receivers posting to a webhook server in the test:
// each seed's source alert, sent by both servers of an HA pair, reaches
// the receiver its spec says once, without the replica label, with its
// runbook and dashboard links; the alert it inhibits in the same scope
// reaches no one, and the same alert outside it (another instance, or the
// same instance name in another cluster) does arrive.
//
// Two more tests run the engines beyond one Prometheus (built by
// scripts/engines.sh): two Prometheus servers as clusters a and b, each with
// a Thanos sidecar, Thanos Query over both and a Thanos Ruler on the
// generated global rules, where a fleet-wide alert fires only once the
// scenario runs in both clusters while each Prometheus fires its local
// alert; and vmalert on the generated Prometheus rule files against a
// single-node VictoriaMetrics fed by Prometheus's remote write.
//
// Time is compressed so that a run takes seconds: in the copy of the
// catalogue the test generates from, every range selector spans Window and
// every for and keep_firing_for is dropped, and Prometheus scrapes and
// evaluates every second. The simulator derives its series from the same
// compressed catalogue, so a scenario's rate or growth is sized for the
// compressed windows.
package e2e
