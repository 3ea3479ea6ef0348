import type { EvalQuestion } from '../eval/questions';
import { FRESH_TUNE } from '../eval/fresh/split';
import { FRESH2_TUNE } from '../eval/fresh2/split';
import { FRESH3_TUNE } from '../eval/fresh3/split';
import { FRESH4_TUNE } from '../eval/fresh4/split';
import { TUNE } from '../eval/split';
import { UNSEEN_QUESTIONS } from '../eval/unseen/questions';
import { UNSEEN2_QUESTIONS } from '../eval/unseen2/questions';
import { UNSEEN3_QUESTIONS } from '../eval/unseen3/questions';
import { UNSEEN5_QUESTIONS } from '../eval/unseen5/questions';
import { UNSEEN7_QUESTIONS } from '../eval/unseen7/questions';
import { UNSEEN4_QUESTIONS } from '../eval/unseen4/questions';
import { UNSEEN6_QUESTIONS } from '../eval/unseen6/questions';
import { UNSEEN9_QUESTIONS } from '../eval/unseen9/questions';
import { UNSEEN10_QUESTIONS } from '../eval/unseen10/questions';
import { UNSEEN11_QUESTIONS } from '../eval/unseen11/questions';
import { UNSEEN12_QUESTIONS } from '../eval/unseen12/questions';
import { UNSEEN13_QUESTIONS } from '../eval/unseen13/questions';
import { UNSEEN14_QUESTIONS } from '../eval/unseen14/questions';
import { UNSEEN19_QUESTIONS } from '../eval/unseen19/questions';
import { UNSEEN20_QUESTIONS } from '../eval/unseen20/questions';
import { UNSEEN21_QUESTIONS } from '../eval/unseen21/questions';
import { UNSEEN22_QUESTIONS } from '../eval/unseen22/questions';
import { UNSEEN23_QUESTIONS } from '../eval/unseen23/questions';
import { UNSEEN24_QUESTIONS } from '../eval/unseen24/questions';
import { UNSEEN25_QUESTIONS } from '../eval/unseen25/questions';
import { UNSEEN28_QUESTIONS } from '../eval/unseen28/questions';
import { UNSEEN30_QUESTIONS } from '../eval/unseen30/questions';
import { UNSEEN31_QUESTIONS } from '../eval/unseen31/questions';
import { UNSEEN33_QUESTIONS } from '../eval/unseen33/questions';
import { UNSEEN34_QUESTIONS } from '../eval/unseen34/questions';
import { UNSEEN38_QUESTIONS } from '../eval/unseen38/questions';
import { UNSEEN39_QUESTIONS } from '../eval/unseen39/questions';
import { UNSEEN42_QUESTIONS } from '../eval/unseen42/questions';
import { UNSEEN43_QUESTIONS } from '../eval/unseen43/questions';
import { UNSEEN48_QUESTIONS } from '../eval/unseen48/questions';
import { UNSEEN49_QUESTIONS } from '../eval/unseen49/questions';
import { UNSEEN50_QUESTIONS } from '../eval/unseen50/questions';
import { KNOW1_QUESTIONS } from '../eval/know1/questions';
import { KNOW2_QUESTIONS } from '../eval/know2/questions';
import { KNOW3_QUESTIONS } from '../eval/know3/questions';
import { KNOW4_QUESTIONS } from '../eval/know4/questions';
import { KNOW5_QUESTIONS } from '../eval/know5/questions';
import { KNOW6_QUESTIONS } from '../eval/know6/questions';

/**
 * Where `ask`'s case library (src/domain/ask/caseLibrary.ts) comes from: the "which code?" questions of
 * the sets that are tuned on (every tuning half, and the unseen sets once scored), each with its verdict
 * (null for a question about the rules or one that leaves its deciding fact open) and its one-line reason. Held-aside halves are never in it: their scores would stop meaning anything.
 */
