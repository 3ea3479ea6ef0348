import { classify } from '../../../src/domain/causes';
import { buildEvidence, HOUR, MINUTE, type LogDoc } from '../../support/evidenceBuilder';

/**
 * The causes read from who sends the errors (#12): a stale client, a scanner found by structure. Evidence
 * built on the calm world of evidenceBuilder, for the cases the generated scenarios do not stage: the rivals
 * a stale client must not swallow, and clients that look like scanners but are not.
 */

const CHEF = 'Chef Client/18.4.12 (ruby-3.1.4; ohai-18.1.4; x86_64-linux; +https://chef.io)';
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';

function every(periodMs: number, from: number, to: number, make: (t: number, i: number) => LogDoc): LogDoc[] {
  const out: LogDoc[] = [];
  for (let t = from + 13_000, i = 0; t < to; t += periodMs, i++) out.push(make(t, i));
  return out;
}

function ids(evidence: ReturnType<typeof buildEvidence>): string[] {
  return classify(evidence).causes.map((c) => c.id);
}

describe('stale_client', () => {
  it('names the job that asks every five minutes for a file that never existed, and points the fix at it', () => {
    const evidence = buildEvidence({
      status: 404,
      windowMs: 6 * HOUR,
      incident: ({ world, to }) => every(5 * MINUTE, world.start, to, (t) => ({ t, status: 404, path: '/files/agent-2.7.1-1.x86_64.rpm', ip: '192.0.2.50', ua: CHEF, method: 'GET' })),
    });
    const result = classify(evidence);
    expect(result.causes[0]?.id).toBe('stale_client');
    expect(result.causes[0]?.evidence.join('\n')).toMatch(/`192\.0\.2\.50` \(Chef Client 18\.4\.12, configuration management\), about every 5 min/);
    expect(result.causes[0]?.remediation.join('\n')).toContain('192.0.2.50');
  });

  it('leaves a client retrying many times a minute to retry_storm', () => {
    const evidence = buildEvidence({
      status: 404,
      incident: ({ to }) => every(2_000, to - 30 * MINUTE, to, (t) => ({ t, status: 404, path: '/feeds/atom.xml', ip: '192.0.2.60', ua: 'feedsync/2.0', method: 'GET' })),
    });
    expect(ids(evidence)[0]).toBe('retry_storm');
    expect(ids(evidence)).not.toContain('stale_client');
  });

  it('leaves many browsers asking for a URL retired long ago to gone_should_be_410', () => {
    const evidence = buildEvidence({
      status: 404,
      windowMs: 6 * HOUR,
      incident: ({ world, to }) => every(4 * MINUTE, world.start, to, (t, i) => ({ t, status: 404, path: '/projects/old-tool/', ip: `198.51.${i % 200}.${(i * 7) % 250}`, ua: BROWSER, method: 'GET' })),
    });
    expect(ids(evidence)).not.toContain('stale_client');
  });

  it('for 403s: a job refused all week is stale; the same job refused only since today, after years of 2xx, is not', () => {
    const job = (refusedFrom: (from: number) => number) =>
      buildEvidence({
        status: 403,
        windowMs: 6 * HOUR,
        incident: ({ world, from, to }) =>
          every(5 * MINUTE, world.start, to, (t) => ({ t, status: t >= refusedFrom(from) ? 403 : 200, path: '/v1/admin/export', ip: '192.0.2.70', ua: 'backup-sync/1.4.2 (cron)', method: 'GET', user: 'svc-backup', auth: 'bearer' })),
      });
    expect(ids(job(() => 0))[0]).toBe('stale_client');
    expect(ids(job((from) => from))).not.toContain('stale_client');
  });
});

describe('scanner_probe by structure', () => {
  const probe = (t0: number): LogDoc[] =>
    ['fckeditor/editor/fckeditor.html', 'js/fckeditor/editor/fckeditor.html', 'admin/FCKeditor/editor/fckeditor.html', 'include/fckeditor/editor/filemanager/connectors/test.html', 'js/fckeditor/_samples/default.html', 'admin/FCKeditor/_samples/default.html', 'fckeditor/_samples/default.html', 'editor/filemanager/upload/test.html', 'FCKeditor/editor/fckeditor.html'].map((p, i) => ({
      t: t0 + i * 7_000,
      status: 404,
      path: `/blog/2023/grok-patterns.html/${p}`,
      ip: '91.236.75.25',
      method: 'HEAD',
    }));

  it('finds a new address walking through nine never-seen paths in a minute, with no agent and no known probe path', () => {
    const evidence = buildEvidence({ status: 404, incident: ({ to }) => probe(to - 25 * MINUTE) });
    const result = classify(evidence);
    const scanner = result.causes.find((c) => c.id === 'scanner_probe');
    expect(scanner).toBeDefined();
    expect(scanner?.evidence.join('\n')).toMatch(/`91\.236\.75\.25` \(no user agent\) asked for 9 distinct paths/);
    expect(result.causes[0]?.id).not.toBe('broken_redirect_or_rule');
  });

  it('does not take a known client walking the ids of one route for a scanner', () => {
    const evidence = buildEvidence({
      status: 404,
      incident: ({ world, to }) => [
        ...every(10 * MINUTE, world.start, to - HOUR, (t, i) => ({ t, status: 200, path: `/v1/orders/${1000 + (i % 50)}`, ip: '192.0.2.80', ua: 'example-sdk-go/1.18.3', method: 'GET' })),
        ...every(20_000, to - 10 * MINUTE, to, (t, i) => ({ t, status: 404, path: `/v1/orders/${90_000 + i}`, ip: '192.0.2.80', ua: 'example-sdk-go/1.18.3', method: 'GET' })),
      ],
    });
    expect(ids(evidence)).not.toContain('scanner_probe');
  });
});
