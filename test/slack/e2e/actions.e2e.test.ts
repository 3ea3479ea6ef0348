import { MASK } from '../../../src/slack/mask';
import { ACTION_IDS } from '../../../src/slack/registry';
import { encodeAlertButton, encodeButtonValue } from '../../../src/slack/buttonValue';
import { fixtureAsk, fixtureTriage, SAMPLE_FIXTURE, type RecordingTriage } from '../support/fixtures';
import { startHarness, type Harness } from '../support/harness';
import { blockAction, FORM } from '../support/signing';
import { messageText } from '../support/messages';

describe('buttons on a triage answer, end to end', () => {
  let h: Harness;
  let triage: RecordingTriage;
  const value = encodeButtonValue({ status: 403, service: 'checkout-api', window: '1h', environment: 'prod' });

  beforeAll(async () => {
    triage = fixtureTriage();
    h = await startHarness({ triage, ask: fixtureAsk(), env: { KIBANA_URL: 'https://kibana.example.com' } });
  });
  afterAll(() => h.stop());
  beforeEach(() => h.slack.reset());

  it('re-run: acknowledges, runs the same triage again and posts a new answer in the channel', async () => {
    const before = triage.requests.length;
    const ack = await h.post(blockAction({ actionId: ACTION_IDS.rerun, value, responseUrl: h.slack.responseUrl() }), FORM);
    expect(ack.status).toBe(200);
    expect(ack.ms).toBeLessThan(2500);
    const posted = await h.slack.waitFor((c) => c.kind === 'response_url');
    expect(posted.body).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(triage.requests.slice(before)).toEqual([{ status: 403, service: 'checkout-api', window: '1h', environment: 'prod' }]);
    const blocks = JSON.stringify(posted.body.blocks);
    expect(blocks).toContain('https://kibana.example.com/app/discover');
    expect(blocks).toContain(ACTION_IDS.widen);
  });

  it('widen: runs the next wider window', async () => {
    const before = triage.requests.length;
    await h.post(blockAction({ actionId: ACTION_IDS.widen, value, responseUrl: h.slack.responseUrl() }), FORM);
    await h.slack.waitFor((c) => c.kind === 'response_url');
    expect(triage.requests.slice(before)).toEqual([{ status: 403, service: 'checkout-api', window: '6h', environment: 'prod' }]);
  });

  it('widen at 7d: says so instead of running', async () => {
    const before = triage.requests.length;
    const widest = encodeButtonValue({ status: 404, service: 'checkout-api', window: '7d', environment: null });
    await h.post(blockAction({ actionId: ACTION_IDS.widen, value: widest, responseUrl: h.slack.responseUrl() }), FORM);
    const posted = await h.slack.waitFor((c) => c.kind === 'response_url');
    expect(posted.body.response_type).toBe('ephemeral');
    expect(messageText(posted.body)).toContain('7d is already the widest window');
    expect(triage.requests.length).toBe(before);
  });

  it('samples: posts the sample requests to the clicker only, with secrets masked', async () => {
    await h.post(blockAction({ actionId: ACTION_IDS.samples, value, responseUrl: h.slack.responseUrl() }), FORM);
    const posted = await h.slack.waitFor((c) => c.kind === 'response_url');
    expect(posted.body.response_type).toBe('ephemeral');
    const text = messageText(posted.body);
    expect(text).toContain('/tenants/org-b/invoices');
    expect(text).toContain(MASK);
    const sample = SAMPLE_FIXTURE[0];
    expect(text).not.toContain('tok_live_9f8e7d6c5b4a');
    expect(text).not.toContain('abcDEF123456ghiJKL');
    expect(text).not.toContain('s3ss10n-1d-42');
    expect(text).not.toContain(sample?.user ?? 'alice@example.com');
    expect(text).toContain('a***@example.com');
    expect(text).toContain('10.1.2.3');
    expect(JSON.stringify(h.slack.calls)).not.toContain('tok_live_9f8e7d6c5b4a');
  });

  it.each([ACTION_IDS.alertMute1h, ACTION_IDS.alertAcknowledge])('an alert button (%s) where no watcher runs says the alerts are off', async (actionId) => {
    const alertValue = encodeAlertButton({ status: 404, service: 'checkout-api', ...(actionId === ACTION_IDS.alertMute1h ? { duration: '1h' } : {}) });
    const ack = await h.post(blockAction({ actionId, value: alertValue, responseUrl: h.slack.responseUrl() }), FORM);
    expect(ack.status).toBe(200);
    const posted = await h.slack.waitFor((c) => c.kind === 'response_url');
    expect(posted.body.response_type).toBe('ephemeral');
    expect(messageText(posted.body)).toContain('Spike alerts are off in this deployment');
  });

  it('acknowledges the Discover link button without doing anything else', async () => {
    const ack = await h.post(blockAction({ actionId: ACTION_IDS.openDiscover, value: '', responseUrl: h.slack.responseUrl() }), FORM);
    expect(ack.status).toBe(200);
    await h.slack.settle(200);
    expect(h.slack.callsTo('response_url')).toHaveLength(0);
  });

  it.each([
    ['not JSON', 'rerun-please'],
    ['another shape', JSON.stringify({ v: 1, s: 500, n: 'x', w: '1h', e: null })],
    ['query syntax as a service', JSON.stringify({ v: 1, s: 403, n: 'a* OR b', w: '1h', e: null })],
    ['a huge value', 'x'.repeat(1999)],
  ])('answers a button whose value is %s with a plain sentence and runs nothing', async (_name, badValue) => {
    const before = triage.requests.length;
    const ack = await h.post(blockAction({ actionId: ACTION_IDS.rerun, value: badValue, responseUrl: h.slack.responseUrl() }), FORM);
    expect(ack.status).toBe(200);
    const posted = await h.slack.waitFor((c) => c.kind === 'response_url');
    expect(posted.body.response_type).toBe('ephemeral');
    expect(messageText(posted.body)).toContain('run the command again');
    expect(triage.requests.length).toBe(before);
  });
});
