// A mixin checked out without jb install: its dashboards need grafonnet,
// which jsonnetfile.json lists but vendor/ does not hold. Its alerts and
// rules are still linted.
{
  _config+:: {
    rstmdbSelector: 'job="rstmdb"',
  },

  prometheusAlerts+:: {
    groups+: [{
      name: 'rstmdb',
      rules: [{
        alert: 'RstmdbConnectionsNearLimit',
        expr: 'rstmdb_connections_active{%(rstmdbSelector)s} / rstmdb_connections_limit{%(rstmdbSelector)s} > 0.8' % $._config,
        'for': '5m',
        labels: { severity: 'warning' },
      }],
    }],
  },

  prometheusRules+:: {
    groups+: [{
      name: 'rstmdb.rules',
      rules: [{
        record: 'job:rstmdb_requests:rate5m',
        expr: 'sum by (job) (rate(rstmdb_requests_total{%(rstmdbSelector)s}[5m]))' % $._config,
      }],
    }],
  },
} + (import 'dashboards/dashboards.libsonnet')
