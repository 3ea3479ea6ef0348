import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '@elastic/elasticsearch';
import { loadConfig, type Config } from '../src/config';
import { REPO_ROOT, startLocalElasticsearch, stopLocalElasticsearch } from '../src/devtools/localElasticsearch';
import { createElasticsearchClient } from '../src/elasticsearch/client';
import { createLogger } from '../src/logging';
import { benchAsk } from './askBench';
import { datasetSpecs, ensureDataset, LoadedDataset } from './datasets';
import { instrument } from './instrument';
import { readOptions, SECTIONS, type BenchOptions } from './options';
import { describeMachine, renderTables, resultsJson, type BenchReport } from './report';
import { benchSlack } from './slackBench';
import { benchHot } from './hotBench';
import { benchTriage } from './triageBench';
import { benchWatch, benchWatchHot } from './watchBench';

/**
 * `npm run bench`: speed and scale of triage, watcher and bot, each next to its floor measured in the
 * same run. Prints Markdown tables and writes bench/results.json. Starts its own Elasticsearch (port
 * BENCH_ES_PORT, heap BENCH_ES_HEAP, data kept in BENCH_ES_HOME so that the loaded indices are reused
 * next time) unless ELASTICSEARCH_URL names a cluster; stops it at the end only if it started it.
 */

const BENCH_DIR = join(REPO_ROOT, 'bench');

function say(line: string): void {
  process.stderr.write(`${line}\n`);
}

async function elasticsearchVersion(client: Client, heap: string | null): Promise<string> {
  try {
    const info = await client.nodes.info({ metric: 'jvm' });
    const node = Object.values(info.nodes)[0];
    const maxHeap = node?.jvm?.mem?.heap_max_in_bytes;
    const heapText = typeof maxHeap === 'number' ? `${Math.round(maxHeap / 1024 ** 2)} MB heap` : (heap ?? 'heap unknown');
    return `Elasticsearch ${node?.version ?? '?'} (${Object.keys(info.nodes).length} node, ${heapText})`;
  } catch {
    return 'Elasticsearch (version unknown)';
  }
}

