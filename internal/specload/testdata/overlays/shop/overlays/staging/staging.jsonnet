// Staging: nobody is paged, the latency alert is off, dashboards refresh
// less often.
{
  apiVersion: 'obsgen.dev/v1',
  alert_groups: [{
    name: 'shop',
    rules: [
      { alert: 'ShopDown', labels: { severity: 'warning', team: null } },
      { alert: 'ShopHighErrorRate', annotations: { runbook_url: null } },
      { alert: 'ShopHighLatency', overlay: 'remove' },
    ],
  }],
  dashboards: [{ uid: 'shop-overview', refresh: '5m' }],
  scrape: { targets: [{ variant: 'static', static: ['shop.staging:9090'] }] },
}
