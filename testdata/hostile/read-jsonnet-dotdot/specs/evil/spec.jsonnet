// ../../../secret is beside the repository, outside the spec root.
{
  apiVersion: 'obsgen.dev/v1',
  service: { name: 'evil', description: importstr '../../../secret/secret.txt' },
}
