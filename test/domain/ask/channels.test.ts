import { runCli } from '../../../src/cli/program';
import { createAskService } from '../../../src/services/ask';
import type { TriageService } from '../../../src/services/types';
import { interpretMessage, parseCommandText } from '../../../src/slack/commandText';
import { FRESH_QUESTIONS } from './eval/fresh/questions';
import { EVAL_QUESTIONS } from './eval/questions';
import { unreachableCheck } from '../../support/cliFakes';

/**
 * Issue #13 item 4: the same answer whichever way the question arrives. The CLI, the slash command
 * (`/status-triage ask …`), mentions and DMs all end in the ask service; this checks the text each of
 * them hands over gets the same result as the service called directly.
 */
const noTriage: TriageService = {
  triage: () => Promise.reject(new Error('ask does not triage')),
  samples: () => Promise.reject(new Error('ask does not triage')),
  knownServices: () => Promise.reject(new Error('ask does not triage')),
};

const ask = createAskService();
const questions = [...EVAL_QUESTIONS, ...FRESH_QUESTIONS].filter((q) => q.id % 4 === 0).map((q) => q.q);

describe('ask: the same answer through every channel', () => {
  it.each(questions)('%s', async (q) => {
    const direct = ask.ask(q);

    let stdout = '';
    const code = await runCli(['ask', '--json', '--', q], {
      env: {},
      io: { stdout: (t) => void (stdout += t), stderr: () => undefined },
      services: async () => ({ triage: noTriage, ask: createAskService(), watchOnce: async () => ({ alerts: [] }), check: unreachableCheck }),
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(direct);

    const slash = parseCommandText(`ask ${q}`);
    expect(slash.kind).toBe('ask');
    if (slash.kind === 'ask') expect(ask.ask(slash.question)).toEqual(direct);

    const mention = interpretMessage(q);
    expect(mention.kind).toBe('ask');
    if (mention.kind === 'ask') expect(ask.ask(mention.question)).toEqual(direct);
  });
});
