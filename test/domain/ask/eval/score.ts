import { answerQuestion } from '../../../../src/domain/ask';
import type { EvalQuestion } from './questions';

/** What grading needs from a question of either evaluation. */
export type Gradable = Pick<EvalQuestion, 'id' | 'q' | 'verdict' | 'fact'>;

export interface Miss {
  id: number;
  q: string;
  expected: EvalQuestion['verdict'];
  got: EvalQuestion['verdict'];
  /** The answer did not match the required fact. */
  factMissing: boolean;
}

/** A question passes when the verdict is right and, if it names a fact, the answer matches it. */
export function grade(question: Gradable): Miss | null {
  const result = answerQuestion(question.q);
  const factMissing = question.fact !== undefined && !question.fact.test(result.answer);
  if (result.verdict === question.verdict && !factMissing) return null;
  return { id: question.id, q: question.q, expected: question.verdict, got: result.verdict, factMissing };
}

export function score(questions: readonly Gradable[]): { passed: number; total: number; misses: Miss[] } {
  const misses = questions.map(grade).filter((miss): miss is Miss => miss !== null);
  return { passed: questions.length - misses.length, total: questions.length, misses };
}
