import { EVAL_QUESTIONS, type EvalQuestion } from './questions';
import recorded from './split.json';
import { mulberry32 } from '../../../support/random';

/**
 * The one random split of the evaluation into a tuning half and a held-aside half. The shuffle is
 * Fisher–Yates driven by mulberry32 with the seed recorded in split.json; split.json also lists the
 * resulting ids, so adding a question later cannot silently move existing ones between halves.
 */

export const SPLIT_SEED: number = recorded.seed;

/** The ids of `count` questions, shuffled by `seed`; the first half tunes, the second is held aside. */
export function shuffledIds(count: number, seed: number): number[] {
  const ids = Array.from({ length: count }, (_, index) => index + 1);
  const random = mulberry32(seed);
  for (let i = ids.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const a = ids[i] as number;
    ids[i] = ids[j] as number;
    ids[j] = a;
  }
  return ids;
}

const TUNE_IDS = new Set<number>(recorded.tune);
const HELD_IDS = new Set<number>(recorded.held);

export const TUNE: readonly EvalQuestion[] = EVAL_QUESTIONS.filter((q) => TUNE_IDS.has(q.id));
export const HELD: readonly EvalQuestion[] = EVAL_QUESTIONS.filter((q) => HELD_IDS.has(q.id));
export const RECORDED_SPLIT = recorded;
