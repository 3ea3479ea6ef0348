import { performance } from 'node:perf_hooks';
import { answerQuestion } from '../../../../src/domain/ask';
import { ASK_CASES } from '../questions.table';
import { FRESH_QUESTIONS } from './fresh/questions';
import { FRESH2_QUESTIONS } from './fresh2/questions';
import { FRESH3_QUESTIONS } from './fresh3/questions';
import { FRESH4_QUESTIONS } from './fresh4/questions';
import { EVAL_QUESTIONS } from './questions';

/**
 * How long `ask` takes per question over every question of the table and the five evaluations
 * (compile with tsc and run with node, like report.ts). Not a test: timing never gates a unit test.
 * Prints the first-call time (cold caches, lazy indexes) and median/p99 over warm rounds.
 */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function main(): void {
  const questions = [...ASK_CASES.map((c) => c.q), ...EVAL_QUESTIONS, ...FRESH_QUESTIONS, ...FRESH2_QUESTIONS, ...FRESH3_QUESTIONS, ...FRESH4_QUESTIONS].map((q) =>
    typeof q === 'string' ? q : q.q,
  );
  const first = performance.now();
  answerQuestion(questions[0] ?? '');
  const cold = performance.now() - first;
  const rounds = Number(process.argv[2] ?? 5);
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const q of questions) {
      const start = performance.now();
      answerQuestion(q);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const fmt = (ms: number): string => ms.toFixed(3);
  process.stdout.write(
    `${questions.length} questions x ${rounds}: first call ${fmt(cold)} ms, median ${fmt(percentile(times, 0.5))} ms, p99 ${fmt(percentile(times, 0.99))} ms, max ${fmt(times[times.length - 1] ?? 0)} ms\n`,
  );
}

main();
