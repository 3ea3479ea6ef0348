import { recordedSplit } from '../split';
import { FRESH3_QUESTIONS, type Fresh3Question } from './questions';
import recorded from './split.json';

/**
 * The one random split of the fourth evaluation, by the same Fisher–Yates/mulberry32 shuffle as the
 * first one (../split.ts) with its own seed; split.json records the seed and the resulting ids.
 */

export const FRESH3_SPLIT_SEED: number = recorded.seed;

const split = recordedSplit(FRESH3_QUESTIONS, recorded);
export const FRESH3_TUNE: readonly Fresh3Question[] = split.tune;
export const FRESH3_HELD: readonly Fresh3Question[] = split.held;
export const FRESH3_RECORDED_SPLIT = recorded;
export const fresh3Shuffle = split.shuffle;
