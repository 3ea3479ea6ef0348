import { answerQuestion } from '../src/domain/ask';
import { MAX_QUESTION_CHARS } from '../src/domain/ask/normalize';
import { median, round } from './stats';

/**
 * `ask` on huge and adversarial questions (a megabyte of one letter, thousands of negations, of codes, of
 * one fact repeated): what a pasted log or a hostile message costs. The time must not grow with the text
 * (ask reads the first MAX_QUESTION_CHARS characters), so each input is timed at its full size and at a tenth
 * of it, side by side: growth near 1 is bounded, near 10 linear, near 100 quadratic. Timing never gates a
 * unit test (test/domain/ask/robustness.test.ts checks these inputs get a well-formed answer). Within what it reads,
 * the cost must grow at most in proportion: each input cut to MAX_QUESTION_CHARS and to a tenth of that, side by side
 * (near 10 or less: linear; a pattern that rescans the text before every position shows as 20 to 70, as one did in
 * session 19: a question of 12,000 characters took 200 ms instead of 15).
 */

export interface AskInputResult {
  name: string;
  chars: number;
  medianMs: number;
  tenthMedianMs: number;
  /** Full size ÷ a tenth of it. */
  growth: number;
  /** Cut to the characters ask reads, and to a tenth of that: medians, and the first ÷ the second. */
  readMedianMs: number;
  readTenthMedianMs: number;
  readGrowth: number;
}

export interface AskBenchResult {
  inputs: AskInputResult[];
  worstGrowth: number;
  worstMs: number;
  /** The worst growth from a tenth of what ask reads to all of it. */
  worstReadGrowth: number;
  /** The characters ask reads of a question. */
  readChars: number;
  runs: number;
}

/** Each input at `1 / fraction` of its full size. */
const INPUTS: ReadonlyArray<readonly [string, (fraction: number) => string]> = [
  ['one letter, 1 MB', (f) => 'a'.repeat(1_000_000 / f)],
  ['"not " × 50,000', (f) => 'not '.repeat(50_000 / f)],
  ['"403 or " × 20,000', (f) => '403 or '.repeat(20_000 / f)],
  ['"token " × 30,000, then "expired"', (f) => `${'token '.repeat(30_000 / f)}expired`],
  ['a refusal × 5,000', (f) => 'logged in but not an admin, '.repeat(5_000 / f)],
  ['200 kB of padding, then the case', (f) => `${'x'.repeat(200_000 / f)} other tenant's invoice, don't leak that it exists`],
];

/** The median times of two questions, timed alternately (so the machine's noise falls on both). */
function pairedMedians(first: string, second: string, runs: number): { first: number; second: number } {
  const firstMs: number[] = [];
  const secondMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      firstMs.push(timeOne(first));
      secondMs.push(timeOne(second));
    } else {
      secondMs.push(timeOne(second));
      firstMs.push(timeOne(first));
    }
  }
  return { first: median(firstMs), second: median(secondMs) };
}

function timeOne(question: string): number {
  const started = performance.now();
  answerQuestion(question);
  return performance.now() - started;
}

export function benchAsk(runs: number, say: (line: string) => void): AskBenchResult {
  // Lazy indexes and the JIT are warmed by an ordinary question first: the first call is not what is measured.
  answerQuestion('token expired, 401 or 403?');
  const inputs = INPUTS.map(([name, make]): AskInputResult => {
    const full = make(1);
    const sizes = pairedMedians(full, make(10), runs);
    const read = pairedMedians(full.slice(0, MAX_QUESTION_CHARS), full.slice(0, MAX_QUESTION_CHARS / 10), runs);
    return {
      name,
      chars: full.length,
      medianMs: round(sizes.first, 2),
      tenthMedianMs: round(sizes.second, 2),
      growth: round(sizes.first / Math.max(sizes.second, 0.01), 2),
      readMedianMs: round(read.first, 2),
      readTenthMedianMs: round(read.second, 2),
      readGrowth: round(read.first / Math.max(read.second, 0.01), 2),
    };
  });
  const result: AskBenchResult = {
    inputs,
    worstGrowth: Math.max(...inputs.map((i) => i.growth)),
    worstMs: Math.max(...inputs.map((i) => i.medianMs)),
    worstReadGrowth: Math.max(...inputs.map((i) => i.readGrowth)),
    readChars: MAX_QUESTION_CHARS,
    runs,
  };
  for (const i of inputs) {
    say(`  ${i.name}: ${i.medianMs} ms (a tenth of it: ${i.tenthMedianMs} ms, ×${i.growth}); its first ${MAX_QUESTION_CHARS.toLocaleString('en-US')} characters ÷ a tenth of them: ×${i.readGrowth}`);
  }
  return result;
}
