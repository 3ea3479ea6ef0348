import { renderNotice } from '../../src/slack/blocks';
import { createDelivery, type SlackWeb } from '../../src/slack/delivery';
import { createResponseUrlBudget } from '../../src/slack/responseUrls';
import { startSlackRecorder, type SlackRecorder } from '../support/slackRecorder';
import { captureLogs } from './support/logs';

interface Posted {
  kind: 'message' | 'ephemeral';
  channel: string;
  threadTs?: string | undefined;
}

function fakeWeb(failures: { message?: number } = {}): SlackWeb & { posted: Posted[] } {
  let messageFailures = failures.message ?? 0;
  const posted: Posted[] = [];
  return {
    posted,
    async postMessage({ channel, threadTs }) {
      if (messageFailures > 0) {
        messageFailures -= 1;
        throw new Error('not_in_channel');
      }
      posted.push({ kind: 'message', channel, threadTs });
    },
    async postEphemeral({ channel, threadTs }) {
      posted.push({ kind: 'ephemeral', channel, threadTs });
    },
  };
}

describe('createDelivery', () => {
  let slack: SlackRecorder;
  beforeAll(async () => {
    slack = await startSlackRecorder();
  });
  afterAll(() => slack.close());
  beforeEach(() => slack.reset());

  const message = renderNotice('hello');
  const setup = (web = fakeWeb(), now = () => new Date(0)) => {
    const budget = createResponseUrlBudget({ now });
    return { web, budget, delivery: createDelivery({ web, budget, logger: captureLogs().logger, sleep: async () => undefined }) };
  };

  it('posts to the response_url first', async () => {
    const { delivery, web } = setup();
    const url = slack.responseUrl();
    expect(await delivery.reply({ channel: 'C1', user: 'U1', responseUrl: url }, message, 'in_channel')).toBe('response_url');
    expect(slack.callsTo('response_url')[0]?.body).toMatchObject({ response_type: 'in_channel', replace_original: false, text: 'hello' });
    expect(web.posted).toEqual([]);
  });

  it.each([
    ['404 expired_url', { status: 404 as const }],
    ['200 with {"ok":false,"error":"expired_url"}', { status: 200 as const, body: JSON.stringify({ ok: false, error: 'expired_url' }) }],
    ['500 twice', { status: 500 as const }],
  ])('falls back to chat.postMessage on %s, and marks an expired URL as used up', async (_name, fault) => {
    const { delivery, web, budget } = setup();
    const url = slack.responseUrl('f');
    slack.fail({ kind: 'response_url', name: 'f', fault, times: 2 });
    expect(await delivery.reply({ channel: 'C1', user: 'U1', responseUrl: url }, message, 'in_channel')).toBe('chat.postMessage');
    expect(web.posted).toEqual([{ kind: 'message', channel: 'C1', threadTs: undefined }]);
    if (fault.status !== 500) expect(budget.usable(url)).toBe(false);
  });

  it('retries a single 500 on the response_url', async () => {
    const { delivery } = setup();
    const url = slack.responseUrl('okfalse');
    slack.fail({ kind: 'response_url', name: 'okfalse', fault: { status: 500 } });
    expect(await delivery.reply({ channel: 'C1', user: 'U1', responseUrl: url }, message, 'in_channel')).toBe('response_url');
    expect(slack.callsTo('response_url').map((c) => c.status)).toEqual([500, 200]);
  });

  it('falls back when the response_url cannot be reached at all', async () => {
    const { delivery } = setup();
    expect(await delivery.reply({ channel: 'C1', user: 'U1', responseUrl: 'http://127.0.0.1:1/nothing' }, message, 'in_channel')).toBe('chat.postMessage');
  });

  it('does not wait out an unreasonable Retry-After', async () => {
    const { delivery } = setup();
    const url = slack.responseUrl('slow');
    slack.fail({ kind: 'response_url', name: 'slow', fault: { status: 429, retryAfter: 120 } });
    expect(await delivery.reply({ channel: 'C1', user: 'U1', responseUrl: url }, message, 'in_channel')).toBe('chat.postMessage');
  });

  it('skips a response_url that is too old', async () => {
    let now = 0;
    const { delivery, budget } = setup(fakeWeb(), () => new Date(now));
    const url = slack.responseUrl();
    budget.issued(url);
    now = 31 * 60_000;
    expect(await delivery.reply({ channel: 'C1', user: 'U1', responseUrl: url }, message, 'in_channel')).toBe('chat.postMessage');
    expect(slack.callsTo('response_url')).toHaveLength(0);
  });

  it('sends ephemeral fallbacks with chat.postEphemeral, and thread replies with the Web API', async () => {
    const { delivery, web } = setup();
    expect(await delivery.reply({ channel: 'C1', user: 'U1' }, message, 'ephemeral')).toBe('chat.postEphemeral');
    expect(await delivery.reply({ channel: 'C1', user: 'U1', threadTs: '1.2', responseUrl: slack.responseUrl() }, message, 'in_channel')).toBe('chat.postMessage');
    expect(web.posted).toEqual([
      { kind: 'ephemeral', channel: 'C1', threadTs: undefined },
      { kind: 'message', channel: 'C1', threadTs: '1.2' },
    ]);
  });

  it('sends the answer as a DM when the channel refuses it', async () => {
    const { delivery, web } = setup(fakeWeb({ message: 1 }));
    expect(await delivery.reply({ channel: 'C1', user: 'U1' }, message, 'in_channel')).toBe('direct_message');
    expect(web.posted).toEqual([{ kind: 'message', channel: 'U1', threadTs: undefined }]);
  });

  it('reports failure when nothing works', async () => {
    const { delivery } = setup(fakeWeb({ message: 2 }));
    expect(await delivery.reply({ channel: 'C1', user: 'U1' }, message, 'in_channel')).toBe('failed');
  });
});
