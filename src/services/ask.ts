import { answerQuestion } from '../domain/ask';
import type { AskService } from './types';

export function createAskService(): AskService {
  return { ask: (question) => answerQuestion(question) };
}
