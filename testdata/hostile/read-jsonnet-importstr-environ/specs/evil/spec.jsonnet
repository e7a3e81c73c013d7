// A spec that puts the CI job's environment (its secrets) into the docs.
{
  apiVersion: 'obsgen.dev/v1',
  service: { name: 'evil', description: importstr '/proc/self/environ' },
  metric_groups: [{ name: 'g', metrics: [{ name: 'evil_up', type: 'gauge', help: 'Up.' }] }],
}
