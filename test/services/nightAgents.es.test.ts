import type { SearchEngine } from '../../src/elasticsearch/engine';
import { loadConfig } from '../../src/config';
import type { TriageResult } from '../../src/domain/types';
import { createLogger } from '../../src/logging';
import { createTriageService } from '../../src/services/triage';
import { runWatchOnce } from '../../src/services/watch';
import { DAY, Doc, HOUR, MIN } from '../reliability/support';
import { bulkLoad, testClient, testEngineEnv, uniqueIndexName } from '../support/elasticsearch';

/**
 * The automated clients every site has, at night (03:30), in an index with no template: crawlers re-crawling
 * removed posts a few times an hour (Googlebot from many addresses, bingbot from one), a Salt fleet fetching
 * a key file that is not there every hour, a Consul health check and a Prometheus scrape pointed at paths
 * the service does not serve. Nothing here is an incident or a regression; the answers must name the
 * clients for what they are (agent strings as the tools send them: Salt's http utility `Salt/<version>`,
 * Consul's `Consul Health Check`, Prometheus's `Prometheus/<version>`), and name no client that does not
 * exist: the window's top address and top agent belong to different crawlers here.
 */
const NOW = Date.parse('2026-11-20T03:30:00Z');
const START = NOW - 8 * DAY;
const UA = {
  chrome: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  googlebot: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  bingbot: 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
  salt: 'Salt/3006.8',
  consul: 'Consul Health Check',
  prometheus: 'Prometheus/2.53.0',
};
const BINGBOT_IP = '157.55.39.1';

function doc(service: string, at: number, status: number, path: string, agent: string, ip: string): Doc {
  return {
    '@timestamp': new Date(at).toISOString(),
    'service.name': service,
    'http.response.status_code': status,
    'http.request.method': 'GET',
    'url.path': path,
    'user_agent.original': agent,
    'source.ip': ip,
  };
}

/** People reading articles (a 200 every 2 minutes) and mistyping one now and then (a 404 every 30). */
function readers(service: string): Doc[] {
  const out: Doc[] = [];
  for (let t = START, i = 0; t < NOW; t += 2 * MIN, i++) {
    out.push(doc(service, t, 200, `/articles/${i % 40}`, UA.chrome, `203.0.113.${i % 200}`));
    if (i % 15 === 0) out.push(doc(service, t + 3000, 404, `/articles/typo-${i % 7}x`, UA.chrome, `198.51.100.${i % 200}`));
  }
  return out;
}

function every(periodMs: number, offset: number, make: (t: number, i: number) => Doc): Doc[] {
  const out: Doc[] = [];
  for (let t = START + offset, i = 0; t < NOW; t += periodMs, i++) out.push(make(t, i));
  return out;
}

const SERVICES = {
  // Removed posts: Googlebot (20 addresses) every 12 min, bingbot (one address) every 18 min.
  crawled: [
    ...every(12 * MIN, 0, (t, i) => doc('crawled', t, 404, `/blog/2019/retired-post-${i % 9}`, UA.googlebot, `66.249.66.${i % 20}`)),
    ...every(18 * MIN, 5 * MIN, (t, i) => doc('crawled', t, 404, `/blog/2019/retired-post-${i % 9}`, UA.bingbot, BINGBOT_IP)),
  ],
  // Three minions, each once an hour.
  salted: [0, 1, 2].flatMap((h) => every(HOUR, h * 7 * MIN, (t) => doc('salted', t, 404, '/repo/keys/RPM-GPG-KEY-internal', UA.salt, `10.1.0.${h + 10}`))),
  consul: every(15_000, 0, (t) => doc('consul', t, 404, '/health', UA.consul, '10.2.0.5')),
  scraped: every(30_000, 0, (t) => doc('scraped', t, 404, '/metrics', UA.prometheus, '10.3.0.9')),
};
type Service = keyof typeof SERVICES;

describe('automated clients at night, on a dynamically mapped index', () => {
  let client: SearchEngine;
  let index: string;
  const results = new Map<string, TriageResult>();
  const config = () => loadConfig({ ...testEngineEnv(), ELASTICSEARCH_INDEX: index, ELASTICSEARCH_TIMEOUT: '30s', WATCH_SERVICES: '*', STATE_INDEX: `${index}-state` });

  beforeAll(async () => {
    client = testClient();
    index = uniqueIndexName('st-night-agents');
    const services = Object.keys(SERVICES) as Service[];
    await bulkLoad(client, index, services.flatMap((s) => [...readers(s), ...SERVICES[s]]));
    const triage = createTriageService({ client, config: config(), logger: createLogger({ level: 'silent' }) });
    for (const service of services) {
      for (const window of ['1h', '6h'] as const) results.set(`${service}:${window}`, await triage.triage({ status: 404, service, window, environment: null, at: new Date(NOW) }));
    }
  }, 300_000);

  afterAll(async () => {
    await client.deleteIndex(index);
    await client.close();
  });

  const ids = (key: string): string[] => (results.get(key)?.causes ?? []).map((c) => c.id);
  const evidence = (key: string): string => (results.get(key)?.causes ?? []).flatMap((c) => [c.title, ...c.evidence]).join('\n');

  it.each(Object.keys(SERVICES).flatMap((s) => [`${s}:1h`, `${s}:6h`]))('%s: no incident, regression or broken rule', (key) => {
    expect(results.get(key)?.baseline.ratio).toBeLessThan(1.5);
    for (const id of ['routing_regression', 'deploy_broke_routes', 'broken_redirect_or_rule', 'retry_storm', 'scanner_probe']) expect(ids(key)).not.toContain(id);
  });

  it('removed posts re-crawled: gone, and the crawler named is one that exists', () => {
    expect(ids('crawled:6h')[0]).toBe('gone_should_be_410');
    const text = evidence('crawled:6h');
    // bingbot's address tops the addresses, Googlebot (spread over 20) the agents: never one with the other's agent.
    expect(text).not.toMatch(new RegExp(`${BINGBOT_IP.replace(/\./g, '\\.')}\`? with agent \`[^\`]*Googlebot`));
    expect(text).toMatch(/come from the crawler `Mozilla\/5\.0 \(compatible; Googlebot/);
  });

  it('a Salt fleet, a Consul check and a Prometheus scrape are named for what they are', () => {
    expect(ids('salted:6h')[0]).toBe('stale_client');
    expect(evidence('salted:6h')).toMatch(/`10\.1\.0\.1\d` \(Salt 3006\.8, configuration management\), about every hour/);
    for (const window of ['1h', '6h']) {
      expect(ids(`consul:${window}`)[0]).toBe('stale_client');
      expect(evidence(`consul:${window}`)).toMatch(/`10\.2\.0\.5` \(Consul Health Check, monitor\)/);
      expect(ids(`scraped:${window}`)[0]).toBe('stale_client');
      expect(evidence(`scraped:${window}`)).toMatch(/`10\.3\.0\.9` \(Prometheus 2\.53\.0, monitor\)/);
    }
  });

  it('the watcher stays quiet', async () => {
    const triage = createTriageService({ client, config: config(), logger: createLogger({ level: 'silent' }), now: () => new Date(NOW) });
    const { alerts } = await runWatchOnce({ client, config: config(), logger: createLogger({ level: 'silent' }), triage, now: () => new Date(NOW) });
    expect(alerts).toEqual([]);
  });
});
