/**
 * Records every question the unit tests of `ask` put to it, with the verdict the protocol order gives it
 * (every learned reading switched off: setup.js), into ../askedInTests.ts: the project's own labels for the model to
 * learn beside the blind sets' (see ../ruleQuestionTraining.ts). Run from the repository's root:
 *   npx jest -c test/domain/ask/cases/record/jest.config.js && RECORD_MODELS=1 npx jest --selectProjects unit -- test/domain/ask/cases/learnedModels.test.ts
 * The evaluation sets (eval/) and the suites that only feed noise or replay other suites' questions
 * (robustness, channels) are left out, as is the model's own test.
 * @type {import('jest').Config}
 */
const path = require('path');

const root = path.resolve(__dirname, '../../../../..');
module.exports = {
  rootDir: root,
  testEnvironment: 'node',
  roots: ['<rootDir>/test/domain/ask'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/eval/', 'robustness\\.test\\.ts$', 'channels\\.test\\.ts$', 'learnedModels\\.test\\.ts$'],
  setupFilesAfterEnv: [path.join(__dirname, 'setup.js')],
  globalSetup: path.join(__dirname, 'globalSetup.js'),
  globalTeardown: path.join(__dirname, 'globalTeardown.js'),
  maxWorkers: 2,
};
