import { PRESENCE_MEMORY_MS, rememberFirsts, trustedFirsts } from '../../src/domain/presenceMemory';

const T = Date.parse('2026-11-20T12:00:00Z');
const MIN = 60_000;

describe('presence memory', () => {
  const memory = rememberFirsts(new Map(), new Map([['checkout', T - 8 * 86_400_000], ['young', T - 2 * 86_400_000]]), T);

  it.each([
    ['the tick that read them', 0, ['checkout', 'young']],
    ['a minute later', MIN, ['checkout', 'young']],
    ['just before an hour has passed', PRESENCE_MEMORY_MS - 1, ['checkout', 'young']],
    ['an hour later (read again: retention may have deleted the oldest logs)', PRESENCE_MEMORY_MS, []],
    ['a clock that went back', -MIN, []],
  ])('trusts what it read at %s', (_, later, services) => {
    expect([...trustedFirsts(memory, T + later).keys()]).toEqual(services);
  });

  it('gives the remembered time itself, replaces it with a newer reading, and forgets what expired', () => {
    expect(trustedFirsts(memory, T).get('young')).toBe(T - 2 * 86_400_000);
    const later = T + 50 * MIN;
    const next = rememberFirsts(memory, new Map([['young', T - 86_400_000]]), later);
    expect(trustedFirsts(next, later).get('young')).toBe(T - 86_400_000);
    // checkout was read at T: at T + 61 min it is read again, young (read at T + 50 min) is still trusted.
    expect([...trustedFirsts(next, T + 61 * MIN).keys()]).toEqual(['young']);
    expect([...rememberFirsts(next, new Map(), T + 2 * PRESENCE_MEMORY_MS).keys()]).toEqual([]);
  });
});
