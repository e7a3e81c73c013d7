local grafana = import 'github.com/grafana/grafonnet/gen/grafonnet-latest/main.libsonnet';

{
  grafanaDashboards+:: {
    'rstmdb.json': grafana.dashboard.new('rstmdb'),
  },
}
