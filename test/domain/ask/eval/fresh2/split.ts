import { shuffledIds } from '../split';
import { FRESH2_QUESTIONS, type Fresh2Question } from './questions';
import recorded from './split.json';

/**
 * The one random split of the third evaluation, by the same Fisher–Yates/mulberry32 shuffle as the
 * first one (../split.ts) with its own seed; split.json records the seed and the resulting ids.
 */

export const FRESH2_SPLIT_SEED: number = recorded.seed;

const TUNE_IDS = new Set<number>(recorded.tune);
const HELD_IDS = new Set<number>(recorded.held);

export const FRESH2_TUNE: readonly Fresh2Question[] = FRESH2_QUESTIONS.filter((q) => TUNE_IDS.has(q.id));
export const FRESH2_HELD: readonly Fresh2Question[] = FRESH2_QUESTIONS.filter((q) => HELD_IDS.has(q.id));
export const FRESH2_RECORDED_SPLIT = recorded;

/** Recomputes the split from the seed (for the test that checks split.json was not edited by hand). */
export function fresh2Shuffle(): number[] {
  return shuffledIds(FRESH2_QUESTIONS.length, FRESH2_SPLIT_SEED);
}
