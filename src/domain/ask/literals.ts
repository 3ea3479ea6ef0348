/**
 * The literal strings a regex cannot match without: `requiredLiterals(/\bno (?:token|jwt)\b/)` is
 * ["no token", "no jwt"], because every match contains one of them. A text that contains none of them
 * cannot match, so `has` and friends (match.ts) skip the regex after a few `includes`, which cost a
 * fraction of running it. Most of the ask patterns find nothing in most questions, so this is where
 * much of their time went.
 *
 * The reading is conservative: whatever it does not understand (a case-insensitive or `v` regex, a
 * back-reference, `\w`, `.`, a negated or large class, an optional part) says nothing, and a regex
 * about which nothing can be said gets no gate (null) and is always run. It never changes what a
 * regex matches; it only tells when running it is pointless.
 */

/** What a part of a regex can match: `exact` lists every string it can match (null: too many or unknown). */
interface Reading {
  exact: string[] | null;
  /** Some string of this list is in every match (null: none known). */
  required: string[] | null;
}

/** At most this many strings in an exact set or a gate (more would cost more than the regex saves). */
const MAX_STRINGS = 16;
/** A class of up to this many characters is read as its characters. */
const MAX_CLASS = 8;

const QUANTIFIER = /(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})\??/y;
const GROUP_HEAD = /\((\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/y;
const PLAIN = /[^\\^$.*+?()[\]{}|]+/y;
const WORDS = /(?:[^\\^$.*+?()[\]{}|]+\|)+[^\\^$.*+?()[\]{}|]+(?=\)|$)/y;
const ANY: Reading = { exact: null, required: null };
const EMPTY: Reading = { exact: [''], required: null };

/** Strings that make the list no weaker: a string that contains another of the list is implied by it. */
function reduced(strings: readonly string[]): string[] {
  if (strings.length < 2) return strings.slice();
  const sorted = [...strings].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of sorted) if (!kept.some((shorter) => s.includes(shorter))) kept.push(s);
  return kept;
}

const valid = (x: string[] | null): x is string[] => x !== null && x.length > 0 && x.length <= MAX_STRINGS && !x.includes('');

/** The length of a list's shortest string, counted up to 6 (beyond that, longer is not rarer enough to matter). */
function shortest(strings: readonly string[]): number {
  let min = 6;
  for (const s of strings) if (s.length < min) min = s.length;
  return min;
}

/** The better of two requirements: longer shortest string first (rarer in text), then fewer strings. */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!valid(a)) return valid(b) ? b : null;
  if (!valid(b)) return a;
  const lengthA = shortest(a);
  const lengthB = shortest(b);
  if (lengthA !== lengthB) return lengthA > lengthB ? a : b;
  return b.length < a.length ? b : a;
}

/** One character, matched as itself. */
function literal(c: string): Reading {
  return { exact: [c], required: [c] };
}

function product(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_STRINGS) return null;
  if (b.length === 1 && b[0] === '') return a.slice();
  const strings: string[] = [];
  for (const x of a) for (const y of b) strings.push(x + y);
  return strings;
}

function finish(exact: string[] | null, required: string[] | null): Reading {
  const set = exact === null || exact.length > MAX_STRINGS ? null : exact.length < 2 ? exact : [...new Set(exact)];
  const fromExact = set === null ? null : reduced(set);
  return { exact: set, required: better(required === null ? null : reduced(required), fromExact) };
}

class Parser {
  private pos = 0;
  constructor(private readonly source: string) {}

  /** The whole source, or null when it holds syntax this reader does not know. */
  parse(): Reading | null {
    const reading = this.alternation();
    return this.pos === this.source.length ? reading : null;
  }

  private peek(offset = 0): string {
    return this.source[this.pos + offset] ?? '';
  }

