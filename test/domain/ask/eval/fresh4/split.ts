import { recordedSplit } from '../split';
import { FRESH4_QUESTIONS, type Fresh4Question } from './questions';
import recorded from './split.json';

/**
 * The one random split of the fifth evaluation, by the same Fisher–Yates/mulberry32 shuffle as the
 * first one (../split.ts) with its own seed; split.json records the seed and the resulting ids.
 */

export const FRESH4_SPLIT_SEED: number = recorded.seed;

const split = recordedSplit(FRESH4_QUESTIONS, recorded);
export const FRESH4_TUNE: readonly Fresh4Question[] = split.tune;
export const FRESH4_HELD: readonly Fresh4Question[] = split.held;
export const FRESH4_RECORDED_SPLIT = recorded;
export const fresh4Shuffle = split.shuffle;
