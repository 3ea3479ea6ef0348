import fc from 'fast-check';
import { type CliDeps, runCli } from '../../src/cli/program';
import { ENVIRONMENT_NAME_PATTERN, isEnvironmentName, isServiceName } from '../../src/domain/serviceName';
import type { TriageResult } from '../../src/domain/types';
import { createAskService } from '../../src/services/ask';
import type { TriageRequest } from '../../src/services/types';
import { parseCommandText } from '../../src/slack/commandText';
import { unreachableCheck } from '../support/cliFakes';
import { triageFixture } from '../slack/support/fixtures';

/** What the CLI hands the triage for `triage 403 <name>`, or null when it refused the name. */
async function cliService(name: string): Promise<string | null> {
  const calls: TriageRequest[] = [];
  const deps: CliDeps = {
    env: { LOG_LEVEL: 'silent', ELASTICSEARCH_URL: 'http://127.0.0.1:9' },
    io: { stdout: () => undefined, stderr: () => undefined },
    services: async () => ({
      triage: {
        async triage(request): Promise<TriageResult> {
          calls.push(request);
          return triageFixture({ service: request.service });
        },
        async samples() {
          return [];
        },
        async knownServices() {
          return [];
        },
      },
      ask: createAskService(),
      watchOnce: async () => ({ alerts: [] }),
      check: unreachableCheck,
    }),
  };
  await runCli(['triage', '403', name, '--json'], deps);
  return calls[0]?.service ?? null;
}

/** What the slash command triages for `403 <name>`, or null when it refused the name. */
function slackService(name: string): string | null {
  const intent = parseCommandText(`403 ${name}`);
  return intent.kind === 'triage' ? intent.query.service : null;
}

const REAL_NAMES = ['checkout-api', 'www.example.com', 'api_v2', 'ns/app', 'billing:eu', 'svc-1', 'Zahlung-übersicht', '7seas'];
const NOT_NAMES = ['', 'a b', 'tab\there', 'nul\u0000x', 'bell\u0007', 'zero\u200bwidth', 'rtl\u202eevil', '*', 'a*', '"checkout"', '@channel', '-x', '--env', 'x'.repeat(201)];

describe('service names: one rule for the CLI and the slash command', () => {
  it.each(REAL_NAMES)('accepts %p everywhere', async (name) => {
    expect(isServiceName(name)).toBe(true);
    expect(slackService(name)).toBe(name);
    expect(await cliService(name)).toBe(name);
  });

  it.each(NOT_NAMES)('refuses %p everywhere (no whitespace, control or format characters, no command syntax)', async (name) => {
    expect(isServiceName(name)).toBe(false);
    expect(await cliService(name)).toBeNull();
    // The slash command splits on whitespace, so a name with a space is two words: never the whole name.
    expect(slackService(name)).not.toBe(name);
  });

  it('the CLI and the slash command agree on any single word', async () => {
    // Slack's wire format turns <…> and &…; into something else before parsing: leave those out.
    const word = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !/[\s<>&]/.test(s));
    await fc.assert(
      fc.asyncProperty(word, async (name) => {
        expect(slackService(name) !== null).toBe(isServiceName(name));
        expect((await cliService(name)) !== null).toBe(isServiceName(name));
      }),
      { numRuns: 300 },
    );
  });

  it('environments follow the same idea, shorter and without / or :', () => {
    for (const env of ['prod', 'eu-west-1', 'staging.2', 'Prüfung']) expect(isEnvironmentName(env)).toBe(true);
    for (const env of ['', 'a b', 'ns/app', 'a:b', '*', 'x'.repeat(65)]) expect(env).not.toMatch(ENVIRONMENT_NAME_PATTERN);
  });
});
