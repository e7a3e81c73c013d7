local utils = import 'lib/utils.libsonnet';  // vendored

{
  prometheusAlerts+:: {
    groups+: [
      {
        name: 'rstmdb-templated',
        rules: [
          {
            alert: 'RstmdbErrors',
            expr: |||
              sum by (op) (
                rate(rstmdb_requests_errors_total{%(rstmdbSelector)s}[%(rateInterval)s])
              ) > %(errorThreshold)d
            ||| % $._config,
            'for': '5m',
            labels: { severity: 'warning' },
          },
          {
            alert: 'RstmdbConnectionsNearLimit',
            // A second line of a text block, an unknown metric on it.
            expr: |||
              rstmdb_connections_active{%(rstmdbSelector)s}
                / rstmdb_connections_limit{%(rstmdbSelector)s} > 0.8
            ||| % $._config,
            'for': '5m',
            labels: { severity: 'warning' },
          },
          {
            alert: 'RstmdbWALGrowing',
            // A metric name made by a placeholder: the finding is at it.
            expr: 'increase(%(walPrefix)s_size_bytes{%(rstmdbSelector)s}[1h]) > 1e9' % $._config,
            'for': '30m',
            labels: { severity: 'warning' },
          },
          {
            alert: 'RstmdbMemoryRate',
            // Escapes before the mistake shift its column.
            expr: 'rate(rstmdb_memory_used_bytes{%(rstmdbSelector)s, op!=\'x\'}[5m]) > 0' % $._config,
            labels: { severity: 'warning' },
          },
          {
            alert: 'RstmdbFsyncsSlow',
            // Made by a vendored helper: not located in the library, so
            // it keeps the path.
            expr: utils.rateAbove('rstmdb_wal_fsync_total', $._config.rstmdbSelector, 100),
            labels: { severity: 'warning' },
          },
        ],
      },
    ],
  },
}
