import { requiredLiterals } from './literals';

/**
 * Small matching helpers over normalized text: "does this phrase occur, and is it negated?".
 * Negation is read from the few words before a match, inside the same clause: "not logged in" is
 * negated, "logged in but not an admin" is not (the "not" belongs to "an admin").
 */

const NEGATOR = /\b(?:not|no|never|without|cannot|nor|neither|none|lacks?|lacking|missing|before|nobody|un)\b/;
const CLAUSE_BREAK = /[.,;:!?()\n]| but | and | yet | though | although | however | whereas | while | - | -> /;

/** The last `words` words before `index`, cut at the start of the clause. */
export function clauseBefore(text: string, index: number, words = 4): string {
  const before = text.slice(Math.max(0, index - 80), index);
  const parts = before.split(CLAUSE_BREAK);
  const clause = parts[parts.length - 1] ?? '';
  return clause.trim().split(/\s+/).slice(-words).join(' ');
}

// The copies are made once per pattern: building a RegExp on every call cost more than matching it.
const GLOBAL_COPIES = new WeakMap<RegExp, RegExp>();
const PLAIN_COPIES = new WeakMap<RegExp, RegExp>();

function globalOf(pattern: RegExp): RegExp {
  if (pattern.global) return pattern;
  let copy = GLOBAL_COPIES.get(pattern);
  if (!copy) {
    copy = new RegExp(pattern.source, `${pattern.flags}g`);
    GLOBAL_COPIES.set(pattern, copy);
  }
  return copy;
}

/** A copy without the global flag, so `test` carries no state between calls. */
function once(pattern: RegExp): RegExp {
  // `global` rather than `flags`: the flags getter builds a string at every call.
  if (!pattern.global) return pattern;
  let copy = PLAIN_COPIES.get(pattern);
  if (!copy) {
    copy = new RegExp(pattern.source, pattern.flags.replace('g', ''));
    PLAIN_COPIES.set(pattern, copy);
  }
  return copy;
}

// The literals each pattern cannot match without (literals.ts), read once per pattern.
const GATES = new WeakMap<RegExp, readonly string[] | null>();

/** False only when `pattern` cannot match `text`: none of the literals every match contains occurs in it. */
export function mayMatch(pattern: RegExp, text: string): boolean {
  let gate = GATES.get(pattern);
  if (gate === undefined) {
    gate = requiredLiterals(pattern);
    GATES.set(pattern, gate);
  }
  if (gate === null) return true;
  for (const literal of gate) if (text.includes(literal)) return true;
  return false;
}

/** `pattern.test(text)` without the global flag's state, skipped when a required literal is absent. */
export function test(pattern: RegExp, text: string): boolean {
  return mayMatch(pattern, text) && once(pattern).test(text);
}

/** Every match of `pattern` (global or not), without building anything when there is none. */
export function matchesOf(text: string, pattern: RegExp): Iterable<RegExpMatchArray> {
  if (!test(pattern, text)) return [];
  return text.matchAll(globalOf(pattern));
}

/** Any match at all (negated or not). */
export function has(text: string, ...patterns: readonly RegExp[]): boolean {
  for (const pattern of patterns) if (test(pattern, text)) return true;
  return false;
}

/** A match whose clause does not negate it just before. */
export function hasAffirmed(text: string, ...patterns: readonly RegExp[]): boolean {
  for (const pattern of patterns) {
    // Most patterns do not occur at all: one plain test is much cheaper than matchAll, which clones
    // the regex and builds an iterator even when nothing matches.
    if (!test(pattern, text)) continue;
    for (const match of text.matchAll(globalOf(pattern))) {
      if (!NEGATOR.test(clauseBefore(text, match.index ?? 0, 3))) return true;
    }
  }
  return false;
}

/** True when any `near` pattern occurs within `span` characters of a match of `anchor`. */
export function hasNear(text: string, anchor: RegExp, near: RegExp, span = 45): boolean {
  if (!test(anchor, text) || !mayMatch(near, text)) return false;
  for (const match of text.matchAll(globalOf(anchor))) {
    const start = Math.max(0, (match.index ?? 0) - span);
    const end = Math.min(text.length, (match.index ?? 0) + match[0].length + span);
    if (test(near, text.slice(start, end))) return true;
  }
  return false;
}

/** Every status code written in the text, in order of appearance, without repeats. */
export function statusCodesIn(text: string): string[] {
  const codes: string[] = [];
  // (Not a rate or a size: "~200 req/day", "300 calls per hour", "150 ms", "500 mb"; nor a count's thousands: "3,200 issues".)
  for (const match of text.matchAll(/(?<![\d.:])(?<!\d,)(?<![a-z]\/)([1-5]\d\d)(?!\d)(?!\.\d)(?! ?(?:(?:req|reqs|requests?|calls?|hits?) ?)?(?:\/|per |an? )(?:day|d|hours?|h|hr|min|minutes?|sec|seconds?|s|weeks?|months?)\b| ?(?:rps|qps|ms|kb|mb|gb)\b| ?%)/g)) {
    const code = match[1] ?? '';
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}
