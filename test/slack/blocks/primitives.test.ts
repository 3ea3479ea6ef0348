import fc from 'fast-check';
import { discoverUrl } from '../../../src/slack/blocks/discover';
import { fitMessage, joinWithinBudget, LIMITS, limitViolations, truncate } from '../../../src/slack/blocks/limits';
import { barCount, downsample, sparkline } from '../../../src/slack/blocks/sparkline';
import { code, escapeMrkdwn, formatElapsed, formatPercent, formatRatio } from '../../../src/slack/blocks/text';
import type { Block } from '../../../src/slack/blocks/types';
import { FIELD_DEFAULTS } from '../../../src/config/fields';
import { nastyText } from './arbitraries';

describe('sparkline', () => {
  it('scales from zero to the peak', () => {
    expect(sparkline([0, 1, 2, 3, 4, 5, 6, 7, 8])).toBe('▁▁▂▃▄▅▆▇█');
    expect(sparkline([0, 0, 0])).toBe('▁▁▁');
    expect(sparkline([])).toBe('');
    expect(sparkline([5, Number.NaN, -3, Number.POSITIVE_INFINITY])).toBe('█▁▁▁');
  });

  it('never exceeds its width, uses only bars, and keeps totals when downsampling', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1e9 }), { maxLength: 5000 }), fc.integer({ min: 1, max: 100 }), (values, width) => {
        const line = sparkline(values, width);
        expect([...line].length).toBe(Math.min(values.length, width));
        expect(line).toMatch(/^[▁▂▃▄▅▆▇█]*$/);
        if (values.some((v) => v > 0)) expect(line).toContain('█');
        const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        expect(sum(downsample(values, width))).toBe(sum(values));
      }),
    );
  });
});

describe('barCount', () => {
  it('draws every point when they fit, else an even squeeze when there is one', () => {
    expect(barCount(12)).toEqual({ bars: 12, even: true });
    expect(barCount(60)).toEqual({ bars: 30, even: true });
    expect(barCount(288)).toEqual({ bars: 48, even: true });
    expect(barCount(168)).toEqual({ bars: 42, even: true });
    expect(barCount(61)).toEqual({ bars: 48, even: false });
  });
});

describe('text helpers', () => {
  it('escapes Slack control characters', () => {
    expect(escapeMrkdwn('<!channel> & <@U1>')).toBe('&lt;!channel&gt; &amp; &lt;@U1&gt;');
    expect(code('a`b\nc')).toBe("`a'b c`");
    expect(formatPercent(0.864)).toBe('86%');
    expect(formatRatio(null)).toBe('no baseline');
    expect(formatRatio(1234.5)).toBe('1,235×');
  });

  it('says how long something lasted in at most two units, in hours up to two days', () => {
    const MIN = 60_000;
    expect([0, 59_999, Number.NaN, -5].map(formatElapsed)).toEqual(['<1m', '<1m', '<1m', '<1m']);
    expect(formatElapsed(45 * MIN)).toBe('45m');
    expect(formatElapsed(125 * MIN)).toBe('2h 5m');
    expect(formatElapsed(24 * 60 * MIN)).toBe('24h');
    expect(formatElapsed(48 * 60 * MIN)).toBe('2d');
    expect(formatElapsed((3 * 24 + 4) * 60 * MIN + 59 * MIN)).toBe('3d 4h');
  });
});

