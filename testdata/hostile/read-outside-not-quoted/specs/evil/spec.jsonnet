// ../../../secret is the case's $SECRET folder, beside the working folder.
{
  apiVersion: 'obsgen.dev/v1',
  service: { name: 'evil', description: (import '../../../secret/secret.jsonnet').a },
}
