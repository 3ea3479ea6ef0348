"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LOG_SHAPES = void 0;
exports.httpDate = httpDate;
exports.queryString = queryString;
exports.accessFields = accessFields;
exports.reshape = reshape;
/**
 * The same generated request as the documents other pipelines write, for tests and demos of real index
 * shapes: Logstash's legacy combined grok (strings everywhere, quoted referrer and agent, `-` for none,
 * path with its query string in `request`), nginx's JSON `log_format` (`time_iso8601`, `request_uri`,
 * numbers as numbers, `""` for none) and Fluent Bit's nginx parser behind Kubernetes metadata (strings,
 * `remote` for the client, `-` for none). Only the access-log fields survive: these pipelines know
 * nothing of roles, tenants or scopes. Field names and quirks follow the tools' own sources (see
 * config/shapes.ts).
 */
exports.LOG_SHAPES = ['ecs', 'logstash', 'nginx-json', 'fluent'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** `20/Nov/2026:13:55:36 +0000`, Apache's `%t`. */
function httpDate(iso) {
    const d = new Date(iso);
    const pad = (n) => String(n).padStart(2, '0');
    return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}
/** Tracking and paging parameters on some requests, as real logs carry them (few distinct values). */
function queryString(i) {
    if (i % 5 === 0)
        return '?utm_source=newsletter&utm_medium=email';
    if (i % 7 === 0)
        return `?page=${(i % 3) + 2}`;
    return '';
}
function str(value) {
    return typeof value === 'string' ? value : undefined;
}
/** The access-log part of a generated ECS document (flat dotted keys). */
function accessFields(doc) {
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
/** The document `shape` would hold for the request of a generated ECS document; `i` picks its query string. */
function reshape(doc, shape, i) {
    const a = accessFields(doc);
    const url = `${a.path}${queryString(i)}`;
    switch (shape) {
        case 'ecs': {
            const out = {
                '@timestamp': a.time,
                'service.name': a.service,
                'http.response.status_code': a.status,
                'http.request.method': a.method,
                'url.path': a.path,
                'url.original': url,
                'http.response.body.bytes': a.bytes,
            };
            if (a.referrer !== undefined)
                out['http.request.referrer'] = a.referrer;
            if (a.agent !== undefined)
                out['user_agent.original'] = a.agent;
            if (a.ip !== undefined)
                out['source.ip'] = a.ip;
            if (a.user !== undefined)
                out['user.id'] = a.user;
            return out;
        }
        case 'logstash': {
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
        case 'nginx-json':
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
        case 'fluent':
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
}
//# sourceMappingURL=shapes.js.map