import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { runCli } from '../../src/cli/program';
import { createAskService } from '../../src/services/ask';

const SRC = resolve(__dirname, '..', '..', 'src');
const HEAVY = ['@elastic/elasticsearch', '@opensearch-project/opensearch', '@slack/bolt'];

/** The modules a source file imports as values (`import type` and all-`type` specifier lists are erased). */
function valueImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?([^'";]*?)\s*from\s+'([^']+)'/gm)) {
    const [, typeOnly, clause = '', target = ''] = m;
    if (typeOnly) continue;
    const names = /^\{([^}]*)\}$/.exec(clause.trim())?.[1];
    if (names !== undefined && names.split(',').every((n) => n.trim() === '' || n.trim().startsWith('type '))) continue;
    found.push(target);
  }
  for (const m of text.matchAll(/^import\s+'([^']+)'/gm)) found.push(m[1] ?? '');
  return found;
}

function resolveSource(from: string, target: string): string | null {
  for (const candidate of [`${target}.ts`, join(target, 'index.ts')]) {
    const path = resolve(dirname(from), candidate);
    if (existsSync(path)) return path;
  }
  return null;
}

/** Every package the file reaches through value imports, with the chain that reaches it. */
function packagesReached(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const target of valueImports(file)) {
      if (target.startsWith('.')) {
        const next = resolveSource(file, target);
        if (next) walk(next, [...chain, next.slice(SRC.length + 1)]);
      } else if (!reached.has(target)) reached.set(target, chain);
    }
  };
  walk(entry, [entry.slice(SRC.length + 1)]);
  return reached;
}

describe('the CLI starts with what the command needs', () => {
  it('`ask` (the dispatcher, rendering and the ask service) loads no search client and no Slack app', () => {
    for (const entry of ['cli/program.ts', 'services/ask.ts']) {
      const reached = packagesReached(join(SRC, entry));
      for (const heavy of HEAVY) expect({ entry, heavy, chain: reached.get(heavy) ?? null }).toEqual({ entry, heavy, chain: null });
    }
    // The walk does see packages: the search client is reached from the CLI's services.
    expect(packagesReached(join(SRC, 'cli/services.ts')).has('@elastic/elasticsearch')).toBe(true);
  });

  it('`ask` answers without reading the settings or building the other services', async () => {
    let out = '';
    const code = await runCli(['ask', 'token expired, 401 or 403?', '--json'], {
      env: { ELASTICSEARCH_URL: 'not a url', ELASTICSEARCH_TIMEOUT: 'soon' },
      io: { stdout: (t) => void (out += t), stderr: () => undefined },
      services: () => Promise.reject(new Error('ask must not build the search services')),
      ask: () => Promise.resolve(createAskService()),
    });
    expect(code).toBe(0);
    expect((JSON.parse(out) as { verdict: string | null }).verdict).toBe('401');
  });
});
