// One of 16 Jsonnet files of one service: at most one evaluator per core
// runs at once (TestJsonnetChildrenNeverOutnumberTheCores counts them).
local spin(n) = if n == 0 then 0 else spin(n - 1) + spin(n - 1);
{
  apiVersion: 'obsgen.dev/v1',
  metric_groups: [{ name: 'g11', metrics: [{ name: 'many_m11', type: 'gauge', help: 'Metric ' + spin(12) + '.' }] }],
} + (if '11' == '01' then { service: { name: 'many' } } else {})
