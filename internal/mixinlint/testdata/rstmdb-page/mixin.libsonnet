// An upstream-style mixin for rstmdb, as a team might already run it: the
// alerts and panels of the rstmdb monitoring page, written the mixin way,
// mistakes included.
local utils = import 'lib/utils.libsonnet';  // from vendor/, as jsonnet-bundler puts it

{
  _config+:: {
    rstmdbSelector: 'job="rstmdb"',
  },

  prometheusAlerts+:: {
    groups+: [{
      name: 'rstmdb',
      rules: [
        {
          alert: 'RstmdbDown',
          expr: 'up{%(rstmdbSelector)s} == 0' % $._config,
          'for': '1m',
          labels: { severity: 'critical' },
        },
        {
          alert: 'RstmdbConnectionsNearLimit',
          expr: 'rstmdb_connections_active / rstmdb_connections_limit > 0.8',
          'for': '5m',
          labels: { severity: 'warning' },
        },
        {
          alert: 'RstmdbWALGrowing',
          expr: 'increase(rstmdb_wal_size_bytes[1h]) > 1073741824',
          'for': '30m',
          labels: { severity: 'warning' },
        },
      ],
    }],
  },

  prometheusRules+:: {
    groups+: [{
      name: 'rstmdb.rules',
      rules: [
        { record: 'op:rstmdb_requests:rate5m', expr: utils.sumRate('rstmdb_requests_total', ['op']) },
      ],
    }],
  },

  grafanaDashboards+:: {
    'rstmdb.json': {
      uid: 'rstmdb',
      title: 'rstmdb',
      panels: [
        {
          type: 'row',
          title: 'Storage',
          collapsed: true,
          panels: [
            { type: 'stat', title: 'WAL Size (MB)', targets: [{ expr: 'rstmdb_wal_size_bytes / 1024 / 1024' }] },
          ],
        },
        {
          type: 'timeseries',
          title: 'Errors by reason',
          targets: [{ expr: 'sum by (reason) (rate(rstmdb_requests_errors_total{op=~"$op"}[$__rate_interval]))' }],
        },
      ],
    },
  },
}
