import fc from 'fast-check';
import { WINDOWS } from '../../src/domain/window';
import { ENVIRONMENT_NAME_PATTERN, SERVICE_NAME_PATTERN } from '../../src/domain/serviceName';
import {
  interpretMessage,
  MAX_MUTE_MS,
  MIN_MUTE_MS,
  normalizeSlackText,
  parseCommandText,
  stripBotMention,
  type CommandIntent,
} from '../../src/slack/commandText';

const triage = (status: 403 | 404, service: string, window = '1h', environment: string | null = null): CommandIntent => ({
  kind: 'triage',
  query: { status, service, window: window as (typeof WINDOWS)[number], environment },
});

describe('parseCommandText', () => {
  it.each<[string, CommandIntent]>([
    ['403 checkout-api', triage(403, 'checkout-api')],
    ['404 web-frontend 24h env=prod', triage(404, 'web-frontend', '24h', 'prod')],
    ['  404   web-frontend   env=prod   7d ', triage(404, 'web-frontend', '7d', 'prod')],
    ['checkout-api 403', triage(403, 'checkout-api')],
    ['403 checkout-api 15M ENV=staging', triage(403, 'checkout-api', '15m', 'staging')],
    ['403 checkout-api environment=prod', triage(403, 'checkout-api', '1h', 'prod')],
    ['403 checkout-api --env=prod', triage(403, 'checkout-api', '1h', 'prod')],
    ['403 team/checkout.api:v2', triage(403, 'team/checkout.api:v2')],
    ['403 <http://checkout.api|checkout.api>', triage(403, 'checkout.api')],
    ['help', { kind: 'help' }],
    ['HELP', { kind: 'help' }],
    ['', { kind: 'help' }],
    ['   ', { kind: 'help' }],
    ['ask should a missing tenant be 403 or 404?', { kind: 'ask', question: 'should a missing tenant be 403 or 404?' }],
    ['Ask  is 401 &amp; 403 the same?', { kind: 'ask', question: 'is 401 & 403 the same?' }],
  ])('%p', (text, expected) => {
    expect(parseCommandText(text)).toEqual(expected);
  });

  it.each([
    ['500 checkout-api', '403 and 404 only'],
    ['checkout-api', 'start with 403, 404'],
    ['403', 'Which service'],
    ['403 checkout-api 2h', 'not a window'],
    ['403 checkout-api 1h 6h', 'one window'],
    ['403 checkout-api env=prod env=dev', 'one environment'],
    ['403 checkout-api env=', 'not an environment'],
    ['403 checkout-api env=a*b', 'not an environment'],
    ['403 a* OR b', 'not a service name'],
    ['403 "checkout"', 'not a service name'],
    ['403 <!channel>', 'not a service name'],
    ['403 checkout-api 1h env=prod extra', 'Too many words'],
    ['ask', 'Ask what'],
    [`ask ${'x'.repeat(2001)}`, 'keep it under 2000'],
  ])('%p is invalid (%s)', (text, problem) => {
    const intent = parseCommandText(text);
    expect(intent.kind).toBe('invalid');
    if (intent.kind === 'invalid') expect(intent.problem).toContain(problem);
  });

  it('never throws; a triage always carries a literal service, a known window and a safe environment', () => {
    const hostile = fc.constantFrom('<!channel>', '<!here>', '*', '"', '\\', 'OR', 'AND', '*:*', '_all', '\u0000', '\u202e', '😀', '&lt;', '<@U1|x>', 'logs-*', '../');
    const token = fc.oneof(
      fc.constantFrom('403', '404', 'help', 'ask', 'alerts', 'mute', 'unmute', '30m', '1d', '8d', ...WINDOWS, 'env=prod', 'checkout-api'),
      hostile,
      fc.string(),
      fc.string({ unit: 'binary', maxLength: 30 }),
    );
    const text = fc.oneof(fc.string({ maxLength: 5000 }), fc.string({ unit: 'binary' }), fc.array(token, { maxLength: 8 }).map((t) => t.join(' ')));
    fc.assert(
      fc.property(text, (input) => {
        const intent = parseCommandText(input);
        expect(['triage', 'ask', 'help', 'invalid', 'alerts', 'mute', 'unmute']).toContain(intent.kind);
        if (intent.kind === 'mute' || intent.kind === 'unmute') {
          expect(intent.target.service === '*' || SERVICE_NAME_PATTERN.test(intent.target.service)).toBe(true);
          expect([403, 404, null]).toContain(intent.target.status);
        }
        if (intent.kind === 'mute') {
          expect(intent.durationMs).toBeGreaterThanOrEqual(MIN_MUTE_MS);
          expect(intent.durationMs).toBeLessThanOrEqual(MAX_MUTE_MS);
        }
        if (intent.kind === 'triage') {
          expect(intent.query.service).toMatch(SERVICE_NAME_PATTERN);
          expect(WINDOWS).toContain(intent.query.window);
          if (intent.query.environment !== null) expect(intent.query.environment).toMatch(ENVIRONMENT_NAME_PATTERN);
          expect([403, 404]).toContain(intent.query.status);
        }
        if (intent.kind === 'invalid') expect(intent.problem.length).toBeLessThan(300);
        if (intent.kind === 'ask') expect(intent.question.length).toBeLessThanOrEqual(2000);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('parseCommandText: the watcher subcommands', () => {
  const HOUR = 3_600_000;
  it.each<[string, CommandIntent]>([
    ['alerts', { kind: 'alerts' }],
    ['ALERTS', { kind: 'alerts' }],
    ['mute checkout-api 404 1h', { kind: 'mute', target: { service: 'checkout-api', status: 404 }, durationMs: HOUR }],
    ['mute checkout-api 2h', { kind: 'mute', target: { service: 'checkout-api', status: null }, durationMs: 2 * HOUR }],
    ['mute 403 checkout-api 30m', { kind: 'mute', target: { service: 'checkout-api', status: 403 }, durationMs: HOUR / 2 }],
    ['Mute 1d checkout-api', { kind: 'mute', target: { service: 'checkout-api', status: null }, durationMs: 24 * HOUR }],
    ['mute * 4h', { kind: 'mute', target: { service: '*', status: null }, durationMs: 4 * HOUR }],
    ['mute x 404 1h', { kind: 'mute', target: { service: 'x', status: 404 }, durationMs: HOUR }],
    ['mute <http://checkout.api|checkout.api> 7d', { kind: 'mute', target: { service: 'checkout.api', status: null }, durationMs: 7 * 24 * HOUR }],
    ['unmute checkout-api 404', { kind: 'unmute', target: { service: 'checkout-api', status: 404 } }],
    ['unmute checkout-api', { kind: 'unmute', target: { service: 'checkout-api', status: null } }],
    ['unmute *', { kind: 'unmute', target: { service: '*', status: null } }],
    // A service literally named like a subcommand is still reachable, status first.
    ['403 alerts', triage(403, 'alerts')],
    ['404 mute 6h', triage(404, 'mute', '6h')],
  ])('%p', (text, expected) => {
    expect(parseCommandText(text)).toEqual(expected);
  });

  it.each([
    ['alerts now', 'takes nothing after it'],
    ['mute', 'Mute which service'],
    ['mute 404 1h', 'Mute which service'],
    ['mute checkout-api', 'For how long'],
    ['mute checkout-api 404', 'For how long'],
    ['mute checkout-api 500 1h', '403 and 404 only'],
    ['mute checkout-api 403 404', 'one status'],
    ['mute checkout-api 1h 2h', 'one duration'],
    ['mute checkout-api 1hr', 'not a duration'],
    ['mute checkout-api 10s', 'Mute for 1m to 1w'],
    ['mute checkout-api 8d', 'WATCH_SERVICES'],
    ['mute checkout-api other-api 1h', 'One service at a time'],
    ['mute x 404 forever', '"forever" is not a duration'],
    ['mute a*b 1h', 'not a service name'],
    ['mute <!channel> 1h', 'not a service name'],
    ['mute "x" 1h', 'not a service name'],
    ['mute checkout-api 404 1h extra', 'Too many words'],
    ['unmute', 'Unmute which service'],
    ['unmute checkout-api 1h', 'takes no duration'],
  ])('%p is invalid (%s)', (text, problem) => {
    const intent = parseCommandText(text);
    expect(intent.kind).toBe('invalid');
    if (intent.kind === 'invalid') expect(intent.problem).toContain(problem);
  });

  it('mentions and DMs do not mute: a sentence starting with "mute" is a question', () => {
    expect(interpretMessage('mute checkout-api 1h').kind).toBe('ask');
  });
});

describe('interpretMessage (mentions and DMs)', () => {
  it.each<[string, CommandIntent['kind']]>([
    ['404 checkout-api', 'triage'],
    ['404 checkout-api 6h env=prod', 'triage'],
    ['help', 'help'],
    ['', 'help'],
    ['ask 403 or 404?', 'ask'],
    ['403 or 404 for a deleted tenant?', 'ask'],
    ['what does a 410 mean', 'ask'],
    ['403', 'ask'],
  ])('%p → %s', (text, kind) => {
    expect(interpretMessage(text).kind).toBe(kind);
  });

  it('answers a malformed triage as a question, with the problem as a hint', () => {
    const intent = interpretMessage('404 checkout-api 2h');
    expect(intent).toMatchObject({ kind: 'ask', question: '404 checkout-api 2h' });
    if (intent.kind === 'ask') expect(intent.hint).toContain('not a window');
  });

  it('never throws on anything', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 6000 }), fc.string({ unit: 'binary', maxLength: 200 })), (input) => {
        const intent = interpretMessage(input);
        if (intent.kind === 'triage') expect(intent.query.service).toMatch(SERVICE_NAME_PATTERN);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('Slack text handling', () => {
  it('unwraps Slack markup and decodes entities', () => {
    expect(normalizeSlackText('hi <@U123|ann> in <#C1|ops>: <!channel> see <https://x.io|docs> &lt;b&gt; &amp;')).toBe('hi @ann in #ops: @channel see docs <b> &');
    expect(normalizeSlackText('<mailto:a@b.io>')).toBe('a@b.io');
    expect(normalizeSlackText('a\u0000b\u0007c')).toBe('a b c');
  });

  it('strips the bot mention only', () => {
    expect(stripBotMention('<@U0BOT> 404 checkout-api', 'U0BOT')).toBe('404 checkout-api');
    expect(stripBotMention('hey <@U0BOT|status-triage> is <@U0ANN> right?', 'U0BOT')).toBe('hey   is <@U0ANN> right?');
    expect(stripBotMention('<@U0BOT> help')).toBe('help');
  });
});
