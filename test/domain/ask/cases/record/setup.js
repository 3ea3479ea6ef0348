/* global jest */
// Wraps answerQuestion so that each question a test asks is appended to the recording (see jest.config.js).
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '../../../../..');
const ask = path.join(root, 'src/domain/ask/index.ts');
const rule = path.join(root, 'src/domain/ask/ruleQuestion.ts');
const out = path.join(__dirname, '.asked.jsonl');

const verdict = path.join(root, 'src/domain/ask/learnedVerdict.ts');

// Every learned reading off: no rule or case read from the rule-question model (nor the entry model, which it gates), and no
// code from the verdict model.
// (A question framed by the document is read by a pattern, not the model: its reading stays.)
jest.mock(rule, () => {
  const actual = jest.requireActual(rule);
  return { ...actual, ruleReading: (text) => actual.documentFramedReading(text) ?? { ruleAsked: false, caseAsked: false, ruleLikelier: false } };
});
jest.mock(verdict, () => ({ ...jest.requireActual(verdict), learnedVerdict: () => null, secondReading: () => null }));
jest.mock(ask, () => {
  const actual = jest.requireActual(ask);
  return {
    ...actual,
    answerQuestion: (question) => {
      const result = actual.answerQuestion(question);
      if (typeof question === 'string') fs.appendFileSync(out, `${JSON.stringify([question, result.verdict])}\n`);
      return result;
    },
  };
});
