// notes.txt is committed as a symbolic link to a file outside the repository.
{
  apiVersion: 'obsgen.dev/v1',
  service: { name: 'evil', description: importstr 'notes.txt' },
}
