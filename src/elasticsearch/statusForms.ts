import { SUCCESS_STATUS } from '../domain/status';
import type { TermCount } from '../domain/types';

/**
 * A status stored as text is not always "404": a padded field, a `mutate` through float, a split line leave
 * `"404 "`, `"404.0"`, `" 404"` beside it, and a `term` on "404" counts none of them. Where the status is a
 * keyword, a code is matched by a regexp that admits those forms (blanks around, a `.0` after): Elasticsearch
 * runs it against the field's term dictionary, a few dozen values, so it costs what a `terms` on the forms
 * would, and stays right when a form appears after discovery. What aggregations list per status is read back
 * as the code (`canonicalStatus`). A status mapped as a number (`float` included) is matched as one.
 */

/** Blanks a status may be padded with (a Lucene character class: these are the characters themselves). */
const BLANKS = '[ \t\r\n]*';
/** A float's fraction of zeros: `404.0`, `404.00`. */
const ZEROS = '(\\.0+)?';

/** A Lucene regexp of every text form of `code` (a three-digit status). */
export function statusRegexp(code: number): string {
  return `${BLANKS}${code}${ZEROS}${BLANKS}`;
}

/**
 * A Lucene regexp of every text form of the success statuses (domain/status SUCCESS_STATUS: whole hundreds,
 * 200 to 399), and of no other value: the old string range "200" ≤ s < "400" also took `"2000"` and missed `" 200"`.
 */
export function successRegexp(): string {
  const first = SUCCESS_STATUS.gte / 100;
  const last = SUCCESS_STATUS.lt / 100 - 1;
  return `${BLANKS}[${first}-${last}][0-9][0-9]${ZEROS}${BLANKS}`;
}

/**
 * Any code in one of its text forms, built from the query's own pieces (the same blanks and zeros mean the
 * same in a JavaScript regexp): a form read back is a form that was counted.
 */
const ANY_FORM = new RegExp(`^${BLANKS}([0-9]{3})${ZEROS}${BLANKS}$`);

/** The three digits of a status in any of its forms; anything else as it is. */
export function canonicalStatus(raw: string): string {
  return ANY_FORM.exec(raw)?.[1] ?? raw;
}

/** Per status, the counts of its forms added up, most frequent first. */
export function statusCounts(counts: readonly TermCount[]): TermCount[] {
  const out = new Map<string, number>();
  for (const { value, count } of counts) out.set(canonicalStatus(value), (out.get(canonicalStatus(value)) ?? 0) + count);
  return [...out.entries()].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count);
}

/**
 * Where the cluster refuses regexp queries (`search.allow_expensive_queries: false`), the forms pipelines are
 * known to leave are listed instead: the code, a `.0` or `.00` after it, a blank before or after (space, tab,
 * CR, LF, CRLF). A form outside the list goes uncounted there; `check` says so.
 */
const LEADS = ['', ' ', '\t'];
const TAILS = ['', '.0', '.00', ' ', '\t', '\r', '\n', '\r\n', '.0 '];

/** The listed text forms of `code`. */
export function listedForms(code: number): string[] {
  return LEADS.flatMap((lead) => TAILS.map((tail) => `${lead}${code}${tail}`));
}

/** Whether `value` is one of the listed forms of its code (what a cluster refusing regexps still counts). */
export function isListedForm(value: string): boolean {
  const code = canonicalStatus(value);
  return /^[0-9]{3}$/.test(code) && listedForms(Number(code)).includes(value);
}

/** Every listed form of every success code (200-399): the success filter where regexps are refused. */
export function listedSuccessForms(): string[] {
  const codes: number[] = [];
  for (let code = SUCCESS_STATUS.gte; code < SUCCESS_STATUS.lt; code += 1) codes.push(code);
  return codes.flatMap(listedForms);
}

/** Forms that are not the bare code (`"404 "`, `"404.0"`), most frequent first: what `check` names. */
export function oddForms(counts: readonly TermCount[]): TermCount[] {
  return counts.filter((t) => canonicalStatus(t.value) !== t.value);
}

/** Status forms a keyword status aggregation may list per code before some are cut off. */
export const FORMS_PER_STATUS = 6;

/** Buckets a status aggregation asks for to hold `codes` codes: a keyword status lists each form apart. */
export function statusAggSize(kind: 'number' | 'keyword' | undefined, codes: number): number {
  return kind === 'keyword' ? codes * FORMS_PER_STATUS : codes;
}

/**
 * The requests with one of these codes, in any form a keyword status holds them: by regexp, or where the
 * cluster refuses regexps (`regexps` false), by the listed forms.
 */
export function statusesQuery(field: string, kind: 'number' | 'keyword' | undefined, codes: readonly number[], regexps = true): Record<string, unknown> {
  if (kind !== 'keyword') return codes.length === 1 ? { term: { [field]: codes[0] } } : { terms: { [field]: [...codes] } };
  if (!regexps) return { terms: { [field]: codes.flatMap(listedForms) } };
  const each = codes.map((code) => ({ regexp: { [field]: { value: statusRegexp(code), flags: 'NONE' } } }));
  return each.length === 1 ? (each[0] as Record<string, unknown>) : { bool: { should: each, minimum_should_match: 1 } };
}
