import { likeliestClass } from './learned';
import { VERDICT_MODEL } from './verdictModel';

/**
 * The code a "which code?" question most likely calls for, read from how it is put, for questions whose deciding facts
 * the parser could not read at all ("the partner's nightly job started failing on the ledger export after the
 * rotation, what do we answer it", told in words no fact reader knows). A softmax over the same features as the
 * rule-question model (learned.ts), trained on the codes of the "which code?" questions of the sets tuned on and of
 * the unit tests. It is consulted only when the rule-question model is sure a case's code is asked and the protocol
 * order decided nothing (index.ts), and its answer says so: most likely, and what would change it.
 */

/** A majority of the probability: with four codes, anything less is no reading at all. */
export const LEARNED_VERDICT_MIN = 0.5;

export type LearnedCode = '401' | '403' | '404' | '410';
const isCode = (label: string): label is LearnedCode => label === '401' || label === '403' || label === '404' || label === '410';

/** The likeliest code and its probability, or null below LEARNED_VERDICT_MIN. */
export function learnedVerdict(normalized: string): { code: LearnedCode; probability: number } | null {
  const { label, probability } = likeliestClass(VERDICT_MODEL, normalized);
  return isCode(label) && probability >= LEARNED_VERDICT_MIN ? { code: label, probability } : null;
}
