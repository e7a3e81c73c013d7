import 'github.com/grafana/grafonnet/gen/grafonnet-v11.4.0/main.libsonnet'
