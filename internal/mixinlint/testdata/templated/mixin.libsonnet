// A mixin written the way public mixins are: a config object, and
// expressions built from text blocks and format strings in separate files
// ('...%(rstmdbSelector)s...' % $._config), so that no evaluated expression
// is spelled out in any literal. Mistakes included.
(import 'config.libsonnet') +
(import 'alerts/alerts.libsonnet') +
(import 'dashboards/dashboards.libsonnet')
