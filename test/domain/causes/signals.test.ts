import { codeList, num, pct, span } from '../../../src/domain/causes/format';
import {
  combine,
  excessShare,
  reasonContradiction,
  reasonKind,
  riseInWindow,
  roleNamedIn,
  scopeNamedIn,
  spikeStrength,
  splitUsers,
} from '../../../src/domain/causes/signals';
import { fitsTemplate, isCacheableControl, isCacheHit, isCrawler } from '../../../src/domain/causes/structure404';
import { isProbePath } from '../../../src/domain/probes';
import type { Evidence } from '../../../src/domain/evidence';
import { withEvidence } from '../../support/evidenceBuilder';
import { DAY, HOUR, WINDOW_END } from '../../support/evidenceWorld';
import { calmEvidence } from '../../support/recordedEvidence';

const iso = (ms: number): string => new Date(ms).toISOString();

/** Hand-built: the signals' exact inputs, a volume and its expectation on either side of each threshold. */
function withVolume(total: number, expected: number): Evidence {
  return withEvidence(calmEvidence(403), { total, baseline: { expected, ratio: expected > 0 ? total / expected : null } });
}

describe('format', () => {
  it('groups numbers and rounds shares the way people read them', () => {
    expect(num(9800)).toBe('9,800');
    expect(num(1240.4)).toBe('1,240');
    expect(pct(0.823)).toBe('82%');
    expect(pct(0.001)).toBe('<1%');
    expect(pct(0.998)).toBe('>99%');
    expect(pct(1)).toBe('100%');
    expect(pct(0)).toBe('0%');
  });

  it('says durations and lists in plain words', () => {
    expect(span(40 * 60_000)).toBe('40 min');
    expect(span(5 * HOUR)).toBe('5 h');
    expect(span(3 * DAY)).toBe('3 days');
    expect(codeList(['a', 'b'])).toBe('`a` and `b`');
    expect(codeList(['a', 'b', 'c', 'd', 'e'])).toBe('`a`, `b`, `c` and 2 more');
  });
});

describe('spikeStrength', () => {
  it('is 0 at the usual level and 1 for a large, significant spike', () => {
    expect(spikeStrength(withVolume(25, 24))).toBe(0);
    expect(spikeStrength(withVolume(600, 24))).toBe(1);
  });

  it('does not call 10 denials against 4 expected a spike, however high the ratio', () => {
    expect(spikeStrength(withVolume(10, 4))).toBeLessThan(0.3);
  });

  it('treats a handful of denials with no history at all as new', () => {
    expect(spikeStrength(withVolume(50, 0))).toBe(1);
  });
});

describe('excessShare', () => {
  it('ignores a pattern within Poisson noise of its baseline expectation', () => {
    expect(excessShare(withVolume(25, 24), 6, 2.5)).toBeLessThan(0.1);
  });

  it('gives a new pattern carrying the spike nearly all of it', () => {
    expect(excessShare(withVolume(524, 24), 500, 2)).toBeGreaterThan(0.95);
  });
});

describe('combine', () => {
  it('caps structure alone below certainty and lets the reason add, never alone above one half', () => {
    expect(combine(1, 0)).toBe(0.9);
    expect(combine(0, 1)).toBe(0.5);
    expect(combine(0.9, 1)).toBeCloseTo(0.95);
    expect(combine(0.6, 0)).toBeCloseTo(0.6);
  });
});

