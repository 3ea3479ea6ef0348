import { requiredLiterals } from '../../../src/domain/ask/literals';
import { has, hasAffirmed, mayMatch } from '../../../src/domain/ask/match';

/**
 * The literal gate in front of the ask patterns (src/domain/ask/literals.ts): it may only ever skip a
 * pattern that cannot match, so every match must contain one of its literals.
 */
describe('ask: the literals a regex cannot match without', () => {
  it('reads words, alternations and concatenations', () => {
    expect(requiredLiterals(/\bno (?:token|jwt)\b/)).toEqual(['no jwt', 'no token']);
    expect(requiredLiterals(/\b(?:cache|cached|caching)\b/)).toEqual(['cache', 'caching']);
    expect(requiredLiterals(/\bunauthori[sz]ed\b/)).toEqual(['unauthori']);
    expect(requiredLiterals(/\b\d{3} (?:or|vs) \d{3}\b/)).toEqual([' or ', ' vs ']);
  });

  it('skips optional parts and negative lookarounds, and keeps what a positive lookahead needs', () => {
    expect(requiredLiterals(/(?:very )?secret\b(?! santa)/)).toEqual(['secret']);
    expect(requiredLiterals(/(?<!not )\bexpired\b/)).toEqual(['expired']);
    expect(requiredLiterals(/^(?=[\s\S]*\bapi key\b)[\s\S]*\bno such key\b/)).toEqual(['api key']);
    expect(requiredLiterals(/\btokens?\b/)).toEqual(['token']);
  });

  it('says nothing where it cannot be sure', () => {
    expect(requiredLiterals(/token/i)).toBeNull();
    expect(requiredLiterals(/(?:a|b)?/)).toBeNull();
    expect(requiredLiterals(/\w+@\w+/)).toEqual(['@']);
    expect(requiredLiterals(/(['"])x\1/)).toEqual(["'x", '"x']);
    expect(requiredLiterals(/\p{L}/u)).toBeNull();
    expect(requiredLiterals(/\bfoo|.*/)).toBeNull();
    expect(requiredLiterals(/[^a]b/)).toEqual(['b']);
  });

  it('never skips a pattern that matches', () => {
    const patterns = [
      /\b(?:not|never) (?:yet )?(?:logged|signed) ?in\b/,
      /\b(?:session|cookie)s? (?:is |was )?(?:timed[- ]?out|expired)\b/,
      /\bwhat(?: is|'s| are) the (?:point|value) (?:of|in) (?:an? )?\d{3}\b/,
      /(?:^|[.;:!?] )(?:respond|reply) with\s*[?.!:]*$/,
      /\b(?:a|an|the) [a-z-]+ (?:still )?exists\b/,
      /x{2,3}y|z\.w/,
    ];
    const texts = [
      'user not yet logged in',
      'he never signedin',
      'session cookies was timed-out',
      "what's the value of a 404",
      'ok. respond with ?',
      'the page still exists',
      'xxy',
      'z.w',
      'nothing at all',
    ];
    for (const pattern of patterns) {
      for (const text of texts) if (pattern.test(text)) expect(mayMatch(pattern, text)).toBe(true);
    }
    expect(has('user not yet logged in', ...patterns)).toBe(true);
    expect(hasAffirmed('the page still exists', ...patterns)).toBe(true);
    expect(has('nothing at all', ...patterns)).toBe(false);
  });
});
