import fc from 'fast-check';
import { CliDeps, runCli } from '../../src/cli/program';
import { createAskService } from '../../src/services/ask';
import type { TriageRequest, TriageService } from '../../src/services/types';
import { AppError, ErrorCode } from '../../src/errors';
import type { TriageResult } from '../../src/domain/types';
import { WINDOWS } from '../../src/domain/window';
import { unreachableCheck } from '../support/cliFakes';

/**
 * `runCli` on thousands of random and hostile argument lists, with the real parser, the real ask
 * service and an in-memory triage (no network: the parsing and output layer is under test). It never
 * throws, exits 0, 1 or 2, prints JSON and nothing else when asked for JSON, and hands the triage only
 * literal, well-formed values.
 */

const NAME = /^[^\s\p{C}]+$/u;

function resultFor(request: TriageRequest): TriageResult {
  const to = request.at ?? new Date('2026-11-20T12:00:00Z');
  return {
    status: request.status,
    service: request.service,
    environment: request.environment,
    window: { from: new Date(to.getTime() - 3_600_000).toISOString(), to: to.toISOString() },
    total: 12,
    baseline: { expected: 3, ratio: 4, periods: 8 },
    series: [{ t: to.toISOString(), count: 12 }],
    causes: [{ id: 'baseline_noise', confidence: 0.4, title: `Noise on ${request.service}`, evidence: ['12 of them'], remediation: ['Nothing to do'] }],
    contrast: [],
    decisionRule: { summary: '404 when it does not exist', explanation: 'RFC 9110' },
    elasticsearchRequests: 1,
    notes: [],
    missingFields: [],
    partial: false,
    serviceKnown: true,
    suggestions: [],
  };
}

/** A triage that records what it was asked; `down` fails like an unreachable cluster. */
function recordingTriage(calls: TriageRequest[]): TriageService {
  return {
    async triage(request) {
      calls.push(request);
      if (request.service === 'down') throw new AppError(ErrorCode.ElasticsearchUnreachable, 'cannot reach Elasticsearch at http://127.0.0.1:9 (connection refused)');
      return resultFor(request);
    },
    async samples() {
      return [];
    },
    async knownServices() {
      return [];
    },
  };
}

async function run(argv: string[], calls: TriageRequest[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const deps: CliDeps = {
    env: { LOG_LEVEL: 'silent', ELASTICSEARCH_URL: 'http://127.0.0.1:9' },
    io: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
    services: async () => ({ triage: recordingTriage(calls), ask: createAskService(), watchOnce: async () => ({ alerts: [] }), check: unreachableCheck }),
  };
  const code = await runCli(argv, deps);
  return { code, stdout, stderr };
}

const hostileWord = fc.constantFrom(
  '*', '"', '\\', ' OR ', 'a OR b', '_all', '*:*', 'logs-*', '<!channel>', '<@U0BOT>', '\u0000', '\u001b[31m', '\n', '\r',
  '\u200b', '\u202e', '😀', 'ﬁ', 'İ', '%00', '../../etc/passwd', '${IFS}', '$(id)', '`id`', "'", ';', '|', '&&', '{"a":1}',
  'x'.repeat(300), 'service name', '',
);

const token = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'triage', 'ask', 'watch', 'serve', 'demo', 'help', '403', '404', '401', '500', '4o4', 'checkout', 'svc-1', 'down',
      ...WINDOWS, '2h', '1H', 'now', '--env', 'prod', '--at', '2026-11-20T12:00:00Z', 'yesterday', '0', '--json', '--once',
      '--help', '-h', '--version', '-V', '--', '-', '--bogus', '-x', '--env=prod', '--json=1', '--at=', '--ENV', '-json',
    ),
  },
  { weight: 2, arbitrary: hostileWord },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);

