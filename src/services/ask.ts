import { answerQuestion } from '../domain/ask';
import type { AskService } from './types';

/**
 * V8 compiles each of the extractor's regexes on its first run, which makes the first question in a
 * process ~50 ms slower than the rest. A second after the service is created (in the long-running
 * Slack app: after start-up), a few warm-up answers pay that cost, so the first real question does not.
 * The timer is unref'd: a one-shot CLI run exits before it fires and pays nothing extra.
 */
const WARM_UP_QUESTIONS = [
  'a logged in user without the admin role asks for a page that was deleted, token expired, 403 or 404?',
  "another tenant's invoice, ids are confidential, what do we send back",
  'removed for good, want crawlers to drop it. code pls',
  'which rfc defines 403 now, is 7231 still current?',
  // Builds the case library's index (domain/ask/cases), which only questions the parser cannot decide use.
  'the contractor logs in fine but the vault app shows him nothing when he opens /vault/keys. what do we send back',
];
const WARM_UP_DELAY_MS = 1_000;

export function createAskService(): AskService {
  const warmUp = (): void => {
    // Twice: V8 interprets a regex on its first run and compiles it to machine code on the second.
    for (let round = 0; round < 2; round += 1) for (const question of WARM_UP_QUESTIONS) answerQuestion(question);
  };
  setTimeout(warmUp, WARM_UP_DELAY_MS).unref();
  return { ask: (question) => answerQuestion(question) };
}
