// promtool-style tests of rstmdb's alerts, by alert name (see the comments
// in specs/rstmdb/alerts.yaml for how the times were chosen).
local target = { job: 'rstmdb', instance: 'localhost:9090' };

// series is an input series of the test instance, with more matchers.
local series(name, values, more='') =
  { series: '%s{job="rstmdb", instance="localhost:9090"%s}' % [name, more], values: values };

local quiet(at) = { at: at, firing: [] };

local firing(at, labels, description) =
  { at: at, firing: [{ labels: target + labels, annotations: { description: description } }] };

local errors = ', op="APPLY_EVENT", code="NOT_FOUND"';

// buckets is the histogram of GET_STATE requests with one rate per bound.
local buckets(rates) = [
  series('rstmdb_requests_duration_seconds_bucket', rates[le], ', op="GET_STATE", le="%s"' % le)
  for le in ['0.5', '1', '2', '+Inf']
];

{
  RstmdbDown: [
    {
      name: 'fires once scrapes have failed for a minute',
      series: [series('up', '1 0x5')],
      alerts: [
        quiet('1m'),
        firing('3m', {}, 'Prometheus has failed to scrape localhost:9090 for more than a minute.'),
      ],
    },
    {
      name: 'stays quiet while scrapes succeed',
      series: [series('up', '1x5')],
      alerts: [quiet('5m')],
    },
  ],
  RstmdbHighErrorRate: [
    {
      name: 'fires after five minutes above 10 errors/s',
      series: [series('rstmdb_requests_errors_total', '0+1200x20', errors)],
      alerts: [
        quiet('7m'),
        firing('10m', { op: 'APPLY_EVENT', code: 'NOT_FOUND' }, 'localhost:9090 returns 20 NOT_FOUND errors/s for APPLY_EVENT.'),
      ],
    },
    {
      name: 'stays quiet at 5 errors/s',
      series: [series('rstmdb_requests_errors_total', '0+300x20', errors)],
      alerts: [quiet('10m')],
    },
  ],
  RstmdbHighLatency: [
    {
      name: 'fires when p99 stays above one second',
      series: buckets({ '0.5': '0x20', '1': '0x20', '2': '0+60x20', '+Inf': '0+60x20' }),
      alerts: [
        quiet('5m'),
        firing('10m', { op: 'GET_STATE' }, 'p99 latency of GET_STATE on localhost:9090 is 1.99s.'),
      ],
    },
    {
      name: 'stays quiet when requests take under a second',
      series: buckets({ '0.5': '0x20', '1': '0+60x20', '2': '0+60x20', '+Inf': '0+60x20' }),
      alerts: [quiet('10m')],
    },
  ],
  RstmdbWALGrowing: [
    {
      name: 'fires after half an hour of growth above 1 GiB/hour',
      series: [series('rstmdb_wal_size_bytes', '1073741824+33554432x80')],
      alerts: [
        quiet('61m'),
        firing('70m', {}, 'The WAL of localhost:9090 grew by 1.875GiB in the last hour.'),
      ],
    },
    {
      name: 'stays quiet at 480 MiB/hour',
      series: [series('rstmdb_wal_size_bytes', '1073741824+8388608x80')],
      alerts: [quiet('70m')],
    },
  ],
  RstmdbConnectionsRejected: [
    {
      name: 'fires after five minutes of rejections',
      series: [series('rstmdb_connections_rejected', '0+3x20')],
      alerts: [
        quiet('5m'),
        firing('10m', {}, 'localhost:9090 rejected 15 connections in 5 minutes because its connection limit was reached.'),
      ],
    },
    {
      name: 'stays quiet while nothing is rejected',
      series: [series('rstmdb_connections_rejected', '5x20')],
      alerts: [quiet('10m')],
    },
  ],
}
