{
  apiVersion: 'obsgen.dev/v1',
  service: { name: 'shop' },
  metric_groups: [{
    name: 'g',
    metrics: [{ name: 'shop_requests', type: 'counter', help: 'Requests.', colour: 'red' }],
  }],
}
