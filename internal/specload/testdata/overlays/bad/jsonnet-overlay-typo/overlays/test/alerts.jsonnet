{
  apiVersion: 'obsgen.dev/v1',
  alert_groups: [{ name: 'shop', rules: [{ alert: 'ShopDwn', 'for': '5m' }] }],
}
