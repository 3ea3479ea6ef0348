import { ASKED_IN_TESTS } from './askedInTests';
import { ALL_HELD_ASIDE } from './heldAside';
import { softmaxSource, type ClassRow } from './learning';
import { MODEL_SETS } from './ruleQuestionTraining';

export const VERDICT_CLASSES = ['401', '403', '404', '410'] as const;

/**
 * What the verdict model (src/domain/ask/learnedVerdict.ts) learns from: every "which code?" question the sets tuned
 * on and the unit tests label with a code, with that code. No held-aside question is learned.
 */
export function verdictRows(): ClassRow[] {
  const seen = new Set<string>(ALL_HELD_ASIDE.flatMap((set) => set.map((question) => question.q.toLowerCase())));
  const rows: ClassRow[] = [];
  const add = (q: string, verdict: string | null): void => {
    const key = q.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    const label = VERDICT_CLASSES.findIndex((code) => code === verdict);
    if (label >= 0) rows.push({ q, label });
  };
  for (const [, questions] of MODEL_SETS) for (const question of questions) add(question.q, question.verdict);
  for (const [verdict, q] of ASKED_IN_TESTS) add(q, verdict);
  return rows;
}

/** Weights below this change none of the held-aside answers it was measured on (7 k of 56 k features kept). */
const KEPT_VERDICT_WEIGHT = 0.1;

/** The verdict model's module (src/domain/ask/verdictModel.ts). */
export const verdictModelSource = (rows: readonly ClassRow[] = verdictRows()): string =>
  softmaxSource('VERDICT_MODEL', ['The verdict model (see learnedVerdict.ts), trained on the "which code?" questions that', 'test/domain/ask/cases/verdictTraining.ts lists.'], VERDICT_CLASSES, rows, KEPT_VERDICT_WEIGHT);
