{
  prometheusAlerts+:: {
    groups+: [{ name: 'x', rules: [{ alert: 'A', expr: $._config.missing }] }],
  },
}
