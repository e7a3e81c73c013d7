// A Jsonnet spec: its values carry no line numbers, so every position falls
// back to the value's path.
{
  apiVersion: 'obsgen.dev/v1',
  service: { name: 'jn' },
  metric_groups: [{ name: 'g', metrics: [{ name: 'jn_gauge', type: 'gauge', help: 'G.' }] }],
  alert_groups: [{ name: 'a', rules: [{ alert: 'J', expr: 'rate(jn_gauge[5m]) > 1 and jn_nope', annotations: { summary: '{{ $labels.x }}' } }] }],
  queries: [{ title: 'Q', queries: [{ name: 'q', title: 'Average', expr: 'histogram_quantile(0.9, rate(jn_gauge[5m]))' }] }],
}
