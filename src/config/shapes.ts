import type { FieldRole } from './fields';

/**
 * The access-log shapes recognised without settings, by the names their tools write. Learnt from the
 * tools' own sources: Filebeat / Elastic Agent and Logstash's `ecs_compatibility: v1` grok (ECS),
 * logstash-patterns-core's legacy `HTTPD_COMBINEDLOG` (`clientip`, `verb`, `request`, `response` …),
 * nginx's `log_format` variables written as JSON (`remote_addr`, `request_uri`, `status` …), and the
 * apache2/nginx parsers of Fluentd and Fluent Bit and Vector's `parse_apache_log`/`parse_nginx_log`
 * (`host`, `method`, `path`, `code` / `status`, `size`, `referer` / `referrer`, `agent`). Then the JSON
 * access logs of gateways and proxies as a shipper (Filebeat, Fluent Bit, Vector, Logstash) indexes them
 * with its own `@timestamp`: Traefik, Envoy as Istio sets it up, Kong's log plugins, Caddy, and HAProxy
 * through Logstash's grok; each shape below says where its names come from.
 *
 * Strings such as `"-"` (no value) and Logstash's quoted referrer and agent are cleaned by the reader.
 *
 * Each role lists candidate names, best first. A candidate that is only meaningful inside its shape
 * (Fluentd's `host` is the client's address, not a host name) is listed there and nowhere else.
 */
export const SHAPE_NAMES = ['ecs', 'logstash', 'nginx-json', 'fluent', 'traefik', 'envoy', 'kong', 'caddy', 'haproxy'] as const;
export type ShapeName = (typeof SHAPE_NAMES)[number];

export type RoleCandidates = Partial<Record<FieldRole, readonly string[]>>;

