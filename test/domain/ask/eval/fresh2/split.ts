import { recordedSplit } from '../split';
import { FRESH2_QUESTIONS, type Fresh2Question } from './questions';
import recorded from './split.json';

/**
 * The one random split of the third evaluation, by the same Fisher–Yates/mulberry32 shuffle as the
 * first one (../split.ts) with its own seed; split.json records the seed and the resulting ids.
 */

export const FRESH2_SPLIT_SEED: number = recorded.seed;

const split = recordedSplit(FRESH2_QUESTIONS, recorded);
export const FRESH2_TUNE: readonly Fresh2Question[] = split.tune;
export const FRESH2_HELD: readonly Fresh2Question[] = split.held;
export const FRESH2_RECORDED_SPLIT = recorded;
export const fresh2Shuffle = split.shuffle;
