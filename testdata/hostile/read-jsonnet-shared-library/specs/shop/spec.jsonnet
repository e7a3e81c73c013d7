// Imports inside the spec root still work: a shared library of the
// monorepo, through .. and through a symbolic link that stays inside.
local common = import '../lib/common.libsonnet';
local linked = import 'linked.libsonnet';
{
  apiVersion: 'obsgen.dev/v1',
  service: { name: 'shop', description: common.description + linked.suffix },
  metric_groups: [{ name: 'g', metrics: [{ name: 'shop_up', type: 'gauge', help: 'Up.' }] }],
}
