import { shuffledIds } from '../split';
import { FRESH3_QUESTIONS, type Fresh3Question } from './questions';
import recorded from './split.json';

/**
 * The one random split of the fourth evaluation, by the same Fisher–Yates/mulberry32 shuffle as the
 * first one (../split.ts) with its own seed; split.json records the seed and the resulting ids.
 */

export const FRESH3_SPLIT_SEED: number = recorded.seed;

const TUNE_IDS = new Set<number>(recorded.tune);
const HELD_IDS = new Set<number>(recorded.held);

export const FRESH3_TUNE: readonly Fresh3Question[] = FRESH3_QUESTIONS.filter((q) => TUNE_IDS.has(q.id));
export const FRESH3_HELD: readonly Fresh3Question[] = FRESH3_QUESTIONS.filter((q) => HELD_IDS.has(q.id));
export const FRESH3_RECORDED_SPLIT = recorded;

/** Recomputes the split from the seed (for the test that checks split.json was not edited by hand). */
export function fresh3Shuffle(): number[] {
  return shuffledIds(FRESH3_QUESTIONS.length, FRESH3_SPLIT_SEED);
}
