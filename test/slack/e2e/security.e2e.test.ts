import { ACTION_IDS } from '../../../src/slack/registry';
import { encodeButtonValue } from '../../../src/slack/buttonValue';
import { fixtureAsk, fixtureTriage, type RecordingAsk, type RecordingTriage } from '../support/fixtures';
import { startHarness, SIGNING_SECRET, type Harness } from '../support/harness';
import { blockAction, eventEnvelope, FORM, JSON_TYPE, slackSignature, slashCommand } from '../support/signing';
import { messageText } from '../support/messages';

describe('request signatures', () => {
  let h: Harness;
  let triage: RecordingTriage;
  beforeAll(async () => {
    triage = fixtureTriage();
    h = await startHarness({ triage, ask: fixtureAsk() });
  });
  afterAll(() => h.stop());

  const command = () => slashCommand({ text: '403 checkout-api', response_url: h.slack.responseUrl() });

  it('accepts a correctly signed request', async () => {
    const result = await h.post(command(), FORM);
    expect(result.status).toBe(200);
  });

  it.each<[string, () => Parameters<Harness['post']>[2]]>([
    ['unsigned', () => ({ secret: null })],
    ['signed with another secret', () => ({ secret: 'not-the-signing-secret' })],
    ['with a forged signature', () => ({ signature: `v0=${'0'.repeat(64)}` })],
    ['with an unknown signature version', () => ({ signature: slackSignature(SIGNING_SECRET, Math.floor(Date.now() / 1000), 'x').replace('v0=', 'v1=') })],
    ['tampered after signing', () => ({ signedBody: slashCommand({ text: 'help', response_url: 'http://127.0.0.1:1/x' }) })],
    ['stale (timestamp 6 minutes old)', () => ({ timestamp: Math.floor(Date.now() / 1000) - 6 * 60 })],
    ['with a timestamp that is not a number', () => ({ headers: { 'x-slack-request-timestamp': 'yesterday' } })],
  ])('refuses a request %s with 401 and runs nothing', async (_name, options) => {
    const before = triage.requests.length;
    const result = await h.post(command(), FORM, options());
    expect(result.status).toBe(401);
    await h.slack.settle(150);
    expect(triage.requests.length).toBe(before);
  });

  it('refuses unsigned events and interactions too', async () => {
    const event = eventEnvelope('Ev0UNSIGNED', { type: 'app_mention', user: 'U0ALICE', text: '<@U0BOT> 403 checkout-api', channel: 'C0INCIDENTS', ts: '1700000000.000001' });
    expect((await h.post(event, JSON_TYPE, { secret: null })).status).toBe(401);
    const click = blockAction({ actionId: ACTION_IDS.rerun, value: encodeButtonValue({ status: 403, service: 'checkout-api', window: '1h', environment: null }), responseUrl: h.slack.responseUrl() });
    expect((await h.post(click, FORM, { secret: null })).status).toBe(401);
  });

  it('answers Slack’s url_verification challenge when signed', async () => {
    const body = JSON.stringify({ type: 'url_verification', challenge: 'chal-123', token: 'x' });
    const result = await h.post(body, JSON_TYPE);
    expect(result.status).toBe(200);
    expect(result.json).toEqual({ challenge: 'chal-123' });
  });
});

describe('allow-lists on every path', () => {
  let h: Harness;
  let triage: RecordingTriage;
  let ask: RecordingAsk;
  beforeAll(async () => {
    triage = fixtureTriage();
    ask = fixtureAsk();
    h = await startHarness({ triage, ask, env: { ALLOWED_CHANNELS: 'C0ALLOWED,#war-room', ALLOWED_USERS: 'U0ALICE,U0BOB' } });
  });
  afterAll(() => h.stop());
  beforeEach(() => h.slack.reset());

  it('runs for an allowed user in an allowed channel (by id or by name)', async () => {
    await h.post(slashCommand({ text: '403 checkout-api', response_url: h.slack.responseUrl(), channel_id: 'C0ALLOWED' }), FORM);
    await h.slack.waitFor((c) => c.kind === 'response_url');
    await h.post(slashCommand({ text: '403 checkout-api', response_url: h.slack.responseUrl(), channel_id: 'C0WARROOM', channel_name: 'war-room' }), FORM);
    await h.slack.waitFor((c) => c.kind === 'response_url' && c.body.response_type === 'in_channel' && h.slack.callsTo('response_url').length === 2);
  });

  it('refuses a command in another channel politely and ephemerally', async () => {
    const before = triage.requests.length;
    const ack = await h.post(slashCommand({ text: '403 checkout-api', response_url: h.slack.responseUrl(), channel_id: 'C0RANDOM', channel_name: 'random' }), FORM);
    expect(ack.json).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(ack.json)).toMatch(/Sorry, status-triage isn't enabled in this conversation/);
    expect(JSON.stringify(ack.json)).not.toContain('C0ALLOWED');
    await h.slack.settle(150);
    expect(triage.requests.length).toBe(before);
  });

  it('refuses a command (ask too) from a user not on the list', async () => {
    const before = ask.questions.length;
    const ack = await h.post(slashCommand({ text: 'ask 403 or 404?', response_url: h.slack.responseUrl(), channel_id: 'C0ALLOWED', user_id: 'U0MALLORY' }), FORM);
    expect(JSON.stringify(ack.json)).toContain("you're not on the list");
    expect(ask.questions.length).toBe(before);
  });

  it('refuses a mention from a user not on the list with an ephemeral, and runs nothing', async () => {
    const before = triage.requests.length;
    await h.post(eventEnvelope('Ev0MALLORY', { type: 'app_mention', user: 'U0MALLORY', text: '<@U0BOT> 403 checkout-api', channel: 'C0ALLOWED', ts: '1700000000.000010' }), JSON_TYPE);
    const refusal = await h.slack.waitFor((c) => c.name === 'chat.postEphemeral');
    expect(refusal.body).toMatchObject({ channel: 'C0ALLOWED', user: 'U0MALLORY' });
    expect(messageText(refusal.body)).toContain('Sorry');
    expect(triage.requests.length).toBe(before);
  });

  it('refuses a DM when channels are restricted', async () => {
    const before = ask.questions.length;
    await h.post(eventEnvelope('Ev0DM', { type: 'message', channel_type: 'im', user: 'U0ALICE', text: '403 or 404?', channel: 'D0ALICE', ts: '1700000000.000011' }), JSON_TYPE);
    const refusal = await h.slack.waitFor((c) => c.name === 'chat.postEphemeral');
    expect(refusal.body).toMatchObject({ channel: 'D0ALICE', user: 'U0ALICE' });
    expect(ask.questions.length).toBe(before);
  });

  it('refuses a button click from a user not on the list', async () => {
    const before = triage.requests.length;
    const value = encodeButtonValue({ status: 403, service: 'checkout-api', window: '1h', environment: null });
    const ack = await h.post(blockAction({ actionId: ACTION_IDS.rerun, value, responseUrl: h.slack.responseUrl(), userId: 'U0MALLORY', channelId: 'C0ALLOWED' }), FORM);
    expect(ack.status).toBe(200);
    const refusal = await h.slack.waitFor((c) => c.kind === 'response_url');
    expect(refusal.body.response_type).toBe('ephemeral');
    expect(messageText(refusal.body)).toContain('Sorry');
    expect(triage.requests.length).toBe(before);
  });
});
