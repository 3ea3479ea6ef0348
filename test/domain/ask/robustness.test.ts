import fc from 'fast-check';
import { answerQuestion } from '../../../src/domain/ask';
import type { AskResult } from '../../../src/domain/types';

const VERDICTS: ReadonlyArray<AskResult['verdict']> = ['403', '404', '401', '410', null];

function expectWellFormed(result: AskResult): void {
  expect(VERDICTS).toContain(result.verdict);
  expect(typeof result.answer).toBe('string');
  expect(result.answer.trim().length).toBeGreaterThan(20);
  expect(result.sources.length).toBeGreaterThan(0);
  for (const source of result.sources) expect(source.trim()).not.toBe('');
}

describe('answerQuestion never throws and always helps', () => {
  const odd: ReadonlyArray<readonly [string, string]> = [
    ['empty', ''],
    ['blank', '   \n\t  '],
    ['only a channel mention', '<!channel>'],
    ['only a user mention', '<@U0123ABC>'],
    ['mentions and a subteam', '<!here> <@U1|bob> <!subteam^S123|@oncall>'],
    ['a channel link', '<#C024BE7LR|incidents>'],
    ['a Slack link', '<https://example.com/orders/42|order 42>'],
    ['emoji only', ':fire: :fire: :rotating_light:'],
    ['unicode emoji', '🔥🔥🔥'],
    ['right-to-left text', 'מה ההבדל בין 403 ל-404?'],
    ['CJK', '403と404の違いは?'],
    ['combining marks', 'ṭọḳẹṇ ẹẋṗịṛẹḍ'],
    ['a lone surrogate', 'token \ud800 expired'],
    ['zero-width characters', 'to\u200bken ex\u200dpired'],
    ['control characters', '\u0000\u0001\u0007403\u001b[31m'],
    ['SQL', "'; DROP TABLE users; --"],
    ['HTML', '<script>alert(1)</script>'],
    ['regex metacharacters', '(?:.*)+$^[]{}\\'],
    ['only punctuation', '?!?!...---'],
    ['only digits', '403404401410'],
    ['a number that is not a status', '999 or 000?'],
    ['mojibake from the seed', 'HTTP 403 โ€” Forbidden vs HTTP 404 โ€” Not Found'],
  ];

  it.each(odd)('%s', (_name, question) => {
    expectWellFormed(answerQuestion(question));
  });

  it('answers empty and markup-only questions with a usage hint and no verdict', () => {
    for (const question of ['', '   ', '<!channel>', '<@U123>']) {
      const result = answerQuestion(question);
      expect(result.verdict).toBeNull();
      expect(result.answer).toMatch(/403 or 404/);
    }
  });

  it('keeps the facts behind Slack markup', () => {
    expect(answerQuestion('<!channel> <@U123> *token expired*, 401 or 403?').verdict).toBe('401');
    expect(answerQuestion('`insufficient_scope` from the resource server — which code?').verdict).toBe('403');
  });

  it('survives values that are not strings at run time', () => {
    for (const value of [undefined, null, 42, {}, [], Symbol('q')]) {
      expectWellFormed(answerQuestion(value as unknown as string));
    }
  });

  // Their time (bounded: ask reads the first 12,000 characters) is measured by `npm run bench` (bench/askBench.ts).
  it('answers huge and adversarial input', () => {
    const inputs = [
      'a'.repeat(1_000_000),
      'not '.repeat(50_000),
      '403 or '.repeat(20_000),
      'token '.repeat(30_000) + 'expired',
      'logged in but not an admin, '.repeat(5_000),
      `${'x'.repeat(200_000)} other tenant's invoice, don't leak that it exists`,
    ];
    for (const input of inputs) expectWellFormed(answerQuestion(input));
  });

  it('reads a long incident story that ends with the question', () => {
    const story =
      'timeline: 01:10 deploy of gateway 2.14. 01:12 alerts on 403 volume for service-x. 01:20 we checked the logs, ' +
      'every failing request carries an access token whose exp is in the past; the new gateway turns expired tokens into 403 ' +
      'instead of letting the app refresh them. mobile users got stuck on an error screen. '.repeat(3) +
      'question for the retro: what should the gateway have answered?';
    const result = answerQuestion(story);
    expect(result.verdict).toBe('401');
    expect(result.answer).toMatch(/refresh/);
  });

  it('never throws on arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (question) => {
        expectWellFormed(answerQuestion(question));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary mixes of domain words (property)', () => {
    const words = fc.constantFrom(
      'not', 'no', 'token', 'expired', 'logged', 'in', 'admin', 'tenant', 'other', 'scope', 'deleted', 'for good',
      '403', '404', '401', '410', 'or', 'vs', '?', 'cache', 'retry', 'seo', 'leak', 'exists', 'w/o', 'perms', '<!here>',
      'permanently', 'allowlist', 'google', 'soft 404', '200', "doesn't", 'exist',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 40 }), (parts) => {
        expectWellFormed(answerQuestion(parts.join(' ')));
      }),
      { numRuns: 500 },
    );
  });
});
