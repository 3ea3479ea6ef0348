import { shuffledIds } from '../split';
import { FRESH_QUESTIONS, type FreshQuestion } from './questions';
import recorded from './split.json';

/**
 * The one random split of the fresh evaluation, by the same Fisher–Yates/mulberry32 shuffle as the
 * first one (../split.ts) with its own seed; split.json records the seed and the resulting ids.
 */

export const FRESH_SPLIT_SEED: number = recorded.seed;

const TUNE_IDS = new Set<number>(recorded.tune);
const HELD_IDS = new Set<number>(recorded.held);

export const FRESH_TUNE: readonly FreshQuestion[] = FRESH_QUESTIONS.filter((q) => TUNE_IDS.has(q.id));
export const FRESH_HELD: readonly FreshQuestion[] = FRESH_QUESTIONS.filter((q) => HELD_IDS.has(q.id));
export const FRESH_RECORDED_SPLIT = recorded;

/** Recomputes the split from the seed (for the test that checks split.json was not edited by hand). */
export function freshShuffle(): number[] {
  return shuffledIds(FRESH_QUESTIONS.length, FRESH_SPLIT_SEED);
}
