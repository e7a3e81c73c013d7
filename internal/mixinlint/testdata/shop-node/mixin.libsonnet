// A mixin for two catalogues: the shop's alerts read the node exporter's
// metrics of its hosts too. One real mistake (rate() on a gauge).
{
  prometheusAlerts+:: {
    groups+: [{
      name: 'shop',
      rules: [
        {
          alert: 'ShopErrors',
          expr: 'sum(rate(shop_requests_total{code=~"5.."}[5m])) > 1',
          'for': '5m',
          labels: { severity: 'warning' },
        },
        {
          alert: 'ShopHostBusy',
          expr: 'avg without (cpu) (rate(node_cpu_seconds_total{mode!="idle"}[5m])) > 0.9 and on (instance) shop_carts_open > 0',
          'for': '15m',
          labels: { severity: 'warning' },
        },
        {
          alert: 'ShopHostLoadRising',
          expr: 'rate(node_load1[5m]) > 0',
          'for': '15m',
          labels: { severity: 'warning' },
        },
      ],
    }],
  },
}
