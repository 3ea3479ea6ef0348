import fc from 'fast-check';
import { decodeButtonValue } from '../../../src/slack/buttonValue';
import { limitViolations, renderTriage } from '../../../src/slack/blocks';
import { MAX_CAUSES_SHOWN } from '../../../src/slack/blocks/triage';
import type { ActionsBlock, Block, SectionBlock } from '../../../src/slack/blocks/types';
import { ACTION_IDS } from '../../../src/slack/registry';
import { triageFixture } from '../support/fixtures';
import { messageText } from '../support/messages';
import { requestArb, triageResultArb } from './arbitraries';

const request = { status: 403 as const, service: 'checkout-api', window: '1h' as const, environment: null };
const textOf = (blocks: Block[], text = '') => messageText({ text, blocks });
const sections = (blocks: Block[]) => blocks.filter((b): b is SectionBlock => b.type === 'section');
const actions = (blocks: Block[]) => blocks.find((b): b is ActionsBlock => b.type === 'actions');

describe('renderTriage', () => {
  const message = renderTriage(triageFixture(), { request, kibanaUrl: 'https://kibana.example.com', requestedBy: 'U0ALICE' });
  const all = textOf(message.blocks, message.text);

  it('leads with a header naming status, service and window', () => {
    expect(message.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: '403 Forbidden · checkout-api · last 1h', emoji: true } });
  });

  it('gives the count, the expected baseline, the ratio and a sparkline of the series', () => {
    expect(all).toContain('*1,234* 403s in the last 1h');
    expect(all).toContain('expected ≈30.5');
    expect(all).toContain('*40.4×* the usual level');
    expect(all).toMatch(/`▁[▁▂▃▄▅▆▇█]{11}`/);
    expect(all).toContain('5m per bar');
  });

  it('ranks causes with confidence, evidence (masked) and remediation', () => {
    const causeSections = sections(message.blocks).filter((s) => /^\*\d+\. /.test(s.text?.text ?? ''));
    expect(causeSections).toHaveLength(2);
    const first = causeSections[0]?.text?.text ?? '';
    expect(first).toContain('*1. Tenant isolation violation* · 86% confidence · `tenant_isolation_violation`');
    expect(first).toContain('• 1,020 of 1,234 denials');
    expect(first).toContain('a***@example.com');
    expect(first).not.toContain('alice@example.com');
    expect(first).toContain('*What to do*\n1. Check the tenant filter added in 2.4.1');
    expect(causeSections[1]?.text?.text).toContain('*2. RBAC policy mismatch* · 41%');
  });

  it('says under a cause what lowered or raised it against its rivals, in one line', () => {
    const causeSections = sections(message.blocks).filter((s) => /^\*\d+\. /.test(s.text?.text ?? ''));
    const second = causeSections[1]?.text?.text ?? '';
    expect(second).toContain(
      '*2. RBAC policy mismatch* · 41% confidence · `rbac_policy_mismatch`\n_Why this rank:_ lowered 0.43 by tenant isolation (0.90): a policy mismatch is the generic reading; a more specific pattern explains these denials (+1 more)\n•',
    );
    // A cause nothing moved gets no line.
    expect(causeSections[0]?.text?.text).not.toContain('Why this rank');
  });

  it('keeps a hostile why line to one bounded line', () => {
    const [first] = triageFixture().causes;
    if (!first) throw new Error('fixture has causes');
    const hostile = triageFixture({ causes: [{ ...first, why: [`<!channel> ${'x'.repeat(2000)}\nsecond line`] }] });
    const text = sections(renderTriage(hostile, { request }).blocks).find((s) => /^\*1\. /.test(s.text?.text ?? ''))?.text?.text ?? '';
    const line = text.split('\n').find((l) => l.startsWith('_Why this rank:_')) ?? '';
    expect(line.length).toBeLessThanOrEqual(340);
    expect(line).toContain('&lt;!channel&gt;');
  });

  it('states the decision rule, a footer with who asked, and buttons that carry the request', () => {
    expect(all).toContain('*Decision rule: 403 or 404 (or 401)?*');
    expect(all).toContain('403: the caller is known but not allowed');
    expect(all).toContain('asked by <@U0ALICE>');
    const buttons = actions(message.blocks)?.elements ?? [];
    expect(buttons.map((b) => b.action_id)).toEqual([ACTION_IDS.rerun, ACTION_IDS.widen, ACTION_IDS.samples, ACTION_IDS.openDiscover]);
    expect(buttons[1]?.text.text).toBe('Widen to 6h');
    for (const b of buttons.slice(0, 3)) expect(decodeButtonValue(b.value)).toEqual(request);
    expect(buttons[3]?.url).toMatch(/^https:\/\/kibana\.example\.com\/app\/discover#\/\?_g=/);
  });

  it('links Discover to the fields the triage read, not the configured defaults', () => {
    const fieldsRead = { service: 'server_name.keyword', status: 'response.keyword', environment: null, statusText: true };
    const read = renderTriage(triageFixture({ fieldsRead }), { request, kibanaUrl: 'https://kibana.example.com', requestedBy: 'U0ALICE' });
    const url = decodeURIComponent(actions(read.blocks)?.elements.find((b) => b.action_id === ACTION_IDS.openDiscover)?.url ?? '');
    expect(url).toContain(`query:'server_name.keyword:"checkout-api" and response.keyword:*403*'`);
  });

  it('has a meaningful fallback text', () => {
    expect(message.text).toBe('403s on checkout-api (last 1h): 1,234, 40.4× the expected ≈30.5. Top cause: Tenant isolation violation (86%).');
  });

  it('marks a partial result as partial, in the header, the body and the fallback', () => {
    const partial = renderTriage(triageFixture({ partial: true }), { request });
    expect(textOf([partial.blocks[0] as Block])).toContain('(partial)');
    expect(textOf(partial.blocks)).toContain('*Partial result.*');
    expect(partial.text.startsWith('[partial]')).toBe(true);
  });

  it('says "no logs … did you mean" for an unknown service, without samples or causes', () => {
    const none = renderTriage(
      triageFixture({ service: 'checkout-apl', total: 0, causes: [], series: [], serviceKnown: false, suggestions: ['checkout-api', 'checkout-web'] }),
      { request: { ...request, service: 'checkout-apl' } },
    );
    const text = textOf(none.blocks);
    expect(text).toContain('No logs for *checkout-apl* in the last 1h.\nDid you mean `checkout-api`, `checkout-web`?');
    expect(none.text).toBe('No logs for checkout-apl in the last 1h. Did you mean checkout-api, checkout-web?');
    expect(actions(none.blocks)?.elements.map((b) => b.action_id)).toEqual([ACTION_IDS.rerun, ACTION_IDS.widen]);
  });

  it('distinguishes a quiet service from an unknown one', () => {
    const quiet = renderTriage(triageFixture({ total: 0, causes: [], serviceKnown: true }), { request });
    expect(textOf(quiet.blocks)).toContain('the service is logging, just not 403s');
  });

  it('neutralises Slack markup coming from logs and results', () => {
    const evil = renderTriage(
      triageFixture({ causes: [{ id: 'scanner_probe', confidence: 0.5, title: '<!channel> look', evidence: ['<https://evil.example|click> &'], remediation: ['<!here>'] }] }),
      { request },
    );
    const text = JSON.stringify(evil);
    expect(text).not.toMatch(/<!channel>|<!here>|<https:\/\/evil/);
    expect(text).toContain('&lt;!channel&gt;');
  });

  it('shows "…and N more" when causes, evidence and remediation overflow', () => {
    const many = triageFixture({
      causes: Array.from({ length: 20 }, (_, i) => ({
        id: 'retry_storm' as const,
        confidence: 0.9 - i * 0.01,
        title: `Cause ${i}`,
        evidence: Array.from({ length: 200 }, (_, j) => `evidence line ${j} ${'x'.repeat(50)}`),
        remediation: Array.from({ length: 50 }, (_, j) => `step ${j} ${'y'.repeat(80)}`),
      })),
    });
    const out = renderTriage(many, { request });
    const text = textOf(out.blocks);
    expect(text).toContain(`…and ${20 - MAX_CAUSES_SHOWN} more causes with lower confidence`);
    expect(text).toMatch(/• …and \d+ more findings/);
    expect(text).toMatch(/…and \d+ more steps/);
    expect(limitViolations(out)).toEqual([]);
  });

  it('has no Widen button at the widest window, and no Discover button without KIBANA_URL', () => {
    const out = renderTriage(triageFixture(), { request: { ...request, window: '7d' } });
    expect(actions(out.blocks)?.elements.map((b) => b.action_id)).toEqual([ACTION_IDS.rerun, ACTION_IDS.samples]);
  });

  it('respects every Block Kit limit for any result, however large or hostile (fuzz)', () => {
    fc.assert(
      fc.property(triageResultArb, requestArb, fc.option(fc.constantFrom('https://kibana.example.com', 'not a url', `https://k.example.com/${'p'.repeat(3000)}`), { nil: undefined }), (result, req, kibanaUrl) => {
        const out = renderTriage(result, { request: req, kibanaUrl, requestedBy: 'U0ALICE' });
        expect(limitViolations(out)).toEqual([]);
        expect(out.blocks[0]?.type).toBe('header');
        expect(out.text.trim().length).toBeGreaterThan(0);
        // mrkdwn is where Slack would act on markup (plain_text headers and buttons render it literally).
        const mrkdwn = [out.text, ...out.blocks.flatMap((b) => (b.type === 'section' ? [b.text?.text ?? ''] : b.type === 'context' ? b.elements.map((e) => e.text) : []))];
        for (const text of mrkdwn) expect(text.replace("<@U0ALICE>", "")).not.toMatch(/<[!@#]/);
      }),
      { numRuns: 150 },
    );
  });
});

describe('renderTriage: contrast', () => {
  const request = { status: 403 as const, service: 'checkout-api', window: '1h' as const, environment: null };
  it('shows what is over-represented, with both shares, even when no rule fired', () => {
    const text = JSON.stringify(renderTriage(triageFixture({ causes: [] }), { request }).blocks);
    expect(text).toContain('What is different about these 403s');
    expect(text).toContain('`tenant-sync/1.4 (cron)`: *62%* of these, 0.4% of successful requests');
    expect(JSON.stringify(renderTriage(triageFixture({ contrast: [] }), { request }).blocks)).not.toContain('What is different');
  });
});

