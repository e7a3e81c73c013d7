// A failing import used to print the foreign file's first line in its excerpt.
{
  apiVersion: 'obsgen.dev/v1',
  service: { name: 'evil', description: import '/etc/passwd' },
}
