import { answerQuestion } from '../../../src/domain/ask';
import { ASK_CASES, type AskCase } from './questions.table';

function missingMentions(answer: string, mentions: AskCase['mentions']): string[] {
  const text = answer.toLowerCase();
  return mentions
    .filter((mention) => {
      const options = typeof mention === 'string' ? [mention] : mention;
      return !options.some((option) => text.includes(option.toLowerCase()));
    })
    .map((mention) => (typeof mention === 'string' ? mention : mention.join(' | ')));
}

describe('answerQuestion: the question table', () => {
  it('holds at least 90 questions', () => {
    expect(ASK_CASES.length).toBeGreaterThanOrEqual(90);
  });

  it.each(ASK_CASES.map((c) => [c.q, c] as const))('%s', (_q, c) => {
    const result = answerQuestion(c.q);
    expect({ verdict: result.verdict, missing: missingMentions(result.answer, c.mentions) }).toEqual({
      verdict: c.verdict,
      missing: [],
    });
    expect(result.sources.length).toBeGreaterThan(0);
  });
});

describe('answerQuestion: the shape of an answer', () => {
  it('explains briefly: a handful of sentences, not an essay', () => {
    for (const c of ASK_CASES) {
      const { answer } = answerQuestion(c.q);
      expect(answer.length).toBeGreaterThan(40);
      expect(answer.length).toBeLessThan(1100);
    }
  });

  it('cites RFC 6750 for scope and token questions', () => {
    expect(answerQuestion('token lacks the write scope, 401 or 403?').sources).toContain('RFC 6750 §3.1');
    expect(answerQuestion('bearer token expired - 401 or 403?').sources).toContain('RFC 6750 §3.1');
  });

  it('cites RFC 9110 §15.5.4 when hiding existence behind a 404', () => {
    const result = answerQuestion("other tenant's invoice, we don't want to leak that it exists");
    expect(result.sources).toContain('RFC 9110 §15.5.4');
  });

  it('cites RFC 9110 §15.1 for caching', () => {
    expect(answerQuestion('are 404s cached?').sources).toContain('RFC 9110 §15.1');
  });

  it('cites the guide for retries', () => {
    expect(answerQuestion('should the client retry a 403?').sources).toContain('status-triage guide: 403 vs 404');
  });

  it('never repeats a source', () => {
    for (const c of ASK_CASES) {
      const { sources } = answerQuestion(c.q);
      expect(new Set(sources).size).toBe(sources.length);
    }
  });

  it('is deterministic', () => {
    const q = 'logged in but not an admin, deletes a project — 403 or 404?';
    expect(answerQuestion(q)).toEqual(answerQuestion(q));
  });
});

describe('answerQuestion: word order and paraphrase do not change the verdict', () => {
  const groups: ReadonlyArray<readonly [AskCase['verdict'], readonly string[]]> = [
    [
      '403',
      [
        'the user is logged in but is not an admin and wants to delete a project: 403 or 404?',
        'deleting a project as a non-admin (signed in) — which code?',
        '403 or 404 for a signed-in user that lacks the delete permission?',
        'what status if someone authenticated does not have permission to delete the project',
      ],
    ],
    [
      '401',
      [
        'the access token has expired, which status?',
        'which status for an expired access token?',
        'expired access token: 401 or 403?',
        'what do we send back when the caller’s jwt is past its expiry',
      ],
    ],
    [
      '410',
      [
        'the page was deleted permanently, what should we return?',
        'what should we return for a page we permanently deleted?',
        'permanently removed page, 404 or 410?',
      ],
    ],
  ];
  it.each(groups.flatMap(([verdict, qs]) => qs.map((q) => [q, verdict] as const)))('%s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });
});
