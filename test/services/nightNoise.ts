import { END, everyday, doc, type Doc } from '../scenarios/realTraffic';

/**
 * A small site at night (03:00, about a third of its daytime volume; browsers, Googlebot, bingbot and Ahrefs,
 * the everyday typos and old links, three days of retention), with what noiseBesideRegressions.es.test.ts
 * triages on top of it: a deployment that breaks the docs section while a scanner sweeps the site, the
 * same scanner alone, and a Puppet fleet asking for a package the file server never had (alone, and beside
 * removed posts that Googlebot re-crawls).
 */
export const AT = END - 12 * 3_600_000;
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const DEPLOY_AT = AT - 28 * MIN;
const BROWSER = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
const PUPPET = 'Puppet/8.6.0 Ruby/3.2.4-p170 (x86_64-linux)';
const DOC_PAGES = ['install', 'configure', 'outputs/elasticsearch', 'outputs/s3', 'filters/grok', 'faq', 'changelog', 'troubleshooting'];

/** The site's everyday traffic up to the triage time, every document answered by `version(t)`. */
function site(service: string, seed: number, version: (t: number) => string | null): Doc[] {
  return everyday(service, seed, 300)
    .filter((d) => Date.parse(d['@timestamp'] as string) < AT)
    .map((d) => {
      const v = version(Date.parse(d['@timestamp'] as string));
      return v === null ? d : { ...d, 'service.version': v };
    });
}

/** Readers of the docs section all along (a few a minute at night), answered by `status(t)`. */
function docsReaders(service: string, version: (t: number) => string, status: (t: number) => number): Doc[] {
  const out: Doc[] = [];
  for (let t = AT - 3 * DAY, i = 0; t < AT; t += 40_000 + ((i * 7919) % 20_000), i++) {
    out.push(doc(service, t, status(t), `/projects/logship/docs/${DOC_PAGES[i % DOC_PAGES.length] as string}/`, BROWSER, `81.${(i * 13) % 220}.${(i * 31) % 250}.${1 + (i % 250)}`, { 'service.version': version(t) }));
  }
  return out;
}

/** Two addresses sweep 96 well-known files in eight minutes, with a scripting library's agent. */
function scanner(service: string, version: (t: number) => string | null): Doc[] {
  const files = ['/.env', '/.git/config', '/wp-login.php', '/xmlrpc.php', '/phpmyadmin/index.php', '/config.php', '/.aws/credentials', '/backup.sql', '/server-status', '/info.php', '/.DS_Store', '/actuator/env'];
  const prefixes = ['', '/old', '/backup', '/wp', '/blog', '/admin', '/api', '/test'];
  return prefixes.flatMap((p) => files.map((f) => `${p}${f}`)).map((path, i) => {
    const t = AT - 16 * MIN + i * 5_000;
    const v = version(t);
    return doc(service, t, 404, path, 'python-requests/2.31.0', i % 2 === 0 ? '194.26.29.113' : '194.26.29.114', v === null ? {} : { 'service.version': v });
  });
}

/** Thirty Puppet agents, each on its own run interval (30 to 60 min) and splay, all three days. */
function puppetFleet(service: string): Doc[] {
  const out: Doc[] = [];
  for (let host = 0; host < 30; host++) {
    const periodMs = (30 + ((host * 11) % 31)) * MIN;
    for (let t = AT - 3 * DAY + ((host * 104_729) % periodMs); t < AT; t += periodMs) {
      out.push(doc(service, t + ((host * 7 + t) % 15_000), 404, '/files/agents/monitoring-agent-3.2.0-1.el9.x86_64.rpm', PUPPET, `10.40.${Math.floor(host / 16)}.${20 + host}`));
    }
  }
  return out;
}

/** Googlebot and a few readers still asking, every few minutes, for posts removed before these logs begin. */
function removedPosts(service: string): Doc[] {
  const out: Doc[] = [];
  for (let t = AT - 3 * DAY, i = 0; t < AT; t += 4 * MIN + ((i * 3571) % (3 * MIN)), i++) {
    const crawler = i % 3 !== 0;
    out.push(doc(service, t, 404, `/blog/2018/${['kibana-4-tips', 'logstash-1-5-upgrade', 'elk-on-a-pi'][i % 3] as string}.html`, crawler ? GOOGLEBOT : BROWSER, crawler ? `66.249.66.${i % 40}` : `92.${i % 200}.${(i * 7) % 250}.${1 + (i % 250)}`, crawler ? {} : { 'http.request.referrer': 'https://news.example.org/2018/elk-roundup' }));
  }
  return out;
}

const before = (t: number): string => (t < DEPLOY_AT ? 'v4.1.2' : 'v4.2.0');

export const SERVICES: Record<string, (service: string) => Doc[]> = {
  // v4.2.0 went out at 02:32 and lost the docs section; a scanner sweeps the site ten minutes later.
  'deploy-and-scanner': (s) => [...site(s, 301, before), ...docsReaders(s, before, (t) => (t < DEPLOY_AT ? 200 : 404)), ...scanner(s, before)],
  // The same night and the same scanner, no deployment.
  'scanner-alone': (s) => [...site(s, 302, () => 'v4.1.2'), ...docsReaders(s, () => 'v4.1.2', () => 200), ...scanner(s, () => 'v4.1.2')],
  'puppet-fleet': (s) => [...site(s, 303, () => null), ...puppetFleet(s)],
  'puppet-fleet-and-removed-posts': (s) => [...site(s, 304, () => null), ...puppetFleet(s), ...removedPosts(s)],
};