describe('reasons', () => {
  it('sorts the app’s reasons into the causes they point at', () => {
    expect(reasonKind('missing role: billing-admin')).toBe('role');
    expect(reasonKind('ip not allowed')).toBe('ip');
    expect(reasonKind('insufficient_scope')).toBe('scope');
    expect(reasonKind('invalid_token')).toBe('unauthenticated');
    expect(reasonKind('tenant mismatch')).toBe('tenant');
    expect(reasonKind('forbidden')).toBe('other');
  });

  it('extracts the role and the scope they name', () => {
    expect(roleNamedIn('missing role: billing-admin')).toBe('billing-admin');
    expect(roleNamedIn('role "auditor" is required')).toBe('auditor');
    expect(scopeNamedIn('insufficient_scope: orders:write')).toBe('orders:write');
    expect(scopeNamedIn('missing scope orders:write')).toBe('orders:write');
    expect(scopeNamedIn('insufficient_scope')).toBeNull();
  });

  it('measures how much of the window names another cause', () => {
    const evidence = withEvidence(withVolume(100, 20), {
      fields: { reason: { ...calmEvidence(403).fields.reason, window: [{ value: 'ip not allowed', count: 80 }, { value: 'forbidden', count: 20 }] } },
    });
    expect(reasonContradiction(evidence, 'role')).toBeCloseTo(0.8);
    expect(reasonContradiction(evidence, 'ip')).toBe(0);
  });
});

describe('splitUsers', () => {
  it('splits new from established users by first-seen time and prior success, leaving unknowns out', () => {
    const evidence = withEvidence(calmEvidence(403), {
      users: [
        { id: 'new', count: 30, firstSeen: iso(WINDOW_END - 5 * HOUR), successBefore: 0 },
        { id: 'old', count: 10, firstSeen: iso(WINDOW_END - 6 * DAY), successBefore: 200 },
        { id: 'worked-before', count: 5, firstSeen: null, successBefore: 12 },
        { id: 'unknown', count: 5, firstSeen: null, successBefore: 0 },
      ],
    });
    const split = splitUsers(evidence);
    expect(split.fresh.map((u) => u.id)).toEqual(['new']);
    expect(split.established.map((u) => u.id)).toEqual(['old', 'worked-before']);
    expect(split.freshShare).toBeCloseTo(0.6);
  });
});

describe('riseInWindow', () => {
  const from = WINDOW_END - HOUR;
  const series = (counts: number[]): Evidence =>
    withEvidence(calmEvidence(404), { series: counts.map((count, i) => ({ t: iso(from + i * 60_000), count })), bucketMs: 60_000 });

  it('finds the minute a flat series steps up', () => {
    const rise = riseInWindow(series([...new Array<number>(25).fill(1), ...new Array<number>(35).fill(30)]));
    expect(rise?.atMs).toBe(from + 25 * 60_000);
    expect(rise?.after).toBe(30);
  });

  it('finds no rise in a flat or an already-elevated series', () => {
    expect(riseInWindow(series(new Array<number>(60).fill(2)))).toBeNull();
    expect(riseInWindow(series(new Array<number>(60).fill(40)))).toBeNull();
  });
});

describe('404 path and header classifiers', () => {
  it('recognises probes, but not a PHP site’s own pages', () => {
    for (const path of ['/wp-login.php', '/.env', '/.git/config', '/phpmyadmin/index.php', '/cgi-bin/luci', '/xmlrpc.php']) {
      expect(isProbePath(path, false)).toBe(true);
    }
    expect(isProbePath('/index.php', true)).toBe(false);
    expect(isProbePath('/v1/orders/{id}', false)).toBe(false);
  });

  it('matches raw paths to templates', () => {
    expect(fitsTemplate('/v1/orders/{id}', '/v1/orders/98765')).toBe(true);
    expect(fitsTemplate('/v1/orders/{id}', '/v1/orders/98765/receipt')).toBe(false);
    expect(fitsTemplate('/a.b/{id}', '/aXb/1')).toBe(false);
  });

  it('reads cache status and Cache-Control', () => {
    expect(isCacheHit('HIT')).toBe(true);
    expect(isCacheHit('TCP_MISS')).toBe(false);
    expect(isCacheableControl('public, max-age=3600')).toBe(true);
    expect(isCacheableControl('no-store')).toBe(false);
    expect(isCacheableControl('public, max-age=0')).toBe(false);
  });

  it('tells crawlers from browsers', () => {
    expect(isCrawler('Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)')).toBe(true);
    expect(isCrawler('Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0')).toBe(false);
  });
});
