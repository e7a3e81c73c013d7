{
  apiVersion: 'obsgen.dev/v1',
  service: { name: 'evil', description: std.join(',', std.map(std.toString, importbin '/etc/passwd')) },
}
