{
  grafanaDashboards+:: {
    // An exported dashboard wrapped once more, as Grafana's API gives it:
    // nothing of it would be linted.
    'rstmdb-wrapped.json': {
      dashboard: { uid: 'rstmdb-wrapped', title: 'wrapped', panels: [{ type: 'stat', title: 'Up', targets: [{ expr: 'up' }] }] },
    },
    'rstmdb-templated.json': {
      uid: 'rstmdb-templated',
      title: 'rstmdb (templated)',
      templating: {
        list: [
          { name: 'datasource', type: 'datasource', query: 'prometheus' },
          { name: 'instance', type: 'query', multi: true, includeAll: true, allValue: '.*' },
          { name: 'op', type: 'custom', query: 'APPLY_EVENT,GET_STATE', multi: false, includeAll: false },
          { name: 'interval', type: 'interval', query: '1m,5m' },
          // A string where Grafana wants a boolean: read as unset.
          { name: 'job', type: 'query', multi: 'true' },
        ],
      },
      panels: [
        {
          type: 'timeseries',
          title: 'Requests',
          targets: [{
            expr: |||
              sum by (op) (
                rate(rstmdb_requests_total{%(rstmdbSelector)s, instance=~"$instance"}[$__rate_interval])
              )
            ||| % $._config,
          }],
        },
        {
          type: 'timeseries',
          title: 'WAL writes',
          targets: [{ expr: 'sum(rate(rstmdb_wal_writes{%(rstmdbSelector)s}[$__rate_interval]))' % $._config }],
        },
        // Repeated for each instance chosen: = is right in each copy.
        {
          type: 'timeseries',
          title: 'Requests of $instance',
          repeat: 'instance',
          targets: [{ expr: 'sum(rate(rstmdb_requests_total{%(rstmdbSelector)s, instance="$instance"}[$__rate_interval]))' % $._config }],
        },
        // A collapsed row repeated for each instance, and an open one
        // whose panels follow it.
        {
          type: 'row',
          title: '$instance',
          collapsed: true,
          repeat: 'instance',
          panels: [{
            type: 'stat',
            title: 'Connections',
            targets: [{ expr: 'rstmdb_connections_active{%(rstmdbSelector)s, instance="$instance"}' % $._config }],
          }],
        },
        { type: 'row', title: 'Per instance', repeat: 'instance', panels: [] },
        {
          type: 'stat',
          title: 'WAL size',
          targets: [{ expr: 'rstmdb_wal_size_bytes{%(rstmdbSelector)s, instance="$instance"}' % $._config }],
        },
        // A row that repeats for nothing: its panels compare with = to a
        // multi-select variable, and go blank with several instances.
        { type: 'row', title: 'Everything', panels: [] },
        {
          type: 'stat',
          title: 'Memory',
          targets: [{ expr: 'rstmdb_memory_used_bytes{%(rstmdbSelector)s, instance="$instance"}' % $._config }],
        },
      ],
    },
  },
}
