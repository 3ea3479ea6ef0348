import { answerQuestion } from '../../../../src/domain/ask';
import { ASK_CASES } from '../questions.table';
import { score } from './score';
import { HELD, TUNE } from './split';

/**
 * Prints the evaluation scores (compile with tsc and run with node; see README in this folder).
 * Misses are listed for the tuning half only; the held-aside half is scored only with --held, and only
 * as a number.
 */
function main(): void {
  const tune = score(TUNE);
  const oldTable = ASK_CASES.filter((c) => answerQuestion(c.q).verdict === c.verdict).length;
  process.stdout.write(`tune ${tune.passed}/${tune.total}\nold table verdicts ${oldTable}/${ASK_CASES.length}\n`);
  // The held-aside half is measured on request only (once, before tuning, and once at the end).
  if (process.argv.includes('--held')) {
    const held = score(HELD);
    process.stdout.write(`held ${held.passed}/${held.total}\n`);
  }
  if (process.argv.includes('--misses')) {
    for (const miss of tune.misses) {
      process.stdout.write(`#${miss.id} want ${miss.expected} got ${miss.got}${miss.factMissing ? ' (fact missing)' : ''}: ${miss.q}\n`);
    }
  }
}

main();