  private alternation(): Reading {
    // The common case read at once: plain words and nothing else ("token|jwt|bearer" up to the group's end).
    WORDS.lastIndex = this.pos;
    const words = WORDS.exec(this.source)?.[0];
    if (words !== undefined) {
      this.pos += words.length;
      const list = words.split('|');
      return finish(list, list.length > 4 * MAX_STRINGS ? null : list);
    }
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.pos += 1;
      options.push(this.sequence());
    }
    if (options.length === 1) return options[0] ?? ANY;
    const exact: string[] = [];
    const required: string[] = [];
    let exactKnown = true;
    for (const option of options) {
      if (option.exact === null || exact.length + option.exact.length > MAX_STRINGS) exactKnown = false;
      else if (exactKnown) exact.push(...option.exact);
      // A union past a few gates' worth would not reduce to a gate (and reducing it costs its square).
      if (option.required === null || required.length + option.required.length > 4 * MAX_STRINGS) return finish(exactKnown ? exact : null, null);
      required.push(...option.required);
    }
    return finish(exactKnown ? exact : null, required);
  }

  private sequence(): Reading {
    let exact: string[] | null = [''];
    let required: string[] | null = null;
    // A run of neighbours with exact sets, concatenated while the product stays small.
    let run: string[] = [''];
    while (this.pos < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const item = this.plainRun() ?? this.quantified();
      required = better(required, item.required);
      exact = exact !== null && item.exact !== null ? product(exact, item.exact) : null;
      if (item.exact === null) {
        required = better(required, reduced(run));
        run = [''];
        continue;
      }
      const longer = product(run, item.exact);
      if (longer === null) {
        required = better(required, reduced(run));
        run = item.exact;
      } else {
        run = longer;
      }
    }
    required = better(required, reduced(run));
    return finish(exact, required);
  }

  /** Plain characters read at once ("no token"), not the last one if a quantifier follows it. */
  private plainRun(): Reading | null {
    PLAIN.lastIndex = this.pos;
    const run = PLAIN.exec(this.source)?.[0] ?? '';
    const text = '*+?{'.includes(this.peek(run.length)) && this.peek(run.length) !== '' ? run.slice(0, -1) : run;
    if (text === '') return null;
    this.pos += text.length;
    return literal(text);
  }

  private quantified(): Reading {
    const atom = this.atom();
    if (!'*+?{'.includes(this.peek()) || this.pos >= this.source.length) return atom;
    QUANTIFIER.lastIndex = this.pos;
    const quantifier = QUANTIFIER.exec(this.source);
    if (!quantifier) return atom;
    this.pos += quantifier[0].length;
    const sign = quantifier[1];
    const min = sign === '*' || sign === '?' ? 0 : sign === '+' ? 1 : Number(quantifier[2]);
    const max = sign === '?' ? 1 : sign ? Infinity : quantifier[3] === undefined ? min : quantifier[4] === '' ? Infinity : Number(quantifier[4]);
    if (min === 0) return { exact: max === 1 && atom.exact !== null ? [...atom.exact, ''] : null, required: null };
    let exact: string[] | null = null;
    if (min === max && atom.exact !== null) {
      exact = [''];
      for (let i = 0; i < min && exact !== null; i += 1) exact = product(exact, atom.exact);
    }
    return finish(exact, atom.required);
  }

  private atom(): Reading {
    const c = this.peek();
    if (c === '(') return this.group();
    if (c === '[') return this.characterClass();
    if (c === '\\') return this.escape();
    this.pos += 1;
    if (c === '.') return ANY;
    if (c === '^' || c === '$') return EMPTY;
    // A quantifier with nothing before it, or a stray bracket: unknown syntax, read as unknown.
    if (c === '*' || c === '+' || c === '?' || c === ')') return this.fail();
    return literal(c);
  }

  private fail(): Reading {
    this.pos = Infinity;
    return ANY;
  }

  private group(): Reading {
    GROUP_HEAD.lastIndex = this.pos;
    const head = GROUP_HEAD.exec(this.source);
    this.pos += head?.[0].length ?? 1;
    const kind = head?.[1] ?? '';
    const inner = this.alternation();
    if (this.peek() !== ')') return this.fail();
    this.pos += 1;
    // A positive lookaround matches no characters of its own, but what it requires is in the text.
    if (kind === '?=' || kind === '?<=') return { exact: [''], required: inner.required };
    if (kind === '?!' || kind === '?<!') return EMPTY;
    return inner;
  }

  private escape(): Reading {
    const c = this.peek(1);
    this.pos += 2;
    if (c === 'b' || c === 'B') return EMPTY;
    // A back-reference ("\1", "\12") matches what its group did: unknown, all its digits read.
    if (/[1-9]/.test(c)) {
      while (/\d/.test(this.peek())) this.pos += 1;
      return ANY;
    }
    // "\k", "\p", "\c" and "\u{…}" mean different things with and without the u flag: not read at all.
    if (c === 'k' || c === 'p' || c === 'P' || c === 'c' || (c === 'u' && this.peek() === '{')) return this.fail();
    if (c === 'd') return finish([...'0123456789'], null);
    const char = this.escapedChar(c);
    return char === null ? ANY : literal(char);
  }

  /** The character an escape stands for (after the backslash and `c`), or null for a set or a reference. */
  private escapedChar(c: string): string | null {
    if ('DwWsS'.includes(c) || c === '') return null;
    if ('kpPc'.includes(c) || /[1-9]/.test(c) || (c === 'u' && this.peek() === '{')) {
      this.pos = Infinity;
      return null;
    }
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };
    if (c in simple) {
      // "\012" is a legacy octal escape: not read.
      if (/\d/.test(this.peek())) this.pos = Infinity;
      return simple[c] ?? null;
    }
    if (c === 'x' || c === 'u') {
      const hex = (c === 'x' ? /^[0-9a-fA-F]{2}/ : /^[0-9a-fA-F]{4}/).exec(this.source.slice(this.pos));
      if (!hex) return null;
      this.pos += hex[0].length;
      return String.fromCharCode(parseInt(hex[0], 16));
    }
    // An identity escape: "\/", "\.", "\-", "\(".
    return /[A-Za-z]/.test(c) ? null : c;
  }

  private characterClass(): Reading {
    this.pos += 1;
    const negated = this.peek() === '^';
    if (negated) this.pos += 1;
    const chars: string[] = [];
    let known = !negated;
    while (this.pos < this.source.length && this.peek() !== ']') {
      const from = this.classChar();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '') {
        this.pos += 1;
        const to = this.classChar();
        if (from === null || to === null || from.length !== 1 || to.length !== 1) {
          known = false;
          continue;
        }
        const span = (to.codePointAt(0) ?? 0) - (from.codePointAt(0) ?? 0);
        if (span < 0 || span >= MAX_CLASS) known = false;
        else for (let code = from.codePointAt(0) ?? 0; code <= (to.codePointAt(0) ?? 0); code += 1) chars.push(String.fromCodePoint(code));
        continue;
      }
      if (from === null) known = false;
      else chars.push(...from);
    }
    if (this.peek() !== ']') return this.fail();
    this.pos += 1;
    // "[]" matches nothing and "[^]" anything: both read as unknown.
    if (!known || chars.length === 0 || chars.length > MAX_CLASS) return ANY;
    return finish(chars, null);
  }

  /** One class member: its characters ("\d" is ten), or null for a set too large to list. */
  private classChar(): string | null {
    const c = this.peek();
    if (c !== '\\') {
      this.pos += 1;
      return c;
    }
    const e = this.peek(1);
    this.pos += 2;
    if (e === 'd') return '0123456789';
    if (e === 'b') return '\b';
    return this.escapedChar(e);
  }
}

/**
 * The literals one of which every match of `pattern` contains, or null when none can be told (then the
 * pattern must always be run).
 */
export function requiredLiterals(pattern: RegExp): readonly string[] | null {
  if (/[iv]/.test(pattern.flags)) return null;
  const reading = new Parser(pattern.source).parse();
  return reading?.required ?? null;
}
