import { FIELD_DEFAULTS } from '../../src/config/fields';
import { detectShape, FieldCaps, isResolved, requiredProblems, resolveFields, unmappedName } from '../../src/elasticsearch/fieldResolution';

/** `_field_caps` answers in the shape Elasticsearch gives them: one entry per type, `indices` when types differ. */
type Cap = { type: string; aggregatable?: boolean; indices?: string[] };
function caps(indices: string[], fields: Record<string, Cap | Cap[]>): FieldCaps {
  return {
    indices,
    fields: Object.fromEntries(
      Object.entries(fields).map(([name, value]) => {
        const list = Array.isArray(value) ? value : [value];
        return [name, Object.fromEntries(list.map((c) => [c.type, { type: c.type, aggregatable: c.aggregatable ?? c.type !== 'text', searchable: true, ...(c.indices ? { indices: c.indices } : {}) }]))];
      }),
    ),
  };
}

const NONE = { fields: {}, indexService: undefined };

/** A Logstash legacy grok index with no template: every string text + keyword. */
const logstash = caps(['logs-a'], {
  '@timestamp': { type: 'date' },
  app: { type: 'text' },
  'app.keyword': { type: 'keyword' },
  clientip: { type: 'text' },
  'clientip.keyword': { type: 'keyword' },
  verb: { type: 'text' },
  'verb.keyword': { type: 'keyword' },
  request: { type: 'text' },
  'request.keyword': { type: 'keyword' },
  response: { type: 'text' },
  'response.keyword': { type: 'keyword' },
  agent: { type: 'text' },
  'agent.keyword': { type: 'keyword' },
  referrer: { type: 'text' },
  timestamp: { type: 'text' },
  'timestamp.keyword': { type: 'keyword' },
});

