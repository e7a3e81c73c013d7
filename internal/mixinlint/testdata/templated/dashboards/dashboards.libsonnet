{
  grafanaDashboards+:: {
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
      ],
    },
  },
}
