{
  grafanaDashboards+:: {
    'postgres-overview.json': (import 'postgres-overview.json'),
  },
}