export const CASE_SETS: ReadonlyArray<readonly [string, ReadonlyArray<Pick<EvalQuestion, 'q' | 'verdict' | 'reason' | 'kind' | 'fact'>>]> = [
  ['first (tuning half)', TUNE],
  ['fresh (tuning half)', FRESH_TUNE],
  ['fresh2 (tuning half)', FRESH2_TUNE],
  ['fresh3 (tuning half)', FRESH3_TUNE],
  ['fresh4 (tuning half)', FRESH4_TUNE],
  ['unseen', UNSEEN_QUESTIONS],
  ['unseen2', UNSEEN2_QUESTIONS],
  ['unseen3', UNSEEN3_QUESTIONS],
  ['unseen5', UNSEEN5_QUESTIONS],
  ['unseen7', UNSEEN7_QUESTIONS],
  ['unseen4', UNSEEN4_QUESTIONS],
  ['unseen6', UNSEEN6_QUESTIONS],
  ['unseen9', UNSEEN9_QUESTIONS],
  ['unseen10', UNSEEN10_QUESTIONS],
  ['unseen11', UNSEEN11_QUESTIONS],
  ['unseen12', UNSEEN12_QUESTIONS],
  ['unseen13', UNSEEN13_QUESTIONS],
  ['unseen14', UNSEEN14_QUESTIONS],
  ['unseen19', UNSEEN19_QUESTIONS],
  ['unseen20', UNSEEN20_QUESTIONS],
  ['unseen21', UNSEEN21_QUESTIONS],
  ['unseen22', UNSEEN22_QUESTIONS],
  ['unseen23', UNSEEN23_QUESTIONS],
  ['unseen24', UNSEEN24_QUESTIONS],
  ['unseen25', UNSEEN25_QUESTIONS],
  ['unseen28', UNSEEN28_QUESTIONS],
  ['unseen30', UNSEEN30_QUESTIONS],
  ['unseen31', UNSEEN31_QUESTIONS],
  ['unseen33', UNSEEN33_QUESTIONS],
  ['unseen34', UNSEEN34_QUESTIONS],
  ['unseen38', UNSEEN38_QUESTIONS],
  ['unseen39', UNSEEN39_QUESTIONS],
  ['unseen42', UNSEEN42_QUESTIONS],
  ['unseen43', UNSEEN43_QUESTIONS],
  ['unseen48', UNSEEN48_QUESTIONS],
  ['unseen49', UNSEEN49_QUESTIONS],
  ['unseen50', UNSEEN50_QUESTIONS],
  ['know1', KNOW1_QUESTIONS],
  ['know2', KNOW2_QUESTIONS],
  ['know3', KNOW3_QUESTIONS],
  ['know4', KNOW4_QUESTIONS],
  ['know5', KNOW5_QUESTIONS],
  ['know6', KNOW6_QUESTIONS],
];

export interface CaseRow {
  q: string;
  /** Null: a question about the rules, or one whose deciding fact it leaves open. */
  verdict: '401' | '403' | '404' | '410' | null;
  reason: string;
}

export function caseRows(): CaseRow[] {
  const seen = new Set<string>();
  const rows: CaseRow[] = [];
  for (const [, questions] of CASE_SETS) {
    for (const q of questions) {
      if (seen.has(q.q.toLowerCase())) continue;
      seen.add(q.q.toLowerCase());
      rows.push({ q: q.q, verdict: q.verdict, reason: q.reason });
    }
  }
  return rows;
}

/** The generated module's text. */
export function caseLibrarySource(): string {
  const rows = caseRows().map((r) => `  [${JSON.stringify(r.verdict)}, ${JSON.stringify(r.q)}, ${JSON.stringify(r.reason)}],`);
  return [
    '// Generated by test/domain/ask/cases/caseLibrary.test.ts (RECORD_CASES=1): do not edit by hand.',
    "import type { CaseVerdict } from './cases';",
    '',
    '/**',
    ' * Labelled questions, written independently of the parser by people in the voices `ask` serves, each with',
    ' * its verdict (null: a question about the rules, or one that leaves its deciding fact open) and the rule',
    ' * behind it (test/domain/ask/cases/caseSource.ts says which sets). `ask` consults them only when its own',
    ' * reading of the facts cannot decide (see cases.ts).',
    ' */',
    `export const CASE_LIBRARY: ReadonlyArray<readonly [CaseVerdict | null, string, string]> = [`,
    ...rows,
    '];',
    '',
  ].join('\n');
}
