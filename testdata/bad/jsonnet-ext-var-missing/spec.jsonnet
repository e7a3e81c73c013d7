{ apiVersion: 'obsgen.dev/v1', service: { name: std.extVar('service') } }
