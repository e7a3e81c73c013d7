(import 'postgres.libsonnet')