export const SHAPES: Record<ShapeName, { label: string; roles: RoleCandidates }> = {
  ecs: {
    label: 'ECS (Filebeat, Elastic Agent, Logstash with ECS compatibility)',
    roles: {
      time: ['@timestamp'],
      service: ['service.name'],
      status: ['http.response.status_code'],
      method: ['http.request.method'],
      path: ['url.path', 'url.original'],
      referrer: ['http.request.referrer'],
      userAgent: ['user_agent.original'],
      clientIp: ['source.ip', 'client.ip', 'source.address', 'client.address'],
      user: ['user.id', 'user.name'],
      bytes: ['http.response.body.bytes'],
    },
  },
  logstash: {
    label: 'Logstash grok, classic Apache/nginx combined names',
    roles: {
      time: ['@timestamp'],
      status: ['response'],
      method: ['verb'],
      path: ['request'],
      referrer: ['referrer'],
      userAgent: ['agent'],
      clientIp: ['clientip'],
      user: ['auth'],
      bytes: ['bytes'],
    },
  },
  'nginx-json': {
    label: 'nginx JSON log_format',
    roles: {
      time: ['@timestamp', 'time_iso8601', 'time'],
      // nginx's `$host` is the virtual host asked for (a site), not the client.
      service: ['server_name', 'host'],
      status: ['status'],
      method: ['request_method'],
      path: ['request_uri', 'uri'],
      referrer: ['http_referer'],
      userAgent: ['http_user_agent'],
      clientIp: ['remote_addr'],
      user: ['remote_user'],
      bytes: ['body_bytes_sent', 'bytes_sent'],
    },
  },
  fluent: {
    label: 'Fluentd / Fluent Bit / Vector apache2-nginx parser',
    roles: {
      time: ['@timestamp', 'time', 'timestamp'],
      status: ['code', 'status'],
      method: ['method'],
      path: ['path'],
      referrer: ['referer', 'referrer'],
      userAgent: ['agent'],
      // Fluent Bit's nginx parser: `remote` is the client and `host` a literal "-"; its apache2 parser,
      // Fluentd's and Vector's apache: `host` is the client; Vector's nginx: `client`.
      clientIp: ['remote', 'client', 'host'],
      user: ['user'],
      bytes: ['size'],
    },
  },
  // Traefik's JSON access log (`accessLog.format: json`): the keys are the constants of traefik/traefik
  // pkg/middlewares/accesslog/logdata.go. Request headers appear as `request_<Header>` only when
  // `accessLog.fields.headers` keeps them (the default drops them). `ServiceName` / `RouterName` are
  // written with their provider (`whoami@docker`); a request no router matched has neither.
  traefik: {
    label: 'Traefik JSON access log',
    roles: {
      time: ['@timestamp', 'StartUTC'],
      service: ['ServiceName', 'RouterName', 'RequestHost'],
      status: ['DownstreamStatus', 'OriginStatus'],
      method: ['RequestMethod'],
      // "the HTTP request URI, not including the scheme, host or port": path and query string.
      path: ['RequestPath'],
      referrer: ['request_Referer'],
      userAgent: ['request_User-Agent'],
      // `ClientHost` is the address alone; `ClientAddr` is ip:port, a new value per connection.
      clientIp: ['ClientHost'],
      user: ['ClientUsername'],
      bytes: ['DownstreamContentSize'],
    },
  },
  // Envoy as Istio configures it with `accessLogEncoding: JSON`: the keys of `EnvoyJSONLogFormatIstio`
  // (istio/istio pilot/pkg/model/telemetry_logging.go), which hand-written Envoy `json_format`s often copy.
  // `path` is `%REQ(X-ENVOY-ORIGINAL-PATH?:PATH)%` (query string included); `upstream_cluster`
  // (`%UPSTREAM_CLUSTER_RAW%`, e.g. `outbound|8080||reviews.default.svc.cluster.local`) tells the services
  // behind the proxy apart. No referrer and no user in that format.
  envoy: {
    label: 'Envoy / Istio JSON access log',
    roles: {
      time: ['@timestamp', 'start_time'],
      service: ['upstream_cluster', 'authority'],
      status: ['response_code'],
      method: ['method'],
      path: ['path'],
      userAgent: ['user_agent'],
      // `x_forwarded_for` is the caller as the edge saw it; `downstream_remote_address` is ip:port of the
      // connection (the load balancer's or a pod's), a last resort.
      clientIp: ['x_forwarded_for', 'downstream_remote_address'],
      bytes: ['bytes_sent'],
    },
  },
  // Kong Gateway's log plugins (file-log, http-log, tcp-log …) write `kong.log.serialize()`
  // (Kong/kong kong/pdk/log.lua): nested `request` (`uri` with its query string, `method`, `headers` with
  // lower-case names), `response` (`status`, `size`), `client_ip`, the gateway `service` and `route`
  // objects (`service.name` is the Kong service: the service role here as in ECS) and `consumer`.
  // `started_at` is epoch milliseconds, a number: the shipper's `@timestamp` is the time.
  kong: {
    label: 'Kong Gateway log plugin (file-log / http-log)',
    roles: {
      time: ['@timestamp', 'started_at'],
      service: ['service.name', 'route.name'],
      status: ['response.status'],
      method: ['request.method'],
      path: ['request.uri'],
      referrer: ['request.headers.referer'],
      userAgent: ['request.headers.user-agent'],
      clientIp: ['client_ip'],
      user: ['consumer.username', 'consumer.custom_id'],
      bytes: ['response.size'],
    },
  },
  // Caddy's structured access log (caddyserver/caddy modules/caddyhttp: `LoggableHTTPRequest` in
  // marshalers.go writes `request.{remote_ip, client_ip, method, host, uri, headers}`, each header an
  // array of strings; the server adds `status`, `size`, `user_id`, `duration` and `ts`, epoch seconds as
  // a float). `request.host` is the site asked for.
  caddy: {
    label: 'Caddy JSON access log',
    roles: {
      time: ['@timestamp', 'ts'],
      service: ['request.host'],
      status: ['status'],
      method: ['request.method'],
      path: ['request.uri'],
      referrer: ['request.headers.Referer'],
      userAgent: ['request.headers.User-Agent'],
      clientIp: ['request.client_ip', 'request.remote_ip'],
      user: ['user_id'],
      bytes: ['size'],
    },
  },
  // HAProxy's `option httplog` line parsed by Logstash's legacy `HAPROXYHTTP` grok
  // (logstash-plugins/logstash-patterns-core patterns/legacy/haproxy): `client_ip`, `http_verb`,
  // `http_request` (path and query), `http_status_code`, `bytes_read`, `backend_name` / `frontend_name`;
  // the user agent and referrer only where `capture request header` is set and the pattern's documented
  // `request_header_*` override is used. Grok captures are strings.
  haproxy: {
    label: 'HAProxy httplog through Logstash grok (HAPROXYHTTP)',
    roles: {
      time: ['@timestamp'],
      service: ['backend_name', 'frontend_name'],
      status: ['http_status_code'],
      method: ['http_verb'],
      path: ['http_request'],
      referrer: ['request_header_referer'],
      userAgent: ['request_header_user_agent'],
      clientIp: ['client_ip'],
      user: ['http_user'],
      bytes: ['bytes_read'],
    },
  },
};

/** The roles whose names tell the shapes apart (time and service are shared or absent). */
export const DISTINCTIVE_ROLES: readonly FieldRole[] = ['status', 'method', 'path', 'clientIp', 'userAgent'];

/**
 * Where a single web server's log names no service, a field that tells its sites or workloads apart
 * may serve, best first. None of them is a client's address in any shape above.
 */
export const SERVICE_FALLBACKS: readonly string[] = [
  'service',
  'app',
  'application',
  'kubernetes.labels.app',
  'kubernetes.labels.app_kubernetes_io/name',
  'kubernetes.container.name',
  'kubernetes.container_name',
  'container.name',
  'url.domain',
  'vhost',
  'server_name',
  'host.name',
  'host.hostname',
  // HAProxy through Logstash's ECS-compatible grok (patterns/ecs-v1/haproxy): ECS names, and the backend
  // as the service.
  'haproxy.backend_name',
];

/** A shape as people read it; `not recognised` when the logs fit none. */
export function shapeLabel(shape: ShapeName | null): string {
  return shape === null ? 'not recognised' : SHAPES[shape].label;
}

/**
 * Path fields that never hold a query string: ECS's `url.path` and nginx's `$uri` (normalised, without
 * its arguments). Every other path field (`url.original`, grok's `request`, nginx's `request_uri`, the
 * gateways' request URIs) may carry one, and the same request can then be logged under many names.
 */
export const QUERY_FREE_PATH_FIELDS: ReadonlySet<string> = new Set(['url.path', 'uri']);
