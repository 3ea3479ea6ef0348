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

export interface RecordedSplit {
  seed: number;
  tune: number[];
  held: number[];
}

/**
 * A set's halves as split.json recorded them, and its shuffle recomputed from the recorded seed (for the
 * test that checks split.json was not edited by hand).
 */
export function recordedSplit<Q extends { id: number }>(questions: readonly Q[], split: RecordedSplit): { tune: readonly Q[]; held: readonly Q[]; shuffle: () => number[] } {
  const tune = new Set<number>(split.tune);
  const held = new Set<number>(split.held);
  return {
    tune: questions.filter((q) => tune.has(q.id)),
    held: questions.filter((q) => held.has(q.id)),
    shuffle: () => shuffledIds(questions.length, split.seed),
  };
}

const first = recordedSplit(EVAL_QUESTIONS, recorded);
export const TUNE: readonly EvalQuestion[] = first.tune;
export const HELD: readonly EvalQuestion[] = first.held;
export const RECORDED_SPLIT = recorded;