const status = fc.constantFrom('403', '404', '500', '4o4', '');
const service = fc.oneof(fc.constantFrom('checkout', 'svc-1', 'down', 'a.b_c:d', 'x'.repeat(200), 'x'.repeat(201)), hostileWord, fc.string({ maxLength: 12 }));
const options = fc.subarray(['--json', '--env', '--at'] as const).chain((names) =>
  fc.tuple(
    ...names.map((name) =>
      name === '--json'
        ? fc.constant(['--json'])
        : name === '--env'
          ? fc.oneof(fc.constant('prod'), hostileWord, fc.string({ maxLength: 8 })).map((v) => ['--env', v])
          : fc.oneof(fc.constantFrom('2026-11-20T12:00:00Z', '2026-11-20', '0', '1e20', '+275760-09-13T00:00:00Z', 'yesterday'), fc.string({ maxLength: 8 })).map((v) => ['--at', v]),
    ),
  ).map((groups) => groups.flat()),
);

/** Well-formed commands with hostile values, broken commands, and anything at all. */
const argv = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(status, service, fc.option(fc.oneof(fc.constantFrom(...WINDOWS), token), { nil: undefined }), options).map(([st, sv, w, opts]) => ['triage', st, sv, ...(w === undefined ? [] : [w]), ...opts]) },
  { weight: 2, arbitrary: fc.tuple(fc.array(fc.oneof(hostileWord, fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 30 })), { minLength: 1, maxLength: 4 }), fc.boolean()).map(([words, json]) => ['ask', ...words, ...(json ? ['--json'] : [])]) },
  { weight: 1, arbitrary: fc.constantFrom(['watch', '--once', '--json'], ['watch', '--once'], ['watch', '--json', '--once']).map((a) => [...a]) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('triage', 'ask', 'watch'), fc.array(token, { maxLength: 7 })).map(([command, rest]) => [command, ...rest]) },
  { weight: 2, arbitrary: fc.array(token, { maxLength: 8 }) },
);

/**
 * Whether `--json` was given as a flag of the command (not as an option's value, not after `--`).
 * A leading `--` ends the options before the command: `-- ask --json` asks the question "--json".
 */
function jsonRequested(args: readonly string[]): boolean {
  if (args[0] === '--') return false;
  for (let i = 1; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') return false;
    if (arg === '--env' || arg === '--at') i++;
    else if (arg === '--json') return true;
  }
  return false;
}

/** `watch` without `--once` runs until interrupted, by design: not a case for this property. */
function mayRunForever(args: readonly string[]): boolean {
  if (!args.includes('watch')) return false;
  if (args[0] !== 'watch') return true;
  const end = args.indexOf('--');
  return !args.slice(1, end < 0 ? undefined : end).includes('--once');
}

const askedForHelp = (args: readonly string[]): boolean => args.some((a) => a === '--help' || a === '-h' || a === '-V' || a === '--version') || args[0] === 'help';

describe('CLI arguments (property)', () => {
  it('never throws, exits 0/1/2, and keeps stdout pure JSON whenever --json succeeds', async () => {
    let jsonAnswers = 0;
    await fc.assert(
      fc.asyncProperty(argv, async (args) => {
        fc.pre(!mayRunForever(args));
        const calls: TriageRequest[] = [];
        const { code, stdout, stderr } = await run(args, calls);
        expect([0, 1, 2]).toContain(code);
        expect(stderr).not.toMatch(/\n\s+at |\bat .+\.(?:ts|js):\d+/);
        if (code !== 0) {
          expect(stdout).toBe('');
          expect(stderr.trim()).not.toBe('');
        }
        if (code === 1) expect(stderr.trim().split('\n')).toHaveLength(1);
        if (code === 0 && jsonRequested(args) && !askedForHelp(args)) {
          expect(stdout.endsWith('\n')).toBe(true);
          expect(() => JSON.parse(stdout)).not.toThrow();
          jsonAnswers++;
        }
        for (const call of calls) {
          expect([403, 404]).toContain(call.status);
          expect(call.service).toMatch(NAME);
          expect(call.service.length).toBeLessThanOrEqual(200);
          expect(WINDOWS).toContain(call.window);
          if (call.environment !== null) expect(call.environment).toMatch(NAME);
          if (call.at !== undefined) expect(Number.isNaN(call.at.getTime())).toBe(false);
        }
      }),
      { numRuns: 2500, examples: [[['--', 'ask', '--json']]] },
    );
    expect(jsonAnswers).toBeGreaterThan(300);
  });
});
