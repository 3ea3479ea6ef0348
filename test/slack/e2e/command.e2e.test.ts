import { limitViolations } from '../../../src/slack/blocks';
import type { Block } from '../../../src/slack/blocks/types';
import { escapeMrkdwn } from '../../../src/slack/blocks/text';
import { AppError, ErrorCode } from '../../../src/errors';
import { asMessage, messageText } from '../support/messages';
import { fixtureAsk, fixtureTriage, triageFixture } from '../support/fixtures';
import { startHarness, type Harness } from '../support/harness';
import { FORM, slashCommand } from '../support/signing';
import { makeSubject, type TriageSubject } from './subject';

describe('slash command, end to end over signed HTTP', () => {
  let subject: TriageSubject;
  let h: Harness;
  const ask = fixtureAsk();

  beforeAll(async () => {
    subject = await makeSubject();
    h = await startHarness({ triage: subject.triage, ask });
  });
  afterAll(async () => {
    await h.stop();
    await subject.close();
  });
  beforeEach(() => h.slack.reset());

  it('acknowledges at once with an ephemeral "working on it", then posts the triage in the channel', async () => {
    const { status, service } = subject.incident;
    const responseUrl = h.slack.responseUrl();
    const before = subject.triage.requests.length;
    const ack = await h.post(slashCommand({ text: `${status} ${service}`, response_url: responseUrl }), FORM);

    expect(ack.status).toBe(200);
    // Slack allows 3 s; the acknowledgement must not wait for Elasticsearch.
    expect(ack.ms).toBeLessThan(2500);
    process.stderr.write(`[e2e] slash command ack in ${ack.ms.toFixed(1)} ms\n`);
    expect(ack.json).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(ack.json)).toContain('Looking at');

    const posted = await h.slack.waitFor((c) => c.kind === 'response_url');
    expect(posted.body.response_type).toBe('in_channel');
    expect(posted.body.replace_original).toBe(false);
    expect(subject.triage.requests.slice(before)).toEqual([{ status, service, window: '1h', environment: null }]);

    const result = subject.triage.results.at(-1);
    if (!result) throw new Error('the triage service was not called');
    const text = messageText(posted.body);
    const blocks = posted.body.blocks as Block[];
    expect(blocks[0]).toMatchObject({ type: 'header' });
    expect(messageText({ blocks: [blocks[0]] })).toContain(service);
    for (const cause of result.causes.slice(0, 3)) {
      expect(text).toContain(escapeMrkdwn(cause.title));
      expect(text).toContain(`${Math.round(cause.confidence * 100)}%`);
    }
    const firstCause = result.causes[0];
    if (firstCause) expect(text).toContain(escapeMrkdwn(firstCause.evidence[0] ?? '').slice(0, 40));
    expect(text).toContain(escapeMrkdwn(result.decisionRule.summary));
    expect(limitViolations(asMessage(posted))).toEqual([]);
    expect(String(posted.body.text)).toContain(service);
  });

  it('logs every triage with who asked, where and what', async () => {
    const responseUrl = h.slack.responseUrl();
    await h.post(slashCommand({ text: '404 checkout-api 6h env=prod', response_url: responseUrl, user_id: 'U0AUDIT', channel_id: 'C0AUDIT' }), FORM);
    await h.slack.waitFor((c) => c.kind === 'response_url');
    const line = h.logs.lines.find((l) => l.msg === 'triage requested' && l.user === 'U0AUDIT');
    expect(line).toMatchObject({
      subsystem: 'slack',
      source: 'command',
      user: 'U0AUDIT',
      channel: 'C0AUDIT',
      query: { status: 404, service: 'checkout-api', window: '6h', environment: 'prod' },
    });
    expect(typeof line?.requestId).toBe('string');
    expect(h.logs.raw()).not.toContain('xoxb-e2e');
    expect(h.logs.raw()).not.toContain('e2e-signing-secret');
  });

  it.each([
    ['help', undefined],
    ['', undefined],
    ['500 checkout-api', '403 and 404 only'],
    ['403', 'Which service'],
    ['403 checkout-api 2h', 'not a window'],
    ['403 <!channel> *', 'not a service name'],
  ])('answers %p with an ephemeral usage message and runs nothing', async (text, problem) => {
    const before = subject.triage.requests.length;
    const ack = await h.post(slashCommand({ text, response_url: h.slack.responseUrl() }), FORM);
    expect(ack.status).toBe(200);
    expect(ack.json).toMatchObject({ response_type: 'ephemeral' });
    const body = JSON.stringify(ack.json);
    expect(body).toContain('/status-triage 403 checkout-api');
    if (problem) expect(body).toContain(problem);
    // Slack markup from the user is echoed escaped, never as a live @channel.
    expect(body).not.toContain('<!channel>');
    await h.slack.settle(200);
    expect(subject.triage.requests.length).toBe(before);
    expect(h.slack.callsTo('response_url')).toHaveLength(0);
  });

  it('says "no logs … did you mean" for an unknown service', async () => {
    await h.post(slashCommand({ text: `${subject.incident.status} ${subject.unknownService}`, response_url: h.slack.responseUrl() }), FORM);
    const posted = await h.slack.waitFor((c) => c.kind === 'response_url');
    const text = messageText(posted.body);
    const result = subject.triage.results.at(-1);
    expect(text).toContain(`No logs for *${subject.unknownService}* in the last 1h`);
    for (const suggestion of result?.suggestions ?? []) expect(text).toContain(suggestion);
    expect(limitViolations(asMessage(posted))).toEqual([]);
  });

  it('answers `ask <question>` in the channel', async () => {
    await h.post(slashCommand({ text: 'ask should a missing tenant be 403 or 404?', response_url: h.slack.responseUrl() }), FORM);
    const posted = await h.slack.waitFor((c) => c.kind === 'response_url');
    expect(posted.body.response_type).toBe('in_channel');
    expect(ask.questions.at(-1)).toBe('should a missing tenant be 403 or 404?');
    expect(messageText(posted.body)).toContain('Use 404 Not Found');
  });
});