async function run(options: BenchOptions, startedAt: number, stopOwnNode: { port: number | null }): Promise<void> {
  let url = options.elasticsearchUrl;
  if (url === undefined) {
    const handle = await startLocalElasticsearch({ port: options.esPort, heap: options.esHeap, home: options.esHome, gc: 'g1', progress: say, timeoutMs: 300_000 });
    url = handle.url;
    if (handle.startedByUs) stopOwnNode.port = options.esPort;
    else say(`an Elasticsearch already answers on ${url}; using it as it is (its heap was not chosen by the benchmark)`);
  } else {
    say(`using the Elasticsearch at ${url} (ELASTICSEARCH_URL)`);
  }
  // The product's own settings (credentials, field names, timeouts) with the benchmark's cluster.
  const elasticsearchEnv: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && (key.startsWith('ELASTICSEARCH_') || key.startsWith('FIELD_'))) elasticsearchEnv[key] = value;
  }
  elasticsearchEnv.ELASTICSEARCH_URL = url;
  const config: Config = loadConfig({ ...elasticsearchEnv, STATE_INDEX: `${options.indexPrefix}-state`, LOG_LEVEL: 'info' });
  const loader = createElasticsearchClient({ ...config.elasticsearch, timeoutMs: 300_000 });
  const client = createElasticsearchClient(config.elasticsearch);
  const log = instrument(client);
  // Log lines are built exactly as in production (level info, redaction), then dropped instead of written.
  const logger = createLogger({ level: 'info', destination: { write: () => undefined } });
  try {
    const datasets: LoadedDataset[] = [];
    for (const spec of datasetSpecs(options)) datasets.push(await ensureDataset(loader, spec, config.fields, options.reload, say));
    const [main, small, watchData, hot] = datasets as [LoadedDataset, LoadedDataset, LoadedDataset, LoadedDataset];
    const machine = describeMachine(await elasticsearchVersion(loader, options.elasticsearchUrl ? null : options.esHeap));

    const report: BenchReport = { datasets, machine, seconds: 0 };

    if (options.only.includes('triage')) {
      say(`\n1. triage cost on ${main.count.toLocaleString('en-US')} documents (${options.runs} runs per case)`);
      const triageMain = await benchTriage({ client, log, config, logger, dataset: main, runs: options.runs, warmup: options.warmup, say });
      say(`   10× fewer documents (${small.count.toLocaleString('en-US')})`);
      const triageSmall = await benchTriage({ client, log, config, logger, dataset: small, runs: options.runs, warmup: options.warmup, say });
      say(`   a hot service: ${hot.spec.hot?.docs.toLocaleString('en-US') ?? '?'} requests over ${hot.spec.days} days, next to ${main.spec.incidents[0]?.service ?? '?'} of the main data set`);
      const triageHot = await benchHot({ client, log, config, logger, hot, main, runs: options.runs, warmup: options.warmup, say });
      report.triage = { main: triageMain, small: triageSmall, hot: triageHot };
    }

    if (options.only.includes('watch')) {
      say(`\n2. watcher tick (${options.ticks} timed ticks per size, after ${options.warmTicks} untimed)`);
      const stateIndex = `${options.indexPrefix}-state`;
      const watch = await benchWatch({ client, log, config, logger, dataset: watchData, stateIndex, sizes: [10, 100, 1000], ticks: options.ticks, warmTicks: options.warmTicks, say });
      const watchMain = await benchWatch({ client, log, config, logger, dataset: main, stateIndex, sizes: [10, 100, 1000], ticks: options.ticks, warmTicks: options.warmTicks, say });
      say(`   with the hot service ${hot.spec.hot?.service ?? '?'} among the watched, over ${watchData.spec.index} and ${hot.spec.index} together`);
      const watchHot = await benchWatchHot({ client, log, config, logger, watchData, hot, stateIndex, ticks: options.ticks, warmTicks: options.warmTicks, say });
      report.watch = { watch, main: watchMain, hot: watchHot };
    }

    if (options.only.includes('slack')) {
      say(`\n3–4. Slack acknowledgements and the bot's memory (${options.triages} triages, up to ${options.inFlight} in flight)`);
      const botState = `${options.indexPrefix}-bot-state`;
      report.slack = await benchSlack({
        elasticsearchEnv,
        dataset: main,
        stateIndex: botState,
        dropStateIndex: async () => void (await client.indices.delete({ index: botState, ignore_unavailable: true })),
        triages: options.triages,
        inFlight: options.inFlight,
        logFile: join(BENCH_DIR, 'data', 'bot.log'),
        profileDir: options.botProfile ? join(BENCH_DIR, 'data', 'profile') : null,
        say,
      });
    }

    if (options.only.includes('ask')) {
      say(`\n5. ask on huge and adversarial questions (${options.runs} runs per size)`);
      report.ask = benchAsk(options.runs, say);
    }

    report.seconds = (performance.now() - startedAt) / 1000;
    process.stdout.write(`\n${renderTables(report)}\n`);
    if (options.only.length === SECTIONS.length) {
      const { elasticsearchUrl: _url, ...shown } = options;
      writeFileSync(join(BENCH_DIR, 'results.json'), `${JSON.stringify(resultsJson(report, { ...shown, end: options.end.toISOString() }), null, 2)}\n`);
      say('\nwrote bench/results.json');
    } else {
      say(`\npartial run (BENCH_ONLY=${options.only.join(',')}): bench/results.json left as it was`);
    }
  } finally {
    await client.close();
    await loader.close();
  }
}

async function main(): Promise<number> {
  const startedAt = performance.now();
  const options = readOptions(process.env, process.argv.slice(2), REPO_ROOT);
  const ownNode: { port: number | null } = { port: null };
  const stop = async (): Promise<void> => {
    if (ownNode.port === null) return;
    const port = ownNode.port;
    ownNode.port = null;
    say(`stopping the benchmark's Elasticsearch on port ${port} (its data stays in ${options.esHome})`);
    await stopLocalElasticsearch(60_000, port);
  };
  const interrupted = (signal: NodeJS.Signals): void => {
    say(`\n${signal}: stopping`);
    void stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    await run(options, startedAt, ownNode);
    return 0;
  } catch (error) {
    say(`benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  } finally {
    await stop();
  }
}

void main().then((code) => process.exit(code));
