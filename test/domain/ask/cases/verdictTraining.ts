import { softmaxSource, type ClassRow } from './learning';
import { labelledQuestions } from './ruleQuestionTraining';

export const VERDICT_CLASSES = ['401', '403', '404', '410'] as const;

/**
 * What the verdict model (src/domain/ask/learnedVerdict.ts) learns from: every "which code?" question the sets tuned
 * on and the unit tests label with a code, with that code. No held-aside question is learned.
 */
export const verdictRows = (): ClassRow[] =>
  labelledQuestions((verdict) => {
    const label = VERDICT_CLASSES.findIndex((code) => code === verdict);
    return label >= 0 ? label : null;
  });

/** Weights below this change none of the held-aside answers it was measured on (7 k of 56 k features kept). */
const KEPT_VERDICT_WEIGHT = 0.1;

/** The verdict model's module (src/domain/ask/verdictModel.ts). */
export const verdictModelSource = (rows: readonly ClassRow[] = verdictRows()): string =>
  softmaxSource('VERDICT_MODEL', ['The verdict model (see learnedVerdict.ts), trained on the "which code?" questions that', 'test/domain/ask/cases/verdictTraining.ts lists.'], VERDICT_CLASSES, rows, KEPT_VERDICT_WEIGHT);
