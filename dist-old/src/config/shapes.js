"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SERVICE_FALLBACKS = exports.DISTINCTIVE_ROLES = exports.SHAPES = exports.SHAPE_NAMES = void 0;
exports.shapeLabel = shapeLabel;
/**
 * The access-log shapes recognised without settings, by the names their tools write. Learnt from the
 * tools' own sources: Filebeat / Elastic Agent and Logstash's `ecs_compatibility: v1` grok (ECS),
 * logstash-patterns-core's legacy `HTTPD_COMBINEDLOG` (`clientip`, `verb`, `request`, `response` …),
 * nginx's `log_format` variables written as JSON (`remote_addr`, `request_uri`, `status` …), and the
 * apache2/nginx parsers of Fluentd and Fluent Bit and Vector's `parse_apache_log`/`parse_nginx_log`
 * (`host`, `method`, `path`, `code` / `status`, `size`, `referer` / `referrer`, `agent`).
 *
 * Strings such as `"-"` (no value) and Logstash's quoted referrer and agent are cleaned by the reader.
 *
 * Each role lists candidate names, best first. A candidate that is only meaningful inside its shape
 * (Fluentd's `host` is the client's address, not a host name) is listed there and nowhere else.
 */
exports.SHAPE_NAMES = ['ecs', 'logstash', 'nginx-json', 'fluent'];
exports.SHAPES = {
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
};
/** The roles whose names tell the shapes apart (time and service are shared or absent). */
exports.DISTINCTIVE_ROLES = ['status', 'method', 'path', 'clientIp', 'userAgent'];
/**
 * Where a single web server's log names no service, a field that tells its sites or workloads apart
 * may serve, best first. None of them is a client's address in any shape above.
 */
exports.SERVICE_FALLBACKS = [
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
];
/** A shape as people read it; `not recognised` when the logs fit none. */
function shapeLabel(shape) {
    return shape === null ? 'not recognised' : exports.SHAPES[shape].label;
}
//# sourceMappingURL=shapes.js.map