// rstmdb's catalogue (specs/rstmdb) rewritten in Jsonnet with the helpers of
// obsgen.libsonnet: it generates byte for byte what the YAML spec does.
local obsgen = import 'obsgen.libsonnet';

// metric is one metric family; labels and unit only when it has them.
local metric(name, type, help, unit=null, labels=[]) =
  obsgen.withOptional({ name: name, type: type, help: help }, { unit: unit, labels: labels });

local label(name, description, example) = { name: name, description: description, example: example };

local stat(title, expr, unit) = { title: title, type: 'stat', unit: unit, queries: [{ expr: expr }] };

local query(name, title, comment, expr, unit=null) =
  obsgen.withOptional({ name: name, title: title, comment: comment, expr: expr }, { unit: unit });

local correction(subject, page, spec, why) = { subject: subject, page: page, spec: spec, why: why };

local ping = ['rstmdb-cli', '-s', 'localhost:7401', 'ping'];

local elasticsearch(index) = {
  name: 'elasticsearch',
  type: 'elasticsearch',
  endpoint: 'http://elasticsearch:9200',
  index: index,
};

{
  apiVersion: 'obsgen.dev/v1',

  service: {
    name: 'rstmdb',
    docs_base_url: 'https://docs.example.com/monitoring/rstmdb/',
    title: 'rstmdb',
    description: 'rstmdb is a state-machine database. Monitor it with the Prometheus metrics it exposes and its structured logs.',
    components: [{
      name: 'rstmdb',
      title: 'rstmdb server',
      description: 'The database server; serves the client protocol on 7401 and metrics on 9090.',
    }],
    metrics_endpoint: {
      config: |||
        metrics:
          enabled: true
          bind_addr: "0.0.0.0:9090"
      |||,
      listen_addr: 'localhost:9090',
      path: '/metrics',
    },
  },

  labels: [
    label('op', 'Client operation (protocol command) the request carried.', 'APPLY_EVENT'),
    label('code', 'Error code returned to the client.', 'NOT_FOUND'),
    label('machine', 'State machine definition name.', 'order'),
    label('state', 'Current state of an instance.', 'pending'),
    label('from', 'State a transition left.', 'pending'),
    label('to', 'State a transition entered.', 'shipped'),
  ],

  endpoints: [
    { component: 'rstmdb', method: 'GET', path: '/metrics', description: 'Prometheus metrics in text format.' },
    {
      component: 'rstmdb',
      method: 'GET',
      path: '/health',
      description: 'Health check served by the metrics endpoint; answers 2xx while the server is up (`curl -f http://localhost:9090/health`).',
    },
  ],

  metric_groups: [
    {
      name: 'connection',
      title: 'Connection Metrics',
      metrics: [
        metric('rstmdb_connections_active', 'gauge', 'Current active connections', 'connections'),
        metric('rstmdb_connections_total', 'counter', 'Total connections since start', 'connections'),
        metric('rstmdb_connections_rejected', 'counter', 'Rejected connections (limit reached)', 'connections'),
      ],
    },
    obsgen.requestMetrics('rstmdb_requests', labels=['op'], errorLabels=['code'], help={
      requests: 'Total requests by operation',
      duration: 'Request duration by operation',
      errors: 'Errors by operation and code',
    }, buckets=[0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]),
    {
      name: 'state-machine',
      title: 'State Machine Metrics',
      metrics: [
        metric('rstmdb_machines_total', 'gauge', 'Total machine definitions', 'machines'),
        metric('rstmdb_instances_total', 'gauge', 'Total instances', 'instances'),
        metric('rstmdb_instances_by_state', 'gauge', 'Instances by machine and state', 'instances', ['machine', 'state']),
        metric('rstmdb_events_applied_total', 'counter', 'Events applied by machine', 'events', ['machine']),
        metric('rstmdb_transitions_total', 'counter', 'Transitions by machine and states', 'transitions', ['machine', 'from', 'to']),
      ],
    },
    {
      name: 'wal',
      title: 'WAL Metrics',
      metrics: [
        metric('rstmdb_wal_offset', 'gauge', 'Current WAL offset'),
        metric('rstmdb_wal_size_bytes', 'gauge', 'Total WAL size', 'bytes'),
        metric('rstmdb_wal_segments', 'gauge', 'Number of WAL segments', 'segments'),
        metric('rstmdb_wal_writes_total', 'counter', 'WAL writes', 'writes'),
        metric('rstmdb_wal_write_duration_seconds', 'histogram', 'WAL write duration', 'seconds'),
        metric('rstmdb_wal_fsyncs_total', 'counter', 'Fsync operations', 'fsyncs'),
      ],
    },
    {
      name: 'subscription',
      title: 'Subscription Metrics',
      metrics: [
        metric('rstmdb_subscriptions_active', 'gauge', 'Active subscriptions', 'subscriptions'),
        metric('rstmdb_events_broadcast_total', 'counter', 'Events broadcast to subscribers', 'events'),
      ],
    },
    {
      name: 'system',
      title: 'System Metrics',
      metrics: [
        metric('rstmdb_uptime_seconds', 'gauge', 'Server uptime', 'seconds'),
        metric('rstmdb_memory_used_bytes', 'gauge', 'Memory usage', 'bytes'),
      ],
    },
  ],

  queries: [{
    title: 'Key Panels',
    queries: [
      query('request-rate', 'Request Rate', 'Requests per second, per operation and instance.', 'rate(rstmdb_requests_total[5m])', 'reqps'),
      query('request-latency-p99', 'Request Latency (p99)', '99th percentile request duration, per operation and instance.',
            'histogram_quantile(0.99, rate(rstmdb_requests_duration_seconds_bucket[5m]))', 's'),
      query('error-rate', 'Error Rate', 'Errors per second, per operation and error code.', 'rate(rstmdb_requests_errors_total[5m])', 'reqps'),
      query('instance-count', 'Instance Count', 'State machine instances stored.', 'rstmdb_instances_total'),
      query('wal-size', 'WAL Size (MiB)',
            'WAL size in MiB. The page labels this MB, but 1024 × 1024 bytes is a MiB; on dashboards prefer the bytes unit and let Grafana scale.',
            'rstmdb_wal_size_bytes / 1024 / 1024'),
      query('events-per-second', 'Events per Second', 'Events applied per second, per state machine.', 'rate(rstmdb_events_applied_total[1m])', 'ops'),
    ],
  }],

  dashboards: [{
    uid: 'rstmdb-overview',
    title: 'rstmdb Overview',
    description: 'Traffic, latency, errors and storage of rstmdb servers.',
    tags: ['rstmdb'],
    refresh: '30s',
    from: 'now-6h',
    variables: ['op', 'machine'],
    rows: [
      {
        title: 'Traffic',
        panels: [
          obsgen.ratePanel('Request Rate', 'rstmdb_requests_total', by=['op'], filters={ op: '$op' },
                           description='Requests per second by operation.'),
          obsgen.latencyPanel('rstmdb_requests_duration_seconds', by=['op'], filters={ op: '$op' },
                              title='Request Latency (p99)', description='99th percentile request duration by operation.'),
          obsgen.ratePanel('Error Rate', 'rstmdb_requests_errors_total', by=['op', 'code'], filters={ op: '$op' },
                           description='Errors per second by operation and error code.'),
        ],
      },
      {
        title: 'Connections and state',
        panels: [
          stat('Active Connections', 'sum(rstmdb_connections_active)', 'short'),
          stat('Instance Count', 'sum(rstmdb_instances_total)', 'short'),
          stat('WAL Size', 'sum(rstmdb_wal_size_bytes)', 'bytes'),
          obsgen.ratePanel('Events per Second', 'rstmdb_events_applied_total', by=['machine'], filters={ machine: '$machine' },
                           unit='ops', description='Events applied per second by state machine.'),
        ],
      },
    ],
  }],

  overview: { uid: 'rstmdb-metrics', title: 'rstmdb metrics (generated)' },

  alert_groups: [{ name: 'rstmdb', rules: import 'alerts.libsonnet' }],

  routing: {
    team: 'rstmdb',
    group_by: ['alertname', 'cluster', 'instance'],
    routes: [
      { match: { severity: 'critical' }, receiver: 'rstmdb-oncall', group_wait: '10s', repeat_interval: '1h' },
      { match: { severity: 'warning' }, receiver: 'tickets', group_wait: '5m', repeat_interval: '24h', active_time_intervals: ['working-hours'] },
    ],
    inhibitions: [{
      source: { alerts: ['RstmdbDown'] },
      equal: ['cluster', 'instance'],
      why: 'A server Prometheus cannot scrape serves no clients either: its error, latency, WAL and connection alerts are the outage\'s symptoms, or stale. The page for the outage is the one to act on.',
    }],
  },

  scrape: {
    targets: [
      { variant: 'static', title: 'Static targets', job: 'rstmdb', static: ['localhost:9090'], interval: '15s' },
      { variant: 'dns', title: 'With Service Discovery', job: 'rstmdb', dns_names: ['_rstmdb._tcp.service.consul'] },
    ],
  },

  logging: {
    format: 'json',
    default_level: 'info',
    config: |||
      logging:
        format: "json"
        level: "info"
    |||,
    level_env: 'RUST_LOG',
    binary: 'rstmdb',
    levels: [
      { name: 'error', description: 'Errors only' },
      { name: 'warn', description: 'Warnings and errors' },
      { name: 'info', description: 'Normal operations (default)' },
      { name: 'debug', description: 'Detailed debugging' },
      { name: 'trace', description: 'Very verbose tracing' },
    ],
    sample: '{"timestamp":"2024-01-15T10:30:00.123Z","level":"INFO","target":"rstmdb_server","message":"Request completed","op":"APPLY_EVENT","duration_ms":5,"instance_id":"order-001"}',
    fields: [
      { name: 'timestamp', type: 'timestamp', description: 'RFC 3339 time with milliseconds, UTC.' },
      { name: 'level', type: 'string', description: 'Upper-case level (ERROR, WARN, INFO, DEBUG, TRACE).' },
      { name: 'target', type: 'string', description: 'Rust module that logged the record.' },
      { name: 'message', type: 'string', description: 'Human-readable event.' },
      { name: 'op', type: 'string', description: 'Client operation, on request records.' },
      { name: 'duration_ms', type: 'integer', description: 'Request duration in milliseconds, on request records.' },
      { name: 'instance_id', type: 'string', description: 'State machine instance the request touched.' },
    ],
    shipping: {
      tag: 'rstmdb',
      fluentd: { forward_port: 24224, parse_key: 'log', sinks: [elasticsearch('rstmdb')] },
      vector: { source: 'docker_logs', containers: ['rstmdb'], sinks: [elasticsearch('rstmdb-%Y-%m-%d')] },
    },
  },

  health: {
    cli: {
      command: ping,
      timeout: '5s',
      description: 'Pings the server over the client protocol; exits 0 when it answers.',
    },
    http: {
      url: 'http://localhost:9090/health',
      timeout: '5s',
      description: 'The metrics endpoint serves as a health check.',
    },
    // exec probes run the CLI ping; http probes ask the metrics port's
    // /health, for images that do not ship rstmdb-cli.
    probes: [
      { kind: 'liveness', variant: 'exec', exec: ping, initial_delay_seconds: 5, period_seconds: 10 },
      { kind: 'readiness', variant: 'exec', exec: ping, initial_delay_seconds: 5, period_seconds: 5 },
      { kind: 'liveness', variant: 'http', http_path: '/health', http_port: 9090, initial_delay_seconds: 5, period_seconds: 10 },
      { kind: 'readiness', variant: 'http', http_path: '/health', http_port: 9090, initial_delay_seconds: 5, period_seconds: 5 },
    ],
  },

  slos: [
    {
      name: 'request-availability',
      title: 'Request availability',
      description: 'Requests rstmdb answers without an error, over 30 days: errors counted by rstmdb_requests_errors_total over all requests.',
      objective: 99.9,
      window: '30d',
      labels: { team: 'storage' },
      sli: { ratio: { bad: 'rstmdb_requests_errors_total', total: 'rstmdb_requests_total' } },
      alerting: { runbook: { checks: [
        'Which operations fail, and with which codes: the request errors panel.',
        'Recent deploys, and the WAL and connection panels for a cause.',
      ] } },
    },
    {
      name: 'request-latency',
      title: 'Request latency',
      description: 'Requests answered within 250 ms, over 30 days, read from the rstmdb_requests_duration_seconds buckets.',
      objective: 99,
      window: '30d',
      labels: { team: 'storage' },
      sli: { latency: { histogram: 'rstmdb_requests_duration_seconds', threshold: 0.25 } },
      alerting: { runbook: { checks: [
        'Which operations are slow: the request latency panel by operation.',
        'WAL write latency and fsync behaviour.',
      ] } },
    },
  ],
  notes: [
    {
      title: 'Service level objectives (an addition)',
      body: |||
        The monitoring page defines no service level objectives; the catalogue
        adds two, each with SLI recording rules for 5m to 3d and the 30-day
        window, metadata rules and multi-window, multi-burn-rate page and
        ticket alerts (`out/rstmdb/prometheus/slos.yaml`):

        - Request availability: 99.9 % of requests over 30 days answered
          without an error (`rstmdb_requests_errors_total` over
          `rstmdb_requests_total`).
        - Request latency: 99 % of requests over 30 days answered within
          250 ms, read from the `rstmdb_requests_duration_seconds` bucket
          `le="0.25"`.

        The page does not list the histogram's buckets; the catalogue declares
        the Prometheus client defaults (5 ms to 10 s), which include 0.25 s.
        If rstmdb exports other buckets, `obsgen verify` says so, and the
        latency threshold must be one of them (`slo-latency-threshold`).
      |||,
    },
  ],
  corrections: [
    correction(
      'alert RstmdbWALGrowing',
      '`increase(rstmdb_wal_size_bytes[1h]) > 1073741824`',
      '`delta(rstmdb_wal_size_bytes[1h]) > 1073741824`',
      "`rstmdb_wal_size_bytes` is a gauge. `increase()` treats every drop of a gauge (segment cleanup, compaction) as a counter reset and adds the whole new value, so it overstates growth and fires after cleanups. `delta()` is the change of a gauge over the window.",
    ),
    correction(
      'alert RstmdbConnectionsNearLimit',
      '`rstmdb_connections_active / rstmdb_connections_limit > 0.8`',
      'alert RstmdbConnectionsRejected: `increase(rstmdb_connections_rejected[5m]) > 0`',
      "`rstmdb_connections_limit` is not among the metrics rstmdb exports (it is not in the page's metric tables), so the page's alert can never fire. The catalogue alerts on what is measured: connections being rejected because the limit was reached. Restore a near-limit alert once rstmdb exports its connection limit as a gauge.",
    ),
    correction(
      'panel WAL Size',
      '`rstmdb_wal_size_bytes / 1024 / 1024` labelled MB',
      '`rstmdb_wal_size_bytes` with the Grafana unit `bytes`',
      'The panel says MB but divides by 1024², which gives MiB: its numbers are 4.9 % off the unit it names. With the unit `bytes`, Grafana scales the raw value to KiB/MiB/GiB and labels it correctly.',
    ),
    correction(
      'panel types',
      '`"type": "graph"`',
      '`timeseries`',
      'The graph panel is deprecated since Grafana 7 and removed in Grafana 11; timeseries replaces it.',
    ),
    correction(
      'Vector transform parse_json',
      '`type = "json_parser"`',
      '`type = "remap"` with `source = ". = parse_json!(.message)"`',
      "Vector removed the json_parser transform (0.21); remap with VRL's parse_json is its replacement.",
    ),
  ],
}