describe('resolveFields', () => {
  it('reads a dynamically mapped Logstash index through its keyword sub-fields, with no setting', () => {
    const r = resolveFields(logstash, NONE);
    expect(r.shape).toBe('logstash');
    expect(r.fields.status).toBe('response.keyword');
    expect(r.statusKind).toBe('keyword');
    expect(r.fields.clientIp).toBe('clientip.keyword');
    expect(r.fields.path).toBe('request.keyword');
    expect(r.fields.method).toBe('verb.keyword');
    expect(r.fields.userAgent).toBe('agent.keyword');
    expect(r.fields.service).toBe('app.keyword');
    expect(r.fields.time).toBe('@timestamp');
    expect(requiredProblems(r)).toEqual([]);
  });

  it('reports a text field without a keyword sub-field as missing, with why, and queries a name no index maps', () => {
    const r = resolveFields(logstash, NONE);
    expect(r.roles.referrer).toEqual({ missing: '`referrer` is text only, no keyword sub-field' });
    expect(r.fields.referrer).toBe(unmappedName('referrer'));
    expect(Object.keys(logstash.fields)).not.toContain(r.fields.referrer);
  });

  it('lets a setting win over detection, and says when the set field cannot serve', () => {
    const r = resolveFields(logstash, { fields: { service: 'verb', status: 'timestamp' }, indexService: undefined });
    expect(r.fields.service).toBe('verb.keyword');
    expect(isResolved(r.roles.service) && r.roles.service.source).toBe('setting');
    // A status setting naming an unusable field is not silently replaced by a guess.
    expect(isResolved(r.roles.status)).toBe(true);
    const bad = resolveFields(logstash, { fields: { status: 'nope' }, indexService: undefined });
    expect(bad.roles.status).toEqual({ missing: '`nope` (FIELD_STATUS) is in none of the indices' });
    expect(requiredProblems(bad)).toEqual(['no status field (FIELD_STATUS): `nope` (FIELD_STATUS) is in none of the indices']);
  });

  it('takes ECS names as they are, numbers and ip types included', () => {
    const ecs = caps(['logs-ecs'], {
      '@timestamp': { type: 'date_nanos' },
      'service.name': { type: 'keyword' },
      'http.response.status_code': { type: 'long' },
      'url.original': { type: 'keyword' },
      'source.ip': { type: 'ip' },
      'user_agent.original': { type: 'keyword' },
      'http.request.method': { type: 'keyword' },
    });
    const r = resolveFields(ecs, NONE);
    expect(r.shape).toBe('ecs');
    expect(r.fields).toMatchObject({ time: '@timestamp', service: 'service.name', status: 'http.response.status_code', clientIp: 'source.ip', path: 'url.original' });
    expect(r.statusKind).toBe('number');
    expect(isResolved(r.roles.time) && r.roles.time.kind).toBe('date_nanos');
  });

  it('recognises nginx JSON and Fluent Bit names, never taking Fluent Bit nginx\'s "-" host for the client', () => {
    const nginx = caps(['n'], { time_iso8601: { type: 'date' }, status: { type: 'long' }, request_uri: { type: 'text' }, 'request_uri.keyword': { type: 'keyword' }, remote_addr: { type: 'text' }, 'remote_addr.keyword': { type: 'keyword' }, request_method: { type: 'text' }, 'request_method.keyword': { type: 'keyword' }, server_name: { type: 'text' }, 'server_name.keyword': { type: 'keyword' } });
    const n = resolveFields(nginx, NONE);
    expect(n.shape).toBe('nginx-json');
    expect(n.fields).toMatchObject({ time: 'time_iso8601', status: 'status', path: 'request_uri.keyword', clientIp: 'remote_addr.keyword', service: 'server_name.keyword' });
    const fluent = caps(['f'], { '@timestamp': { type: 'date' }, code: { type: 'text' }, 'code.keyword': { type: 'keyword' }, path: { type: 'text' }, 'path.keyword': { type: 'keyword' }, method: { type: 'text' }, 'method.keyword': { type: 'keyword' }, remote: { type: 'text' }, 'remote.keyword': { type: 'keyword' }, host: { type: 'text' }, 'host.keyword': { type: 'keyword' }, 'kubernetes.labels.app': { type: 'text' }, 'kubernetes.labels.app.keyword': { type: 'keyword' } });
    const f = resolveFields(fluent, NONE);
    expect(f.shape).toBe('fluent');
    expect(f.fields).toMatchObject({ status: 'code.keyword', clientIp: 'remote.keyword', service: 'kubernetes.labels.app.keyword', path: 'path.keyword' });
  });

  describe('gateways and proxies, as a shipper with no template indexes them', () => {
    /** Dynamic mapping: strings `text` + `.keyword`, numbers `long`, ISO strings `date`, and every parent of a dotted name an `object`. */
    function dynamic(fields: Record<string, 'string' | 'long' | 'float' | 'date'>): FieldCaps {
      const out: Record<string, Cap> = {};
      for (const [name, kind] of Object.entries(fields)) {
        const parts = name.split('.');
        for (let i = 1; i < parts.length; i++) out[parts.slice(0, i).join('.')] = { type: 'object', aggregatable: false };
        if (kind === 'string') {
          out[name] = { type: 'text' };
          out[`${name}.keyword`] = { type: 'keyword' };
        } else out[name] = { type: kind };
      }
      return caps(['gw'], out);
    }

    const traefik = dynamic({ '@timestamp': 'date', StartUTC: 'date', ServiceName: 'string', RouterName: 'string', RequestHost: 'string', ClientAddr: 'string', ClientHost: 'string', ClientUsername: 'string', RequestMethod: 'string', RequestPath: 'string', DownstreamStatus: 'long', OriginStatus: 'long', DownstreamContentSize: 'long', 'request_User-Agent': 'string', request_Referer: 'string' });
    const envoy = dynamic({ '@timestamp': 'date', start_time: 'date', method: 'string', path: 'string', response_code: 'long', bytes_sent: 'long', x_forwarded_for: 'string', user_agent: 'string', authority: 'string', upstream_cluster: 'string', downstream_remote_address: 'string' });
    const kong = dynamic({ '@timestamp': 'date', 'request.uri': 'string', 'request.url': 'string', 'request.method': 'string', 'request.headers.user-agent': 'string', 'request.headers.host': 'string', 'response.status': 'long', 'response.size': 'long', client_ip: 'string', 'service.name': 'string', 'service.host': 'string', 'route.name': 'string', 'consumer.username': 'string', started_at: 'long', upstream_uri: 'string' });
    const caddy = dynamic({ '@timestamp': 'date', ts: 'float', 'request.remote_ip': 'string', 'request.client_ip': 'string', 'request.method': 'string', 'request.host': 'string', 'request.uri': 'string', 'request.headers.User-Agent': 'string', status: 'long', size: 'long', user_id: 'string', logger: 'string' });
    const haproxy = dynamic({ '@timestamp': 'date', client_ip: 'string', frontend_name: 'string', backend_name: 'string', http_status_code: 'string', bytes_read: 'string', http_verb: 'string', http_request: 'string', request_header_user_agent: 'string' });

    it.each([
      ['traefik', traefik, { service: 'ServiceName.keyword', status: 'DownstreamStatus', method: 'RequestMethod.keyword', path: 'RequestPath.keyword', clientIp: 'ClientHost.keyword', userAgent: 'request_User-Agent.keyword', referrer: 'request_Referer.keyword', user: 'ClientUsername.keyword', bytes: 'DownstreamContentSize' }],
      ['envoy', envoy, { service: 'upstream_cluster.keyword', status: 'response_code', method: 'method.keyword', path: 'path.keyword', clientIp: 'x_forwarded_for.keyword', userAgent: 'user_agent.keyword', bytes: 'bytes_sent' }],
      ['kong', kong, { service: 'service.name.keyword', status: 'response.status', method: 'request.method.keyword', path: 'request.uri.keyword', clientIp: 'client_ip.keyword', userAgent: 'request.headers.user-agent.keyword', user: 'consumer.username.keyword', bytes: 'response.size' }],
      ['caddy', caddy, { service: 'request.host.keyword', status: 'status', method: 'request.method.keyword', path: 'request.uri.keyword', clientIp: 'request.client_ip.keyword', userAgent: 'request.headers.User-Agent.keyword', user: 'user_id.keyword', bytes: 'size' }],
      ['haproxy', haproxy, { service: 'backend_name.keyword', status: 'http_status_code.keyword', method: 'http_verb.keyword', path: 'http_request.keyword', clientIp: 'client_ip.keyword', userAgent: 'request_header_user_agent.keyword', bytes: 'bytes_read.keyword' }],
    ] as const)('recognises %s and reads each role from its own names, its service included', (shape, fieldCaps, expected) => {
      const r = resolveFields(fieldCaps, NONE);
      expect(r.shape).toBe(shape);
      expect(r.fields).toMatchObject({ time: '@timestamp', ...expected });
      expect(requiredProblems(r)).toEqual([]);
    });

    it('does not take Kong\'s `request` and `response` objects for Logstash\'s fields, nor its `service.name` for ECS', () => {
      // Two objects named like Logstash's path and status, and ECS's service: still Kong, read from Kong's names.
      expect(detectShape(kong)).toBe('kong');
      const sparse = dynamic({ '@timestamp': 'date', 'request.uri': 'string', 'response.status': 'long', 'service.name': 'string' });
      expect(detectShape(sparse)).toBe('kong');
      expect(resolveFields(sparse, NONE).fields).toMatchObject({ status: 'response.status', path: 'request.uri.keyword', service: 'service.name.keyword' });
      // A Logstash index whose `request` and `response` are the fields themselves stays Logstash.
      expect(detectShape(logstash)).toBe('logstash');
    });

    it('tells Caddy from Kong (both log `request.uri` and `request.method`) and Envoy from Fluent Bit (both `method` and `path`)', () => {
      expect(detectShape(caddy)).toBe('caddy');
      expect(detectShape(kong)).toBe('kong');
      expect(resolveFields(caddy, NONE).fields.status).toBe('status');
      expect(detectShape(envoy)).toBe('envoy');
      const fluentBit = dynamic({ '@timestamp': 'date', remote: 'string', host: 'string', method: 'string', path: 'string', code: 'string', size: 'string', agent: 'string' });
      expect(detectShape(fluentBit)).toBe('fluent');
      // HAProxy and Kong share `client_ip`, and nothing else.
      expect(detectShape(haproxy)).toBe('haproxy');
    });

    it('keeps an ECS index ECS although its `user_agent` object is named like Envoy\'s user agent', () => {
      const ecs = dynamic({ '@timestamp': 'date', 'service.name': 'string', 'http.response.status_code': 'long', 'http.request.method': 'string', 'url.path': 'string', 'user_agent.original': 'string', 'source.ip': 'string' });
      expect(detectShape(ecs)).toBe('ecs');
      expect(resolveFields(ecs, NONE).fields.userAgent).toBe('user_agent.original.keyword');
    });

    it('does not let a gateway\'s site or route stand in for the service outside its shape', () => {
      // A Fluent Bit index that happens to carry an `authority` keeps its Kubernetes app as the service.
      const fluentBit = dynamic({ '@timestamp': 'date', remote: 'string', method: 'string', path: 'string', code: 'string', authority: 'string', 'kubernetes.labels.app': 'string' });
      expect(resolveFields(fluentBit, NONE).fields.service).toBe('kubernetes.labels.app.keyword');
    });
  });

  it('works where it can when indices disagree, and names the indices where it cannot', () => {
    const mixed = caps(['old', 'new', 'empty'], {
      '@timestamp': { type: 'date' },
      'service.name': [{ type: 'keyword', indices: ['new'] }, { type: 'text', indices: ['old'] }, { type: 'unmapped', indices: ['empty'] }],
      'service.name.keyword': [{ type: 'keyword', indices: ['old'] }, { type: 'unmapped', indices: ['new', 'empty'] }],
      'http.response.status_code': [{ type: 'long', indices: ['old', 'new'] }, { type: 'unmapped', indices: ['empty'] }],
    });
    const r = resolveFields(mixed, NONE);
    expect(r.fields.status).toBe('http.response.status_code');
    expect(isResolved(r.roles.status) && r.roles.status.uncovered).toEqual(['empty']);
    // One index each: the name that fails visibly (a partial answer) wins over one that silently drops the other.
    expect(r.fields.service).toBe('service.name');
    expect(isResolved(r.roles.service) && r.roles.service.uncovered).toEqual(['old', 'empty']);
  });

  it('a status or client that is a keyword in some indices and a number or address in others is read as the number or address', () => {
    // A regexp for padded status text, or a prefix for address lists, would fail on the other indices.
    const both = caps(['text-days', 'typed-days'], {
      '@timestamp': { type: 'date' },
      'service.name': { type: 'keyword' },
      status: [{ type: 'keyword', indices: ['text-days'] }, { type: 'long', indices: ['typed-days'] }],
      'source.ip': [{ type: 'keyword', indices: ['text-days'] }, { type: 'ip', indices: ['typed-days'] }],
    });
    const r = resolveFields(both, NONE);
    expect(r.fields.status).toBe('status');
    expect(r.statusKind).toBe('number');
    expect(isResolved(r.roles.clientIp) && r.roles.clientIp.kind).not.toBe('keyword');
  });

  it('after a template change, reads the form the newest index has, though more indices hold the old one', () => {
    const changed = caps(['d1', 'd2', 'd3'], {
      '@timestamp': { type: 'date' },
      'service.name': [{ type: 'keyword', indices: ['d3'] }, { type: 'text', indices: ['d1', 'd2'] }],
      'service.name.keyword': [{ type: 'keyword', indices: ['d1', 'd2'] }, { type: 'unmapped', indices: ['d3'] }],
    });
    expect(resolveFields(changed, NONE).fields.service).toBe('service.name.keyword');
    const r = resolveFields(changed, NONE, 'd3');
    expect(r.fields.service).toBe('service.name');
    expect(isResolved(r.roles.service) && r.roles.service.uncovered).toEqual(['d1', 'd2']);
    // Newest in an old index (the template was lost instead): the old form stays.
    expect(resolveFields(changed, NONE, 'd2').fields.service).toBe('service.name.keyword');
  });

  it('needs a date for time, and says so when the only time is a string', () => {
    const r = resolveFields(caps(['x'], { timestamp: { type: 'text' }, 'timestamp.keyword': { type: 'keyword' }, response: { type: 'long' }, verb: { type: 'keyword' } }), { fields: { time: 'timestamp' }, indexService: 'www' });
    expect(r.roles.time).toEqual({ missing: '`timestamp` is text, not a date' });
    expect(requiredProblems(r)).toEqual(['no time field (FIELD_TIME): `timestamp` is text, not a date']);
  });

  it('with INDEX_SERVICE, needs no service field and counts the whole pattern as that service', () => {
    const r = resolveFields(logstash, { fields: {}, indexService: 'www' });
    expect(r.singleService).toBe('www');
    expect(isResolved(r.roles.service)).toBe(false);
    expect(requiredProblems(r)).toEqual([]);
    const none = caps(['x'], { '@timestamp': { type: 'date' }, response: { type: 'long' } });
    expect(requiredProblems(resolveFields(none, NONE))).toEqual([expect.stringMatching(/^no service field \(FIELD_SERVICE\)/)]);
  });

  it('lists every keyword field for contrast, and detects no shape from one stray name', () => {
    const r = resolveFields(logstash, NONE);
    expect(r.keywordFields).toContain('agent.keyword');
    expect(r.keywordFields).not.toContain('agent');
    expect(detectShape(caps(['x'], { path: { type: 'keyword' } }))).toBeNull();
    expect(FIELD_DEFAULTS.status).toBe('http.response.status_code');
  });
});
