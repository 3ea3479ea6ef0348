import MiniSearch from 'minisearch';
import { CASE_LIBRARY } from './caseLibrary';

/**
 * The case library as a last resort. When `ask`'s own reading of a "which code?" question finds no fact
 * that decides it (or only that the caller is known, with nothing said about what they were refused), the
 * closest labelled questions vote, weighted by BM25 similarity, and their verdict is offered as the likely
 * one, with the nearest such case and the rule behind it, so the answer still says why.
 *
 * Measured before it was built in, on the three sets written blind to the parser in the session that built
 * it (unseen3, unseen5, unseen7), with the code of that session's start and each set left out of the
 * library: it would have answered 12 of their questions, and the verdicts right went from 130 to 135 of
 * 149, 129 to 132 of 154 and 120 to 123 of 140. Questions the parser decides never reach it, nor do
 * questions whose deciding fact is genuinely open (permanence, hiding), nor failures none of these codes
 * names (ask/index.ts `OTHER_FAILURE`); a neighbour must share three telling words with the question.
 */

export type CaseVerdict = '401' | '403' | '404' | '410';

export interface CaseMatch {
  verdict: CaseVerdict;
  /** The most similar case with that verdict, and its reason. */
  example: string;
  reason: string;
  /** Share of the neighbours' similarity behind the verdict (0–1). */
  share: number;
}

/** How many neighbours vote, and the share the winning verdict needs. */
export const CASE_NEIGHBOURS = 3;
export const CASE_MIN_SHARE = 0.6;
/** Words of four letters or more, not among the commonest, a neighbour must share with the question. */
export const CASE_MIN_SHARED = 3;

const COMMON = new Set(
  'what which when where should would could does with from that this they them their there have user users send back return status code response request requests answer give make just still only also into than then your ours'.split(' '),
);

function contentWords(terms: readonly string[]): number {
  return new Set(terms.filter((term) => term.length >= 4 && !COMMON.has(term))).size;
}

interface IndexedCase {
  id: number;
  q: string;
}

type CaseRow = (typeof CASE_LIBRARY)[number];

/**
 * A BM25 index of labelled questions over whole words (prefix and typo matching took three times as long
 * for the same count of right verdicts on the measure above).
 */
export function caseIndexOf(rows: readonly CaseRow[]): MiniSearch<IndexedCase> {
  const search = new MiniSearch<IndexedCase>({
    fields: ['q'],
    searchOptions: {
      prefix: false,
      fuzzy: false,
      combineWith: 'OR',
    },
  });
  search.addAll(rows.map(([, q], id) => ({ id, q })));
  return search;
}

let index: MiniSearch<IndexedCase> | null = null;

/** The verdict the closest cases agree on, or null when none is close or they disagree. */
export function nearestCases(text: string): CaseMatch | null {
  index ??= caseIndexOf(CASE_LIBRARY);
  return nearestIn(index, CASE_LIBRARY, text);
}

/** The vote of `rows` (indexed by `search`) on `text`. */
export function nearestIn(search: MiniSearch<IndexedCase>, rows: readonly CaseRow[], text: string): CaseMatch | null {
  // Close means sharing the words a situation is told in, not only "user", "the" and "what do we send".
  const hits = search.search(text).filter((hit) => contentWords(hit.queryTerms) >= CASE_MIN_SHARED).slice(0, CASE_NEIGHBOURS);
  const weight = new Map<CaseVerdict | null, number>();
  let total = 0;
  for (const hit of hits) {
    const row = rows[hit.id as number];
    if (!row) continue;
    weight.set(row[0], (weight.get(row[0]) ?? 0) + hit.score);
    total += hit.score;
  }
  // Close to questions about the rules, or to ones that leave their deciding fact open: no verdict.
  const best = [...weight.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!best || best[0] === null || total <= 0 || best[1] / total < CASE_MIN_SHARE) return null;
  const verdict = best[0];
  const example = hits.map((hit) => rows[hit.id as number]).find((row) => row?.[0] === verdict);
  if (!example) return null;
  return { verdict, example: example[1], reason: example[2], share: best[1] / total };
}
