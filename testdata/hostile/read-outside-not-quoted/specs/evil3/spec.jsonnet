// linked.libsonnet is a symbolic link to the case's $SECRET/secret.jsonnet.
{
  apiVersion: 'obsgen.dev/v1',
  service: { name: 'evil3', description: (import 'linked.libsonnet').a },
}
