import { webApi } from '@slack/bolt';
import type { SpikeAlert } from '../../../src/domain/spike';
import { AppError, ErrorCode } from '../../../src/errors';
import { createLogger } from '../../../src/logging';
import type { AlertState } from '../../../src/services/watch';
import { createSlackAlertPoster, isPermanent, rateLimitedMs, type AlertWeb } from '../../../src/slack/alerts';
import { limitViolations, type SlackMessage } from '../../../src/slack/blocks';

const FIRED = '2026-11-20T12:00:00.000Z';

function alert(overrides: Partial<SpikeAlert> = {}): SpikeAlert {
  return {
    incidentId: `checkout/404/${FIRED}`,
    service: 'checkout',
    status: 404,
    count: 300,
    expected: 5,
    ratio: 60,
    changePct: 5900,
    window: { from: '2026-11-20T11:45:00.000Z', to: FIRED },
    firedAt: FIRED,
    series: [],
    causes: [{ id: 'deploy_broke_routes', confidence: 0.8, title: 'A deployment broke routes', evidence: [], remediation: ['Roll back'] }],
    notes: [],
    channel: 'C0ALERTS',
    ...overrides,
  };
}

function state(overrides: Partial<AlertState> = {}): AlertState {
  const measure = { count: 300, expected: 5, ratio: 60, changePct: 5900, at: FIRED };
  return {
    id: 'alert:404:checkout',
    kind: 'alert',
    service: 'checkout',
    status: 404,
    incidentId: `checkout/404/${FIRED}`,
    phase: 'resolved',
    firedAt: FIRED,
    resolvedAt: '2026-11-20T13:00:00.000Z',
    updatedAt: '2026-11-20T13:00:00.000Z',
    fired: measure,
    notified: measure,
    resolution: { ...measure, count: 2, ratio: 0.4, changePct: -60 },
    refires: 0,
    channel: 'C0ALERTS',
    ts: '1700000000.000100',
    pending: 'resolve',
    lease: null,
    acknowledgedBy: null,
    acknowledgedAt: null,
    alert: alert(),
    ...overrides,
  };
}

const rateLimited = (seconds: number): Error => Object.assign(new Error('rate limited'), { code: webApi.ErrorCode.RateLimitedError, retryAfter: seconds });
const platform = (error: string): Error => Object.assign(new Error(`An API error occurred: ${error}`), { code: webApi.ErrorCode.PlatformError, data: { ok: false, error } });
const httpError = (): Error => Object.assign(new Error('An HTTP protocol error occurred: statusCode = 503'), { code: webApi.ErrorCode.HTTPError, statusCode: 503 });

type Call =
  | { method: 'postMessage'; channel: string; message: SlackMessage; threadTs?: string | undefined; broadcast?: boolean | undefined; at: number }
  | { method: 'update'; channel: string; ts: string; message: SlackMessage; at: number };

/** A fake Slack: records every call with the fake time it was made, and fails the ones it is told to. */
const START = 1_000_000;

function fakeSlack() {
  let now = START;
  const calls: Call[] = [];
  const sleeps: number[] = [];
  /** When each sleep ends, relative to the start. */
  const wakes: number[] = [];
  const failures: Array<{ method: Call['method']; error: Error }> = [];
  let counter = 0;
  const take = (method: Call['method']): void => {
    const index = failures.findIndex((f) => f.method === method);
    if (index >= 0) {
      const [failure] = failures.splice(index, 1);
      if (failure) throw failure.error;
    }
  };
  const web: AlertWeb = {
    async postMessage(args) {
      calls.push({ method: 'postMessage', ...args, at: now });
      take('postMessage');
      counter += 1;
      return { channel: args.channel.startsWith('#') ? 'C0RESOLVED' : args.channel, ts: `1700000000.00000${counter}` };
    },
    async update(args) {
      calls.push({ method: 'update', ...args, at: now });
      take('update');
    },
  };
  const poster = createSlackAlertPoster({
    web,
    logger: createLogger({ level: 'silent' }),
    clock: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      wakes.push(now + ms - START);
      now += ms;
    },
  });
  return {
    poster,
    calls,
    sleeps,
    wakes,
    fail: (method: Call['method'], error: Error) => failures.push({ method, error }),
    advance: (ms: number) => (now += ms),
  };
}

