// rstmdb's alerting rules, imported by rstmdb.jsonnet (relative to it).
// Two differ from the page, as the corrections in rstmdb.jsonnet record.
local obsgen = import 'obsgen.libsonnet';
local tests = import 'tests.libsonnet';

// warning is an alert of severity warning that fires after five minutes.
local warning(name, expr, summary, description, runbook, after='5m') = {
  alert: name,
  expr: expr,
  'for': after,
  labels: { severity: 'warning' },
  annotations: { summary: summary, description: description },
  runbook: runbook,
  tests: tests[name],
};

[
  obsgen.serviceDownAlert('rstmdb', runbook={
    meaning: 'Prometheus cannot scrape the rstmdb metrics endpoint; the server is down or unreachable.',
    impact: 'Clients cannot reach this server; no metrics are recorded for it.',
    checks: [
      'Run the health check script against the instance; it pings the server over the client port.',
      'Check the process and its logs (RUST_LOG=debug for more detail).',
      'Check the network path from Prometheus to port 9090.',
    ],
  }) + { tests: tests.RstmdbDown },
  warning(
    'RstmdbHighErrorRate',
    'rate(rstmdb_requests_errors_total[5m]) > 10',
    'High error rate in rstmdb',
    '{{ $labels.instance }} returns {{ $value | humanize }} {{ $labels.code }} errors/s for {{ $labels.op }}.',
    {
      meaning: 'More than 10 errors per second for one operation and error code on one instance, for 5 minutes.',
      checks: [
        'Find the operation and code in the Error Rate panel.',
        'Look for matching error records in the server logs.',
      ],
    },
  ),
  warning(
    'RstmdbHighLatency',
    'histogram_quantile(0.99, rate(rstmdb_requests_duration_seconds_bucket[5m])) > 1',
    'High latency in rstmdb (p99 > 1s)',
    'p99 latency of {{ $labels.op }} on {{ $labels.instance }} is {{ $value | humanizeDuration }}.',
    {
      meaning: 'The 99th percentile duration of one operation on one instance exceeds one second.',
      checks: [
        'Compare with WAL write duration and fsync rate; slow storage shows there first.',
        'Check active connections and subscriptions for load.',
      ],
    },
  ),
  warning(
    'RstmdbWALGrowing',
    'delta(rstmdb_wal_size_bytes[1h]) > 1073741824',
    'WAL growing rapidly (>1GB/hour)',
    'The WAL of {{ $labels.instance }} grew by {{ $value | humanize1024 }}B in the last hour.',
    {
      meaning: 'The write-ahead log grew by more than 1 GiB within an hour, for 30 minutes.',
      checks: [
        'Check WAL segments and whether old segments are being removed.',
        'Check the event rate for an unusual write load.',
      ],
    },
    after='30m',
  ) + { routing: { repeat_interval: '12h' } },
  warning(
    'RstmdbConnectionsRejected',
    'increase(rstmdb_connections_rejected[5m]) > 0',
    'Connections rejected (limit reached)',
    '{{ $labels.instance }} rejected {{ $value | humanize }} connections in 5 minutes because its connection limit was reached.',
    {
      meaning: 'rstmdb refused new connections because it reached its connection limit.',
      checks: [
        'Check Active Connections for a client that leaks or floods connections.',
        'Raise the connection limit if the load is legitimate.',
      ],
    },
  ),
]
