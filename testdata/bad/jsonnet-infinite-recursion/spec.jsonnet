local f(x) = f(x + 1) + 1;
{ apiVersion: 'obsgen.dev/v1', service: { name: 'shop' }, x: f(0) }