describe('limits helpers', () => {
  it('truncate never exceeds max and never splits a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.integer({ min: 0, max: 300 }), (text, max) => {
        const out = truncate(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        const last = out.charCodeAt(out.length - 1);
        if (out.length < text.length && out.length > 1) expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
      }),
    );
  });

  it('joinWithinBudget stays within budget and counts what it dropped', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 300 }), { maxLength: 300 }), fc.integer({ min: 30, max: 3000 }), (lines, max) => {
        const out = joinWithinBudget(lines, max, (n) => `…and ${n} more`);
        expect(out.length).toBeLessThanOrEqual(max);
      }),
    );
    expect(joinWithinBudget(['aaaa', 'bbbb', 'cccc'], 20, (n) => `+${n}`)).toBe('aaaa\nbbbb\ncccc');
    expect(joinWithinBudget(['aaaa', 'bbbb', 'cccc'], 11, (n) => `+${n}`)).toBe('aaaa\n+2');
  });

  it('fitMessage repairs any message into one Slack accepts, keeping the buttons', () => {
    const block: fc.Arbitrary<Block> = fc.oneof(
      nastyText(200).map((t) => ({ type: 'header' as const, text: { type: 'plain_text' as const, text: t || 'h' } })),
      fc.string({ minLength: 1, maxLength: 5000 }).map((t) => ({ type: 'section' as const, text: { type: 'mrkdwn' as const, text: `x${t}` } })),
      fc.array(fc.string({ minLength: 1, maxLength: 4000 }), { minLength: 1, maxLength: 20 }).map((ts) => ({ type: 'context' as const, elements: ts.map((t) => ({ type: 'mrkdwn' as const, text: `x${t}` })) })),
      fc.constant({ type: 'divider' as const }),
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 120 }), fc.string({ maxLength: 10_000 }), (blocks, text) => {
        const withButtons: Block[] = [...blocks, { type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Re-run' }, action_id: 'a', value: 'v' }] }];
        const out = fitMessage({ text, blocks: withButtons });
        expect(limitViolations(out)).toEqual([]);
        expect(out.blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
        expect(out.blocks.at(-1)?.type).toBe('actions');
      }),
      { numRuns: 200 },
    );
  });

  it('limitViolations names what is wrong', () => {
    const blocks: Block[] = Array.from({ length: 51 }, () => ({ type: 'divider' as const }));
    expect(limitViolations({ text: '', blocks })).toEqual(['empty fallback text', '51 blocks > 50']);
  });
});

describe('discoverUrl', () => {
  const base = { kibanaUrl: 'https://kibana.example.com/', fields: FIELD_DEFAULTS, status: 403, environment: null, from: '2024-05-01T16:00:00.000Z', to: '2024-05-01T17:00:00.000Z' };

  it('links to Discover for the same service, status and window', () => {
    const url = discoverUrl({ ...base, service: 'checkout-api', environment: 'prod' });
    expect(url).not.toBeNull();
    const decoded = decodeURIComponent(url ?? '');
    expect(decoded).toContain("https://kibana.example.com/app/discover#/?_g=(time:(from:'2024-05-01T16:00:00.000Z',to:'2024-05-01T17:00:00.000Z'))");
    expect(decoded).toContain(`query:'service.name:"checkout-api" and http.response.status_code:403 and service.environment:"prod"'`);
  });

  it('quotes user text as a literal in KQL and in Rison, and never breaks out of the URL', () => {
    const url = discoverUrl({ ...base, service: `a" or x:* !'|>` }) ?? '';
    expect(decodeURIComponent(url)).toContain(`service.name:"a\\" or x:* !!!'|>"`);
    expect(url).not.toMatch(/[|<>\s"]/);
  });

  it('filters on the fields the triage read: a text status in all its forms, no service clause for a one-service index', () => {
    const fields = { service: null, status: 'response.keyword', environment: null, statusText: true };
    const decoded = decodeURIComponent(discoverUrl({ ...base, fields, status: 404, service: 'www', environment: 'prod' }) ?? '');
    expect(decoded).toContain(`query:'response.keyword:*404*'`);
    const named = decodeURIComponent(discoverUrl({ ...base, fields: { ...fields, service: 'server_name.keyword', statusText: false }, status: 404, service: 'www' }) ?? '');
    expect(named).toContain(`query:'server_name.keyword:"www" and response.keyword:404'`);
  });

  it('is null for a URL that is not http(s)', () => {
    expect(discoverUrl({ ...base, service: 'x', kibanaUrl: 'javascript:alert(1)' })).toBeNull();
    expect(discoverUrl({ ...base, service: 'x', kibanaUrl: 'not a url' })).toBeNull();
  });
});
