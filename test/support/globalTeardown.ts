import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { stopLocalElasticsearch } from '../../src/devtools/localElasticsearch';

export default async function globalTeardown(): Promise<void> {
  const file = join(__dirname, '..', '..', '.es-test-run.json');
  if (!existsSync(file)) return;
  const run = JSON.parse(readFileSync(file, 'utf8')) as { startedByUs?: boolean; port?: number };
  rmSync(file, { force: true });
  if (run.startedByUs) await stopLocalElasticsearch(30_000, run.port);
}
