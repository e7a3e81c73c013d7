{
  apiVersion: 'obsgen.dev/v1',
  service: { name: 'shop' 
}
