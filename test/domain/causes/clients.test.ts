import { agentLabel, clientKind, periodPhrase, rhythmOf } from '../../../src/domain/causes/clients';
import type { ClientEvidence } from '../../../src/domain/evidence';

const MIN = 60_000;
const HOUR = 60 * MIN;
const FROM = Date.parse('2026-11-18T00:00:00Z');

/** A client with requests at these offsets from FROM, counted in buckets of `bucketMs` as the reader does. */
function client(offsets: number[], bucketMs: number): ClientEvidence {
  return {
    key: '203.0.113.7',
    by: 'clientIp',
    count: offsets.length,
    agent: null,
    distinctPaths: 1,
    topPaths: [{ value: '/files/a.jar', count: offsets.length }],
    first: new Date(FROM + Math.min(...offsets)).toISOString(),
    last: new Date(FROM + Math.max(...offsets)).toISOString(),
    active: [...new Set(offsets.map((t) => Math.floor(t / bucketMs) * bucketMs))],
  };
}

describe('clientKind: what program an agent string names', () => {
  it.each([
    ['Chef Client/18.4.12 (ruby-3.1.4; ohai-18.1.4; x86_64-linux; +https://chef.io)', 'configuration management'],
    ['Puppet/8.6.0 Ruby/3.2.4-p170 (x86_64-linux)', 'configuration management'],
    ['UptimeRobot/2.0 (http://www.uptimerobot.com/)', 'monitor'],
    ['Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)', 'monitor'],
    ['kube-probe/1.29', 'monitor'],
    ['Consul Health Check', 'monitor'],
    ['Prometheus/2.53.0', 'monitor'],
    ['Blackbox Exporter/0.25.0', 'monitor'],
    ['Salt/3006.8', 'configuration management'],
    ['ansible-httpget', 'configuration management'],
    ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'crawler'],
    ['Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)', 'crawler'],
    ['Tiny Tiny RSS/23.04 (https://tt-rss.org/)', 'feed reader'],
    ['sqlmap/1.8.3#stable (https://sqlmap.org)', 'scanner'],
    ['python-requests/2.31.0', 'script'],
    ['curl/8.5.0', 'script'],
    ['ExampleApp/5.12.0 (com.example.app; build:51200; Android 14) okhttp/4.12.0', 'app or SDK'],
    ['LogshipMobile/2.3.1 (iOS 16.7)', 'app or SDK'],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0', 'browser'],
  ])('%s → %s', (agent, kind) => {
    expect(clientKind(agent)).toBe(kind);
  });

  it('reads no agent as unknown, not as a browser', () => {
    expect(clientKind(null)).toBe('unknown');
  });

  it('names a versioned program by name and version, and leaves a browser string as it is', () => {
    expect(agentLabel('Chef Client/18.4.12 (ruby-3.1.4; ohai-18.1.4)')).toBe('Chef Client 18.4.12');
    expect(agentLabel('Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0')).toMatch(/^Mozilla\/5\.0/);
  });
});

describe('rhythmOf: a schedule, a burst, or traffic all along', () => {
  it('sees an hourly job over a day in five-minute buckets, with a little jitter', () => {
    const offsets = Array.from({ length: 24 }, (_, i) => i * HOUR + 7 * MIN + (i % 3) * 20_000);
    const rhythm = rhythmOf(client(offsets, 5 * MIN), 5 * MIN, 24 * HOUR);
    expect(rhythm.kind).toBe('periodic');
    expect(periodPhrase(rhythm.periodMs ?? 0)).toBe('about every hour');
  });

  it('sees a monitor asking every minute', () => {
    const offsets = Array.from({ length: 360 }, (_, i) => i * MIN + 1000);
    const rhythm = rhythmOf(client(offsets, MIN), MIN, 6 * HOUR);
    expect(rhythm).toMatchObject({ kind: 'periodic', periodMs: MIN });
    expect(periodPhrase(MIN)).toBe('every minute');
  });

  it('sees nine requests in a minute as a burst, not a schedule', () => {
    const offsets = Array.from({ length: 9 }, (_, i) => 35 * MIN + i * 7_000);
    expect(rhythmOf(client(offsets, MIN), MIN, HOUR).kind).toBe('burst');
  });

  it('does not call busy continuous traffic a schedule: many requests in every bucket', () => {
    const offsets = Array.from({ length: 600 }, (_, i) => i * 6_000);
    expect(rhythmOf(client(offsets, MIN), MIN, HOUR).kind).toBe('steady');
  });

  it('calls irregular requests over part of the window sporadic', () => {
    const offsets = [2 * MIN, 3 * MIN, 19 * MIN, 21 * MIN, 22 * MIN];
    expect(rhythmOf(client(offsets, MIN), MIN, HOUR).kind).toBe('sporadic');
  });
});
