import { limitViolations } from '../../../src/slack/blocks';
import type { Block } from '../../../src/slack/blocks/types';
import { escapeMrkdwn } from '../../../src/slack/blocks/text';
import { fixtureAsk, type RecordingAsk } from '../support/fixtures';
import { startHarness, type Harness } from '../support/harness';
import { eventEnvelope, JSON_TYPE } from '../support/signing';
import { messageText } from '../support/messages';
import { makeSubject, type TriageSubject } from './subject';

describe('mentions and direct messages, end to end', () => {
  let subject: TriageSubject;
  let ask: RecordingAsk;
  let h: Harness;
  let seq = 0;
  const nextId = () => `Ev0E2E${(seq += 1)}`;

  beforeAll(async () => {
    subject = await makeSubject();
    ask = fixtureAsk();
    h = await startHarness({ triage: subject.triage, ask });
  });
  afterAll(async () => {
    await h.stop();
    await subject.close();
  });
  beforeEach(() => h.slack.reset());

  it('runs a triage for "@status-triage 404 checkout-api" and answers in the thread', async () => {
    const { status, service } = subject.incident;
    const before = subject.triage.requests.length;
    const ack = await h.post(
      eventEnvelope(nextId(), { type: 'app_mention', user: 'U0ALICE', text: `<@U0BOT> ${status} ${service} 6h`, channel: 'C0INCIDENTS', ts: '1700000100.000100' }),
      JSON_TYPE,
    );
    expect(ack.status).toBe(200);
    expect(ack.ms).toBeLessThan(2500);
    const posted = await h.slack.waitFor((c) => c.name === 'chat.postMessage');
    expect(posted.body).toMatchObject({ channel: 'C0INCIDENTS', thread_ts: '1700000100.000100' });
    expect(subject.triage.requests.slice(before)).toEqual([{ status, service, window: '6h', environment: null }]);
    const result = subject.triage.results.at(-1);
    const text = messageText(posted.body);
    for (const cause of result?.causes.slice(0, 2) ?? []) expect(text).toContain(escapeMrkdwn(cause.title));
    expect(limitViolations({ text: String(posted.body.text), blocks: posted.body.blocks as Block[] })).toEqual([]);
  });

  it('does not run a triage twice when Slack retries the event (X-Slack-Retry-Num)', async () => {
    const id = nextId();
    const body = eventEnvelope(id, { type: 'app_mention', user: 'U0ALICE', text: '<@U0BOT> 403 checkout-api', channel: 'C0INCIDENTS', ts: '1700000200.000100' });
    const before = subject.triage.requests.length;
    await h.post(body, JSON_TYPE);
    const retry1 = await h.post(body, JSON_TYPE, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    const retry2 = await h.post(body, JSON_TYPE, { headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' } });
    expect([retry1.status, retry2.status]).toEqual([200, 200]);
    await h.slack.waitFor((c) => c.name === 'chat.postMessage');
    await h.slack.settle(300);
    expect(subject.triage.requests.length - before).toBe(1);
    expect(h.slack.callsTo('api', 'chat.postMessage')).toHaveLength(1);
    expect(h.logs.lines.some((l) => l.msg === 'duplicate event delivery ignored' && l.eventId === id)).toBe(true);
  });

  it('answers a question mention in the thread, with the question stripped of the mention', async () => {
    await h.post(
      eventEnvelope(nextId(), { type: 'app_mention', user: 'U0ALICE', text: '<@U0BOT> should a deleted tenant get 403 or 404?', channel: 'C0INCIDENTS', ts: '1700000300.000100', thread_ts: '1700000299.000001' }),
      JSON_TYPE,
    );
    const posted = await h.slack.waitFor((c) => c.name === 'chat.postMessage');
    expect(posted.body.thread_ts).toBe('1700000299.000001');
    expect(ask.questions.at(-1)).toBe('should a deleted tenant get 403 or 404?');
    expect(messageText(posted.body)).toContain('Use 404 Not Found');
  });

  it('answers "help" in a mention with the usage', async () => {
    await h.post(eventEnvelope(nextId(), { type: 'app_mention', user: 'U0ALICE', text: '<@U0BOT> help', channel: 'C0INCIDENTS', ts: '1700000400.000100' }), JSON_TYPE);
    const posted = await h.slack.waitFor((c) => c.name === 'chat.postMessage');
    expect(messageText(posted.body)).toContain('@status-triage 403 checkout-api');
  });

  it('answers a direct message with the question answering', async () => {
    await h.post(
      eventEnvelope(nextId(), { type: 'message', channel_type: 'im', user: 'U0ALICE', text: 'is a missing route 404 or 410?', channel: 'D0ALICE', ts: '1700000500.000100' }),
      JSON_TYPE,
    );
    const posted = await h.slack.waitFor((c) => c.name === 'chat.postMessage');
    expect(posted.body.channel).toBe('D0ALICE');
    expect(posted.body.thread_ts).toBeUndefined();
    expect(ask.questions.at(-1)).toBe('is a missing route 404 or 410?');
  });

  it('runs a triage from a direct message that reads as one', async () => {
    const before = subject.triage.requests.length;
    await h.post(
      eventEnvelope(nextId(), { type: 'message', channel_type: 'im', user: 'U0ALICE', text: `${subject.incident.status} ${subject.incident.service}`, channel: 'D0ALICE', ts: '1700000600.000100' }),
      JSON_TYPE,
    );
    await h.slack.waitFor((c) => c.name === 'chat.postMessage');
    expect(subject.triage.requests.length - before).toBe(1);
  });

  it.each([
    ['a bot message', { bot_id: 'B0OTHER', user: 'U0OTHERBOT' }],
    ['our own message', { user: 'U0BOT' }],
    ['an edit', { subtype: 'message_changed' }],
    ['a bot_message subtype', { subtype: 'bot_message' }],
    ['a channel message (not a DM)', { channel_type: 'channel', channel: 'C0INCIDENTS' }],
  ])('ignores %s', async (_name, patch) => {
    const beforeAsk = ask.questions.length;
    const beforeTriage = subject.triage.requests.length;
    await h.post(
      eventEnvelope(nextId(), { type: 'message', channel_type: 'im', user: 'U0ALICE', text: '403 checkout-api', channel: 'D0ALICE', ts: '1700000700.000100', ...patch }),
      JSON_TYPE,
    );
    await h.slack.settle(250);
    expect(h.slack.calls.filter((c) => c.name.startsWith('chat.'))).toHaveLength(0);
    expect(ask.questions.length).toBe(beforeAsk);
    expect(subject.triage.requests.length).toBe(beforeTriage);
  });

  it('ignores a mention from a bot', async () => {
    const before = subject.triage.requests.length;
    await h.post(eventEnvelope(nextId(), { type: 'app_mention', user: 'U0OTHER', bot_id: 'B0OTHER', text: '<@U0BOT> 403 checkout-api', channel: 'C0INCIDENTS', ts: '1700000800.000100' }), JSON_TYPE);
    await h.slack.settle(250);
    expect(subject.triage.requests.length).toBe(before);
  });

  it('ignores malformed events without crashing', async () => {
    const weird = [
      eventEnvelope(nextId(), { type: 'app_mention' }),
      eventEnvelope(nextId(), { type: 'app_mention', user: 'U0ALICE', text: 42, channel: 'C0INCIDENTS', ts: 'x' }),
      JSON.stringify({ type: 'event_callback', event: { type: 'app_mention' } }),
    ];
    for (const body of weird) expect((await h.post(body, JSON_TYPE)).status).toBe(200);
    await h.slack.settle(200);
    expect(h.slack.calls.filter((c) => c.name.startsWith('chat.'))).toHaveLength(0);
  });
});