describe('slash command when things go wrong', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it('turns a failing triage into one plain sentence for the asker, never a stack trace', async () => {
    const error = new AppError(ErrorCode.ElasticsearchUnreachable, 'Elasticsearch at http://localhost:9200 did not answer', {
      hint: 'check that the cluster is up',
      cause: new Error('connect ECONNREFUSED'),
    });
    h = await startHarness({ triage: fixtureTriage({ error }), ask: fixtureAsk() });
    await h.post(slashCommand({ text: '403 checkout-api', response_url: h.slack.responseUrl() }), FORM);
    const posted = await h.slack.waitFor((c) => c.kind === 'response_url');
    expect(posted.body.response_type).toBe('ephemeral');
    const text = messageText(posted.body);
    expect(text).toContain('Elasticsearch at http://localhost:9200 did not answer. check that the cluster is up');
    expect(text).not.toMatch(/\n\s+at /);
    expect(text).not.toContain('ECONNREFUSED');
  });

  it('falls back to chat.postMessage when the response_url has expired', async () => {
    h = await startHarness({ triage: fixtureTriage(), ask: fixtureAsk() });
    const responseUrl = h.slack.responseUrl('expired-one');
    h.slack.fail({ kind: 'response_url', name: 'expired-one', fault: { status: 404 } });
    await h.post(slashCommand({ text: '403 checkout-api', response_url: responseUrl, channel_id: 'C0FALLBACK' }), FORM);
    const posted = await h.slack.waitFor((c) => c.kind === 'api' && c.name === 'chat.postMessage');
    expect(posted.body.channel).toBe('C0FALLBACK');
    expect(messageText(posted.body)).toContain('Tenant isolation violation');
    expect(limitViolations(asMessage(posted))).toEqual([]);
    await h.slack.settle(300);
    expect(h.slack.callsTo('api', 'chat.postMessage')).toHaveLength(1);
  });

  it('goes straight to chat.postMessage when the answer is later than the response_url lives (30 min)', async () => {
    let clock = Date.parse('2024-05-01T17:00:00Z');
    const slowTriage = fixtureTriage({
      result: (request) => {
        clock += 31 * 60_000; // the answer takes "31 minutes"
        return triageFixture({ status: request.status, service: request.service });
      },
    });
    h = await startHarness({ triage: slowTriage, ask: fixtureAsk(), now: () => new Date(clock) });
    await h.post(slashCommand({ text: '403 checkout-api', response_url: h.slack.responseUrl() }), FORM);
    await h.slack.waitFor((c) => c.kind === 'api' && c.name === 'chat.postMessage');
    await h.slack.settle(200);
    expect(h.slack.callsTo('response_url')).toHaveLength(0);
  });

  it('waits out a 429 on the response_url as Retry-After says, and delivers once', async () => {
    h = await startHarness({ triage: fixtureTriage(), ask: fixtureAsk() });
    const responseUrl = h.slack.responseUrl('busy');
    h.slack.fail({ kind: 'response_url', name: 'busy', fault: { status: 429, retryAfter: 1 } });
    await h.post(slashCommand({ text: '403 checkout-api', response_url: responseUrl }), FORM);
    await h.slack.waitFor((c) => c.kind === 'response_url' && c.status === 200);
    const calls = h.slack.callsTo('response_url');
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
    expect((calls[1]?.at ?? 0) - (calls[0]?.at ?? 0)).toBeGreaterThanOrEqual(900);
    await h.slack.settle(300);
    expect(h.slack.callsTo('api', 'chat.postMessage')).toHaveLength(0);
  });

  it('retries chat.postMessage after a 500 and after a 429 when the response_url is gone', async () => {
    h = await startHarness({ triage: fixtureTriage(), ask: fixtureAsk() });
    const responseUrl = h.slack.responseUrl('gone');
    h.slack.fail({ kind: 'response_url', name: 'gone', fault: { status: 410 } });
    h.slack.fail({ kind: 'api', name: 'chat.postMessage', fault: { status: 500 } });
    h.slack.fail({ kind: 'api', name: 'chat.postMessage', fault: { status: 429, retryAfter: 1 } });
    await h.post(slashCommand({ text: '403 checkout-api', response_url: responseUrl }), FORM);
    await h.slack.waitFor((c) => c.kind === 'api' && c.name === 'chat.postMessage' && c.status === 200, 15_000);
    expect(h.slack.callsTo('api', 'chat.postMessage').map((c) => c.status)).toEqual([500, 429, 200]);
  });

  it('answers within the deadline with a clear message when the triage hangs, then posts the late answer', async () => {
    h = await startHarness({ triage: fixtureTriage({ delayMs: 2500 }), ask: fixtureAsk(), triageDeadlineMs: 1000 });
    const sent = Date.now();
    const ack = await h.post(slashCommand({ text: '403 checkout-api', response_url: h.slack.responseUrl() }), FORM);
    expect(ack.ms).toBeLessThan(2500);
    const timeout = await h.slack.waitFor((c) => c.kind === 'response_url');
    expect(messageText(timeout.body)).toContain('did not finish within 1 s');
    // The clear message comes at the deadline, not when the slow triage finally ends.
    expect(timeout.at - sent).toBeLessThan(2300);
    const late = await h.slack.waitFor((c) => c.kind === 'response_url' && messageText(c.body).includes('arrived after the time limit'));
    expect(late.body.response_type).toBe('in_channel');
    expect(messageText(late.body)).toContain('Tenant isolation violation');
  });
});
