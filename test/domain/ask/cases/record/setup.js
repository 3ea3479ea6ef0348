/* global jest */
// Wraps answerQuestion so that each question a test asks is appended to the recording (see jest.config.js).
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '../../../../..');
const ask = path.join(root, 'src/domain/ask/index.ts');
const rule = path.join(root, 'src/domain/ask/ruleQuestion.ts');
const out = path.join(__dirname, '.asked.jsonl');

jest.mock(rule, () => ({ ...jest.requireActual(rule), asksTheRule: () => false }));
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
