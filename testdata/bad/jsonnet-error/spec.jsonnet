local svc = { name: 'shop' };
{
  apiVersion: 'obsgen.dev/v1',
  service: svc,
  labels: [{ name: svc.nmae }],
}
