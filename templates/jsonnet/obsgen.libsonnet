// obsgen.libsonnet: helpers for obsgen catalogues written in Jsonnet.
//
//   local obsgen = import 'obsgen.libsonnet';
//
// obsgen finds this library without -J (a copy is built into the binary);
// a file of the same name next to the spec or in a -J folder takes
// precedence. Every helper returns plain catalogue values (the same fields a
// YAML spec writes), so its result can be extended with `+ { ... }`. Fields a
// caller leaves out are left out of the result, not written empty.
{
  // withOptional returns obj plus each field of opt whose value is neither
  // null nor an empty string, list or object.
  withOptional(obj, opt)::
    obj + {
      [k]: opt[k]
      for k in std.objectFields(opt)
      if opt[k] != null && opt[k] != '' && opt[k] != [] && opt[k] != {}
    },

  // number writes a number the way a person would (0.99, not
  // 0.98999999999999999); a string is kept as written.
  number(x):: if std.isString(x) then x else '%g' % x,

  // percentile names a quantile the way titles do: 0.99 -> 'p99',
  // 0.5 -> 'p50', 0.999 -> 'p99.9'.
  percentile(q)::
    local s = $.number(q);
    local d = if std.startsWith(s, '0.') then s[2:] else s;
    'p' + (
      if std.length(d) == 1 then d + '0'
      else if std.length(d) == 2 then d
      else d[0:2] + '.' + d[2:]
    ),

  // requestMetrics is a RED-style metric group for one kind of request:
  // <prefix>_total (rate), <prefix>_errors_total (errors) and the
  // <prefix>_duration_seconds histogram (duration). labels are carried by
  // all three; errorLabels (e.g. ['code']) by the error counter only. help
  // may override the help text of 'requests', 'errors' and 'duration'.
  requestMetrics(prefix, labels=[], errorLabels=[], name='request', title='Request Metrics', help={}, buckets=null, description=null)::
    assert std.isString(prefix) : 'requestMetrics: prefix must be a metric name prefix such as shop_requests';
    assert std.isArray(labels) && std.isArray(errorLabels) : 'requestMetrics: labels and errorLabels must be lists of label names';
    local h = {
      requests: 'Total requests',
      errors: 'Errors',
      duration: 'Request duration',
    } + help;
    $.withOptional({ name: name, title: title }, { description: description }) + {
      metrics: [
        $.withOptional(
          { name: prefix + '_total', type: 'counter', unit: 'requests', help: h.requests },
          { labels: labels },
        ),
        $.withOptional(
          { name: prefix + '_duration_seconds', type: 'histogram', unit: 'seconds', help: h.duration },
          { labels: labels, buckets: buckets },
        ),
        $.withOptional(
          { name: prefix + '_errors_total', type: 'counter', unit: 'errors', help: h.errors },
          { labels: labels + errorLabels },
        ),
      ],
    },

  // serviceDownAlert is the standard "target is down" alert on the up series
  // of a scrape job: up{job="<job>"} == 0 for a minute, severity critical.
  // name defaults to the job with a capital and "Down" (rstmdb ->
  // RstmdbDown).
  serviceDownAlert(job, name=null, after='1m', severity='critical', summary=null, description=null, runbook=null)::
    assert std.isString(job) && job != '' : 'serviceDownAlert: job must be the scrape job name';
    local spelled = if after == '1m' then 'a minute' else after;
    $.withOptional({
      alert: if name != null then name else std.asciiUpper(job[0]) + job[1:] + 'Down',
      expr: 'up{job="%s"} == 0' % job,
      'for': after,
      labels: { severity: severity },
      annotations: {
        summary: if summary != null then summary else '%s is down' % job,
        description: if description != null then description
        else 'Prometheus has failed to scrape {{ $labels.instance }} for more than %s.' % spelled,
      },
    }, { runbook: runbook }),

  // matchers renders a selector's label matchers, {op=~"$op"} for
  // { op: '$op' }: a value that starts with $ (a dashboard variable) matches
  // as a regular expression, any other value exactly.
  matchers(filters)::
    assert std.isObject(filters) : 'matchers: filters must be an object of label: value';
    if std.length(std.objectFields(filters)) == 0 then ''
    else '{' + std.join(', ', [
      '%s%s"%s"' % [k, if std.startsWith(filters[k], '$') then '=~' else '=', filters[k]]
      for k in std.objectFields(filters)
    ]) + '}',

  // legendOf is the legend that tells series grouped by these labels apart.
  legendOf(by):: std.join(' ', ['{{%s}}' % l for l in by]),

  // ratePanel is a timeseries panel of sum by (<by>) (rate(<metric>[...])).
  ratePanel(title, metric, by=[], filters={}, unit='reqps', description=null, range='$__rate_interval')::
    assert std.isArray(by) : 'ratePanel: by must be a list of label names';
    assert std.isObject(filters) : 'ratePanel: filters must be an object of label: value';
    local inner = 'rate(%s%s[%s])' % [metric, $.matchers(filters), range];
    $.withOptional({ title: title, type: 'timeseries' }, { description: description, unit: unit }) + {
      queries: [$.withOptional({
        expr: if std.length(by) == 0 then 'sum(%s)' % inner else 'sum by (%s) (%s)' % [std.join(', ', by), inner],
      }, { legend: $.legendOf(by) })],
    },

  // latencyPanel is a timeseries panel of one quantile of a histogram:
  // histogram_quantile(q, sum by (le, <by>) (rate(<histogram>_bucket[...]))).
  latencyPanel(histogram, quantile=0.99, by=[], filters={}, title=null, description=null, unit='s', range='$__rate_interval')::
    assert std.isArray(by) : 'latencyPanel: by must be a list of label names';
    assert std.isObject(filters) : 'latencyPanel: filters must be an object of label: value';
    local inner = 'sum by (%s) (rate(%s_bucket%s[%s]))' % [std.join(', ', ['le'] + by), histogram, $.matchers(filters), range];
    $.withOptional({
      title: if title != null then title else 'Latency (%s)' % $.percentile(quantile),
      type: 'timeseries',
    }, { description: description, unit: unit }) + {
      queries: [$.withOptional({
        expr: 'histogram_quantile(%s, %s)' % [$.number(quantile), inner],
      }, { legend: $.legendOf(by) })],
    },
}
