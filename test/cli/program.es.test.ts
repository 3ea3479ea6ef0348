import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SETTING_NAMES } from '../../src/config';
import type { SearchEngine } from '../../src/elasticsearch/engine';
import { buildCliServices } from '../../src/cli/services';
import { runCli, CliDeps } from '../../src/cli/program';
import { testEngineEnv } from '../support/elasticsearch';

/** Runs the CLI in-process with the real services, capturing what a terminal would show. */
async function run(argv: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const clients: SearchEngine[] = [];
  const deps: CliDeps = {
    env: { ...testEngineEnv(), ELASTICSEARCH_INDEX: 'st-cli-none-*', ...env },
    io: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
    services: async (config, logger) => {
      const services = buildCliServices(config, logger);
      clients.push(services.client);
      return services;
    },
  };
  const code = await runCli(argv, deps);
  await Promise.all(clients.map((c) => c.close()));
  return { code, stdout, stderr };
}

describe('status-triage CLI', () => {
  it.each([
    [['triage', '500', 'svc']],
    [['triage', '403']],
    [['triage', '404', 'svc', '2h']],
    [['triage', '404', 'svc', '1h', '--at', 'yesterday']],
    [['triage', '404', 'two words']],
    [['bogus']],
  ])('rejects %j with a usage line and exit code 2', async (argv) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().length).toBeGreaterThan(0);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('names an unreachable cluster in one line and exits non-zero', async () => {
    const { code, stdout, stderr } = await run(['triage', '403', 'svc', '--json'], { ...testEngineEnv('http://127.0.0.1:9'), ELASTICSEARCH_TIMEOUT: '3s' });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('http://127.0.0.1:9');
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('names a bad setting and exits 1', async () => {
    const { code, stderr } = await run(['triage', '403', 'svc'], { WATCH_INTERVAL: 'often' });
    expect(code).toBe(1);
    expect(stderr).toContain('WATCH_INTERVAL');
  });

  it('answers "no matching logs" with exit 0 and pure JSON on stdout', async () => {
    const { code, stdout } = await run(['triage', '404', 'nobody-api', '15m', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as Record<string, unknown>;
    expect(result).toMatchObject({ status: 404, service: 'nobody-api', total: 0, causes: [], serviceKnown: false });
    expect(result.elasticsearchRequests).toBeLessThanOrEqual(2);
  });

  it('runs one watch tick and prints the contract\'s JSON', async () => {
    const { code, stdout } = await run(['watch', '--once', '--json'], { WATCH_SERVICES: 'calm-api,other-api', STATE_INDEX: 'st-cli-state-none' });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ alerts: [] });
  });

  it('answers a question as JSON', async () => {
    const { code, stdout } = await run(['ask', 'token expired, 401 or 403?', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { verdict: string | null; answer: string; sources: string[] };
    expect(result.verdict).toBe('401');
    expect(result.sources.length).toBeGreaterThan(0);
  });
});

describe('settings file', () => {
  it('documents every setting in .env.example', () => {
    const text = readFileSync(join(__dirname, '..', '..', '.env.example'), 'utf8');
    const documented = new Set([...text.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    expect(SETTING_NAMES.length).toBeGreaterThan(30);
    for (const key of SETTING_NAMES) expect(documented).toContain(key);
  });
});

