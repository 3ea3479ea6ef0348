import fc from 'fast-check';
import { runCli } from '../../src/cli/program';
import type { AskResult } from '../../src/domain/types';
import { createAskService } from '../../src/services/ask';
import type { TriageService } from '../../src/services/types';
import { unreachableCheck } from '../support/cliFakes';

/**
 * The ask path as the product runs it (the service, and `status-triage ask --json`), on thousands of
 * hostile questions: mixes of Slack markup, Elasticsearch syntax, control characters, unicode and the
 * domain's own words. test/domain/ask/robustness.test.ts covers `answerQuestion` on plain random text
 * and fixed odd cases; this adds the hostile mixes, determinism, the output's hygiene and the CLI.
 */
const VERDICTS: ReadonlyArray<AskResult['verdict']> = ['403', '404', '401', '410', null];

const piece = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '403', '404', '401', '410', 'or', '?', 'vs', 'not', "don't", 'token', 'expired', 'scope', 'tenant', 'admin', 'role', 'deleted',
      'moved', 'cache', 'crawler', 'exists', 'leak', 'allowlist', 'ip', 'forbidden', 'not found', 'gone', 'unauthorized',
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '<!channel>', '<!here>', '<@U0BOT>', '<#C1|ops>', '<http://x|y>', '&lt;', '&amp;', '*bold*', '_it_', '`code`', '```', '>',
      '*', '"', '\\', ' OR ', 'AND', '*:*', '_all', 'logs-*', '(?:.*)+', '[[[', '{{', '${x}', '%n', "'; --",
      '\u0000', '\u0007', '\u001b[31m', '\u001b]0;title\u0007', '\r', '\n', '\t', '\u200b', '\u202e', '\ufeff', '\ud800', '\udfff',
      '😀', '🔥', 'é', 'İ', 'ß', 'ﬁ', 'Ω', '中文', 'مرحبا',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

const question = fc.oneof(
  { weight: 8, arbitrary: fc.array(piece, { maxLength: 30 }).chain((parts) => fc.constantFrom(' ', '', '\n').map((sep) => parts.join(sep))) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
  { weight: 1, arbitrary: fc.tuple(piece, fc.integer({ min: 500, max: 3000 })).map(([p, n]) => `${p} `.repeat(Math.ceil(n / (p.length + 1)))) },
);

/** Control characters that would drive a terminal (ANSI escapes) or corrupt a log line if echoed. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this check
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\u009b]/;

describe('the ask path on hostile questions (property)', () => {
  const ask = createAskService();

  it('always answers, with clean JSON-safe output', () => {
    fc.assert(
      fc.property(question, (q) => {
        const result = ask.ask(q);
        if (!VERDICTS.includes(result.verdict)) throw new Error(`verdict ${String(result.verdict)}`);
        if (typeof result.answer !== 'string' || result.answer.trim().length < 20) throw new Error('no real answer');
        if (result.answer.length > 4000) throw new Error(`answer of ${result.answer.length} characters`);
        if (result.sources.length === 0 || result.sources.some((s) => s.trim() === '')) throw new Error('sources missing');
        if (TERMINAL_CONTROL.test(result.answer)) throw new Error('control characters in the answer');
        const json = JSON.stringify(result);
        if (JSON.stringify(JSON.parse(json)) !== json) throw new Error('the answer does not survive JSON');
      }),
      { numRuns: 2000 },
    );
  });

  it('answers the same question the same way every time (no hidden state between questions)', () => {
    fc.assert(
      fc.property(question, question, (q, other) => {
        const first = JSON.stringify(ask.ask(q));
        ask.ask(other);
        if (JSON.stringify(ask.ask(q)) !== first) throw new Error('a second ask answered differently');
      }),
      { numRuns: 300 },
    );
  });

  it('`status-triage ask … --json` prints exactly the contract\'s object, or a usage line for an empty question', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(question, { minLength: 1, maxLength: 3 }), async (words) => {
        let stdout = '';
        let stderr = '';
        // `--json` first, then `--`: every word is the question, even one that starts with a dash.
        const code = await runCli(['ask', '--json', '--', ...words], {
          env: {},
          io: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
          services: async () => ({ triage: noTriage, ask: createAskService(), watchOnce: async () => ({ alerts: [] }), check: unreachableCheck }),
        });
        if (code !== 0) {
          // Only a question that is nothing but blanks.
          expect(words.join(' ').trim()).toBe('');
          expect(code).toBe(2);
          expect(stdout).toBe('');
          expect(stderr).toMatch(/ask needs a question/);
          return;
        }
        expect(stderr).toBe('');
        const parsed = JSON.parse(stdout) as Record<string, unknown>;
        expect(Object.keys(parsed).sort()).toEqual(['answer', 'sources', 'verdict']);
      }),
      { numRuns: 300 },
    );
  });
});

const noTriage: TriageService = {
  triage: () => Promise.reject(new Error('ask does not triage')),
  samples: () => Promise.reject(new Error('ask does not triage')),
  knownServices: () => Promise.reject(new Error('ask does not triage')),
};