describe('the Slack alert poster', () => {
  it('posts the rendered alert to the alert channel and answers where it landed', async () => {
    const slack = fakeSlack();
    const where = await slack.poster.post(alert({ channel: '#alerts' }));
    expect(where).toEqual({ channel: 'C0RESOLVED', ts: '1700000000.000001' });
    const [call] = slack.calls;
    expect(call).toMatchObject({ method: 'postMessage', channel: '#alerts' });
    expect(call?.message.text).toContain('404 spike on checkout');
    expect(limitViolations(call?.message ?? { text: '', blocks: [] })).toEqual([]);
  });

  it('waits out a 429 as Retry-After asks, then posts once', async () => {
    const slack = fakeSlack();
    slack.fail('postMessage', rateLimited(1));
    await slack.poster.post(alert());
    expect(slack.calls).toHaveLength(2);
    expect((slack.calls[1]?.at ?? 0) - (slack.calls[0]?.at ?? 0)).toBeGreaterThanOrEqual(1000);
    expect(slack.sleeps.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1000);
  });

  it('never waits longer than its budget: a long Retry-After fails the call at once (the watcher retries next tick)', async () => {
    const slack = fakeSlack();
    slack.fail('postMessage', rateLimited(120));
    const error = await slack.poster.post(alert()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(ErrorCode.SlackApi);
    expect((error as AppError).message).toContain('rate limiting the alert in C0ALERTS (retry after 120 s)');
    expect(slack.sleeps).toEqual([]);
    expect(slack.calls).toHaveLength(1);
  });

  it('gives up after a few 429s in a row', async () => {
    const slack = fakeSlack();
    for (let i = 0; i < 10; i++) slack.fail('postMessage', rateLimited(1));
    await expect(slack.poster.post(alert())).rejects.toThrow(/rate limiting/);
    expect(slack.calls).toHaveLength(4);
  });

  it('paces calls to one channel about a second apart', async () => {
    const slack = fakeSlack();
    await slack.poster.post(alert());
    slack.advance(300);
    await slack.poster.post(alert({ service: 'payments' }));
    const [first, second] = slack.calls.map((c) => c.at);
    expect((second ?? 0) - (first ?? 0)).toBe(1000);
    expect(slack.sleeps).toEqual([700]);
  });

  it('queues concurrent calls to one channel, each a second after the last; another channel keeps its own pace', async () => {
    const slack = fakeSlack();
    await Promise.all([slack.poster.post(alert()), slack.poster.post(alert({ service: 'a' })), slack.poster.post(alert({ service: 'b' })), slack.poster.post(alert({ channel: 'C0OTHER' }))]);
    expect(slack.wakes).toEqual([1000, 2000]);
    expect(slack.calls).toHaveLength(4);
  });

  it('names the fix when the bot cannot post in the channel', async () => {
    const slack = fakeSlack();
    slack.fail('postMessage', platform('not_in_channel'));
    const error = (await slack.poster.post(alert()).catch((e: unknown) => e)) as AppError;
    expect(error.message).toBe('Slack did not take the alert in C0ALERTS: not_in_channel');
    expect(error.hint).toContain('/invite @status-triage');
    expect(isPermanent(error)).toBe(true);
  });

  it('re-posts as plain text when Slack refuses the layout', async () => {
    const slack = fakeSlack();
    slack.fail('postMessage', platform('invalid_blocks'));
    const where = await slack.poster.post(alert());
    expect(where.ts).toBeDefined();
    expect(slack.calls).toHaveLength(2);
    expect(slack.calls[1]?.message.blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: slack.calls[0]?.message.text } }]);
  });

  it('resolve: edits the alert to "resolved" without buttons, then notes it in the thread', async () => {
    const slack = fakeSlack();
    await slack.poster.resolve(state());
    expect(slack.calls.map((c) => c.method)).toEqual(['update', 'postMessage']);
    const [update, note] = slack.calls;
    expect(update).toMatchObject({ channel: 'C0ALERTS', ts: '1700000000.000100' });
    expect(update?.message.text).toContain('Resolved: 404 spike on checkout');
    expect(update?.message.blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(note).toMatchObject({ channel: 'C0ALERTS', threadTs: '1700000000.000100' });
    expect(note?.message.text).toContain('back to normal');
  });

  it('resolve: a deleted message is skipped for good, a passing failure is thrown so the watcher retries', async () => {
    const gone = fakeSlack();
    gone.fail('update', platform('message_not_found'));
    await expect(gone.poster.resolve(state())).resolves.toBeUndefined();
    expect(gone.calls.map((c) => c.method)).toEqual(['update', 'postMessage']);

    const flaky = fakeSlack();
    flaky.fail('update', httpError());
    await expect(flaky.poster.resolve(state())).rejects.toThrow(/Slack did not take the resolved alert/);
    expect(flaky.calls.map((c) => c.method)).toEqual(['update']);
  });

  it('resolve and follow-ups without a posted message do nothing', async () => {
    const slack = fakeSlack();
    await slack.poster.resolve(state({ ts: null }));
    expect(slack.calls).toEqual([]);
  });

  it('follow-ups: a re-opening revives the message and tells the channel; "worse" stays in the thread', async () => {
    const slack = fakeSlack();
    const measure = { service: 'checkout', status: 404 as const, count: 900, expected: 5, ratio: 180, changePct: 17900, spiking: true, elevated: true, periods: 8, reason: '' };
    await slack.poster.followUp(state({ phase: 'firing', resolvedAt: null, resolution: null, refires: 1 }), { kind: 'refired', measure });
    expect(slack.calls.map((c) => c.method)).toEqual(['update', 'postMessage']);
    expect(slack.calls[0]?.message.blocks.some((b) => b.type === 'actions')).toBe(true);
    expect(slack.calls[1]).toMatchObject({ threadTs: '1700000000.000100', broadcast: true });

    const worse = fakeSlack();
    await worse.poster.followUp(state({ phase: 'firing', resolvedAt: null, resolution: null }), { kind: 'worsened', measure });
    expect(worse.calls.map((c) => c.method)).toEqual(['postMessage']);
    expect(worse.calls[0]).toMatchObject({ threadTs: '1700000000.000100', broadcast: false });
  });

  it('reads rate limits from the client error and from an ok:false answer', () => {
    expect(rateLimitedMs(rateLimited(3))).toBe(3000);
    expect(rateLimitedMs(platform('ratelimited'))).toBe(1000);
    expect(rateLimitedMs(platform('not_in_channel'))).toBeNull();
    expect(rateLimitedMs(new Error('socket hang up'))).toBeNull();
    expect(isPermanent(platform('internal_error'))).toBe(false);
    expect(isPermanent(httpError())).toBe(false);
  });
});
