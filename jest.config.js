/**
 * Two projects. `unit` is the pure core, settings, CLI parsing and renderers: no server, seconds.
 * `integration` (`*.es.test.ts`, `*.e2e.test.ts`) runs against the real Elasticsearch that its global
 * setup starts (or finds at ELASTICSEARCH_URL). `npm test` runs both; `npm run test:unit` only the first.
 * @type {import('jest').Config}
 */
const common = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  // Type-checking happens once in `npm run typecheck`; ts-jest only transpiles, which keeps runs fast.
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
};

const INTEGRATION = ['\\.es\\.test\\.ts$', '\\.e2e\\.test\\.ts$'];
/**
 * Slack suites that run the real Bolt app over HTTP against recorded triage and ask fixtures: they never reach
 * a search engine, so `.ci/run` runs them once (with `npm test`), not again on each other engine
 * (`ENGINE_SUITES_ONLY=1`). The fuzz suite alone takes ~20 s a pass.
 */
const ENGINE_FREE = ['/test/slack/e2e/(fuzz|security|actions|health)\\.e2e\\.test\\.ts$'];

module.exports = {
  testTimeout: 60000,
  // Integration files share one Elasticsearch; two workers on a 2-core machine is the sweet spot.
  maxWorkers: 2,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['**/*.test.ts'], testPathIgnorePatterns: ['/node_modules/', ...INTEGRATION] },
    {
      ...common,
      displayName: 'integration',
      testRegex: INTEGRATION,
      testPathIgnorePatterns: ['/node_modules/', ...(process.env.ENGINE_SUITES_ONLY === '1' ? ENGINE_FREE : [])],
      globalSetup: '<rootDir>/test/support/globalSetup.ts',
      globalTeardown: '<rootDir>/test/support/globalTeardown.ts',
    },
  ],
};
