// 2^60 calls, 60 deep: bounded in stack and memory, unbounded in time.
local spin(n) = if n == 0 then 0 else spin(n - 1) + spin(n - 1);
{
  apiVersion: 'obsgen.dev/v1',
  service: { name: 'loop', description: std.toString(spin(60)) },
}
