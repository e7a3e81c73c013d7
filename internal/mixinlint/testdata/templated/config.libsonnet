{
  _config+:: {
    rstmdbSelector: 'job="rstmdb"',
    rateInterval: '5m',
    // A prefix that does not match the service's metrics.
    walPrefix: 'rstmdb_journal',
    errorThreshold: 5,
  },
}
