#!/usr/bin/env node
import { startLocalElasticsearch, stopLocalElasticsearch } from './localElasticsearch';

/** `npm run es:start` / `npm run es:stop`. */
async function main(command: string | undefined): Promise<void> {
  const progress = (line: string): void => void process.stderr.write(`${line}\n`);
  if (command === 'start') {
    const handle = await startLocalElasticsearch({ progress });
    if (!handle.startedByUs) progress(`Elasticsearch already answers on ${handle.url}; nothing to start`);
    return;
  }
  if (command === 'stop') {
    progress((await stopLocalElasticsearch()) ? 'stopped the local Elasticsearch' : 'no local Elasticsearch started by this project is running');
    return;
  }
  throw new Error('usage: esCli start|stop');
}

main(process.argv[2]).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
