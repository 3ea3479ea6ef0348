/**
 * The same generated request as the documents other pipelines write, for tests and demos of real index
 * shapes: Logstash's legacy combined grok (strings everywhere, quoted referrer and agent, `-` for none,
 * path with its query string in `request`), nginx's JSON `log_format` (`time_iso8601`, `request_uri`,
 * numbers as numbers, `""` for none) and Fluent Bit's nginx parser behind Kubernetes metadata (strings,
 * `remote` for the client, `-` for none); then the JSON access logs of Traefik, Envoy as Istio sets it up,
 * Kong's log plugins, Caddy, and HAProxy's httplog through Logstash's grok, each as its shipper indexes it
 * (with an `@timestamp`). Only the access-log fields survive: these pipelines know nothing of roles,
 * tenants or scopes. Field names and quirks follow the tools' own sources (see config/shapes.ts).
 */
export const LOG_SHAPES = ['ecs', 'logstash', 'nginx-json', 'fluent', 'traefik', 'envoy', 'kong', 'caddy', 'haproxy'] as const;
export type LogShape = (typeof LOG_SHAPES)[number];

type Doc = Record<string, unknown>;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `20/Nov/2026:13:55:36 +0000`, Apache's `%t`. */
export function httpDate(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

/** Tracking and paging parameters on some requests, as real logs carry them (few distinct values). */
export function queryString(i: number): string {
  if (i % 5 === 0) return '?utm_source=newsletter&utm_medium=email';
  if (i % 7 === 0) return `?page=${(i % 3) + 2}`;
  return '';
}

interface AccessFields {
  time: string;
  service: string;
  status: number;
  method: string;
  path: string;
  referrer: string | undefined;
  agent: string | undefined;
  ip: string | undefined;
  user: string | undefined;
  bytes: number;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The access-log part of a generated ECS document (flat dotted keys). */
export function accessFields(doc: Doc): AccessFields {
  return {
    time: String(doc['@timestamp']),
    service: String(doc['service.name']),
    status: Number(doc['http.response.status_code']),
    method: String(doc['http.request.method']),
    path: String(doc['url.path']),
    referrer: str(doc['http.request.referrer']),
    agent: str(doc['user_agent.original']),
    ip: str(doc['source.ip']),
    user: str(doc['user.id']),
    bytes: Number(doc['http.response.body.bytes'] ?? 0),
  };
}

/**
 * The name a shape logs for a generated service: what people see in these logs and ask for. Traefik adds
 * the provider to its services (`whoami@docker`), Istio's clusters are `outbound|port||host`, and Caddy
 * knows a site by its host; the others log the name as it is.
 */
export function loggedServiceName(shape: LogShape, service: string): string {
  switch (shape) {
    case 'traefik':
      return `${service}@docker`;
    case 'envoy':
      return `outbound|8080||${service}.default.svc.cluster.local`;
    case 'caddy':
      return `${service}.example.com`;
    default:
      return service;
  }
}

/** Keys whose value is undefined are left out, as the tools leave out what they do not have. */
function defined(doc: Record<string, unknown>): Doc {
  return Object.fromEntries(Object.entries(doc).filter(([, v]) => v !== undefined));
}

function ecsDoc(a: AccessFields, url: string): Doc {
  return defined({
    '@timestamp': a.time,
    'service.name': a.service,
    'http.response.status_code': a.status,
    'http.request.method': a.method,
    'url.path': a.path,
    'url.original': url,
    'http.response.body.bytes': a.bytes,
    'http.request.referrer': a.referrer,
    'user_agent.original': a.agent,
    'source.ip': a.ip,
    'user.id': a.user,
  });
}

function logstashDoc(a: AccessFields, url: string): Doc {
  const referrer = `"${a.referrer ?? '-'}"`;
  const agent = `"${a.agent ?? '-'}"`;
  const clientip = a.ip ?? '-';
  const auth = a.user ?? '-';
  const timestamp = httpDate(a.time);
  return {
    '@timestamp': a.time,
    '@version': '1',
    host: 'web-01',
    app: a.service,
    message: `${clientip} - ${auth} [${timestamp}] "${a.method} ${url} HTTP/1.1" ${a.status} ${a.bytes} ${referrer} ${agent}`,
    clientip,
    ident: '-',
    auth,
    timestamp,
    verb: a.method,
    request: url,
    httpversion: '1.1',
    response: String(a.status),
    bytes: String(a.bytes),
    referrer,
    agent,
  };
}

function nginxJsonDoc(a: AccessFields, url: string): Doc {
  return {
    time_iso8601: a.time.replace(/\.\d+Z$/, '+00:00'),
    server_name: a.service,
    remote_addr: a.ip ?? '',
    remote_user: a.user ?? '',
    request: `${a.method} ${url} HTTP/1.1`,
    request_method: a.method,
    request_uri: url,
    uri: a.path,
    status: a.status,
    body_bytes_sent: a.bytes,
    http_referer: a.referrer ?? '',
    http_user_agent: a.agent ?? '',
    request_time: 0.012,
  };
}

function fluentDoc(a: AccessFields, url: string): Doc {
  return {
    '@timestamp': a.time,
    'kubernetes.labels.app': a.service,
    'kubernetes.namespace_name': 'web',
    remote: a.ip ?? '-',
    host: '-',
    user: a.user ?? '-',
    method: a.method,
    path: url,
    code: String(a.status),
    size: String(a.bytes),
    referer: a.referrer ?? '-',
    agent: a.agent ?? '-',
  };
}

/** Traefik's `accessLog.format: json` with request headers kept, as Filebeat or Fluent Bit indexes it. */
function traefikDoc(a: AccessFields, url: string, i: number): Doc {
  const service = loggedServiceName('traefik', a.service);
  const port = 40_000 + (i % 20_000);
  return defined({
    '@timestamp': a.time,
    StartUTC: a.time,
    Duration: 12_000_000,
    RouterName: service.replace('@', '-router@'),
    ServiceName: service,
    ServiceURL: 'http://10.42.0.7:8080',
    ServiceAddr: '10.42.0.7:8080',
    ClientAddr: a.ip === undefined ? undefined : `${a.ip}:${port}`,
    ClientHost: a.ip,
    ClientPort: a.ip === undefined ? undefined : String(port),
    ClientUsername: a.user ?? '-',
    RequestAddr: `${a.service}.example.com`,
    RequestHost: `${a.service}.example.com`,
    RequestMethod: a.method,
    RequestPath: url,
    RequestProtocol: 'HTTP/1.1',
    RequestScheme: 'https',
    RequestContentSize: 0,
    OriginStatus: a.status,
    OriginContentSize: a.bytes,
    DownstreamStatus: a.status,
    DownstreamContentSize: a.bytes,
    RequestCount: i,
    'request_User-Agent': a.agent,
    request_Referer: a.referrer,
    level: 'info',
    msg: '',
  });
}

/** Istio's JSON access log of an ingress gateway behind a load balancer (the caller in `x_forwarded_for`). */
function envoyDoc(a: AccessFields, url: string, i: number): Doc {
  return {
    '@timestamp': a.time,
    start_time: a.time,
    route_name: null,
    method: a.method,
    path: url,
    protocol: 'HTTP/1.1',
    response_code: a.status,
    response_flags: '-',
    response_code_details: 'via_upstream',
    connection_termination_details: null,
    bytes_received: 0,
    bytes_sent: a.bytes,
    duration: 12,
    upstream_service_time: '11',
    x_forwarded_for: a.ip ?? null,
    user_agent: a.agent ?? null,
    request_id: `req-${i}`,
    authority: `${a.service}.example.com`,
    upstream_host: '10.42.0.7:8080',
    upstream_cluster: loggedServiceName('envoy', a.service),
    upstream_local_address: '10.42.0.3:51000',
    downstream_local_address: '10.42.0.3:8080',
    downstream_remote_address: `10.0.0.2:${40_000 + (i % 20_000)}`,
    requested_server_name: null,
    upstream_transport_failure_reason: null,
  };
}

/** Kong's `kong.log.serialize()` as file-log writes it (nested, headers with lower-case names). */
function kongDoc(a: AccessFields, url: string, i: number): Doc {
  const headers = defined({ host: `${a.service}.example.com`, 'user-agent': a.agent, referer: a.referrer });
  return defined({
    '@timestamp': a.time,
    request: { uri: url, url: `https://${a.service}.example.com${url}`, method: a.method, headers, size: 120 },
    upstream_uri: url,
    response: { status: a.status, size: a.bytes + 250, headers: { 'content-type': 'application/json' } },
    latencies: { kong: 1, proxy: 10, request: 12 },
    route: { name: `${a.service}-route`, paths: ['/'] },
    service: { name: a.service, host: `${a.service}.internal`, port: 8080, protocol: 'http' },
    consumer: a.user === undefined ? undefined : { username: a.user },
    client_ip: a.ip,
    started_at: Date.parse(a.time),
    tries: [{ ip: '10.42.0.7', port: 8080, balancer_latency: 0 }],
    source: 'upstream',
    workspace_name: 'default',
    id: i,
  });
}

/** Caddy's access log: `request` as `LoggableHTTPRequest` writes it, each header an array of strings. */
function caddyDoc(a: AccessFields, url: string, i: number): Doc {
  const headers = defined({ 'User-Agent': a.agent === undefined ? undefined : [a.agent], Referer: a.referrer === undefined ? undefined : [a.referrer], Accept: ['*/*'] });
  return {
    '@timestamp': a.time,
    level: 'info',
    ts: Date.parse(a.time) / 1000,
    logger: 'http.log.access.log0',
    msg: 'handled request',
    request: defined({ remote_ip: a.ip, remote_port: String(40_000 + (i % 20_000)), client_ip: a.ip, proto: 'HTTP/1.1', method: a.method, host: loggedServiceName('caddy', a.service), uri: url, headers }),
    bytes_read: 0,
    user_id: a.user ?? '',
    duration: 0.012,
    size: a.bytes,
    status: a.status,
    resp_headers: { Server: ['Caddy'] },
  };
}

/** HAProxy's httplog line through Logstash's legacy `HAPROXYHTTP` grok, with User-Agent and Referer captured. */
function haproxyDoc(a: AccessFields, url: string, i: number): Doc {
  return defined({
    '@timestamp': a.time,
    message: `haproxy[1]: ${a.ip ?? '-'} ${a.method} ${url} ${a.status}`,
    syslog_timestamp: httpDate(a.time),
    syslog_server: 'lb-01',
    program: 'haproxy',
    pid: '1',
    client_ip: a.ip,
    client_port: String(40_000 + (i % 20_000)),
    accept_date: httpDate(a.time).replace(' +0000', '.000'),
    frontend_name: 'https-in',
    backend_name: a.service,
    server_name: `${a.service}-1`,
    time_request: '0',
    time_queue: '0',
    time_backend_connect: '1',
    time_backend_response: '10',
    time_duration: '12',
    http_status_code: String(a.status),
    bytes_read: String(a.bytes),
    captured_request_cookie: '-',
    captured_response_cookie: '-',
    termination_state: '----',
    request_header_user_agent: a.agent ?? '',
    request_header_referer: a.referrer ?? '',
    http_verb: a.method,
    http_request: url,
    http_version: '1.1',
  });
}

const WRITERS: Record<LogShape, (a: AccessFields, url: string, i: number) => Doc> = {
  ecs: ecsDoc,
  logstash: logstashDoc,
  'nginx-json': nginxJsonDoc,
  fluent: fluentDoc,
  traefik: traefikDoc,
  envoy: envoyDoc,
  kong: kongDoc,
  caddy: caddyDoc,
  haproxy: haproxyDoc,
};

/** The document `shape` would hold for the request of a generated ECS document; `i` picks its query string. */
export function reshape(doc: Doc, shape: LogShape, i: number): Doc {
  const a = accessFields(doc);
  return WRITERS[shape](a, `${a.path}${queryString(i)}`, i);
}
