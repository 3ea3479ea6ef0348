import { recordedSplit } from '../split';
import { FRESH_QUESTIONS, type FreshQuestion } from './questions';
import recorded from './split.json';

/**
 * The one random split of the fresh evaluation, by the same Fisher–Yates/mulberry32 shuffle as the
 * first one (../split.ts) with its own seed; split.json records the seed and the resulting ids.
 */

export const FRESH_SPLIT_SEED: number = recorded.seed;

const split = recordedSplit(FRESH_QUESTIONS, recorded);
export const FRESH_TUNE: readonly FreshQuestion[] = split.tune;
export const FRESH_HELD: readonly FreshQuestion[] = split.held;
export const FRESH_RECORDED_SPLIT = recorded;
export const freshShuffle = split.shuffle;
