import { fork, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { postToSlackEndpoint, slashCommand, FORM } from '../test/slack/support/signing';
import { startSlackRecorder, type SlackRecorder } from '../test/support/slackRecorder';
import type { BotMessage, LoopDelay, ParentMessage } from './bot';
import type { LoadedDataset } from './datasets';
import { mb, median, p95, p99, round } from './stats';

/**
 * Slack responsiveness and footprint, measured on the real bot (bench/bot.ts, its own process) in HTTP
 * mode, its Web API and response URLs pointed at the local Slack recorder. Signed slash commands go over
 * HTTP; the time to the HTTP response is the acknowledgement Slack waits for (3 s at most). Triage
 * commands are kept `inFlight` deep: every command after the first is acknowledged while other
 * triages run on Elasticsearch and in the bot. The watcher runs too (every service, alerts to the
 * recorder), as in `serve`. The bot's memory is read at start, at rest after a warm-up, and at rest
 * after every quarter of the `triages` that follow.
 */

const SIGNING_SECRET = 'bench-signing-secret-0123456789abcdef';
const BOT_TOKEN = 'xoxb-bench-0000-not-a-real-token';
const WARMUP_TRIAGES = 50;
const HELP_COMMANDS = 100;
const WINDOWS = ['1h', '15m', '1h', '6h'] as const;

export interface MemoryReading {
  /** Triages run (after the warm-up) when read. */
  after: number;
  rssMb: number;
  heapUsedMb: number;
}

export interface SlackBenchResult {
  index: string;
  commands: number;
  inFlightTarget: number;
  /** Acks of `help` (no triage anywhere): the bot's floor. */
  ackIdleMedianMs: number;
  ackIdleP99Ms: number;
  ackMedianMs: number;
  ackP95Ms: number;
  ackP99Ms: number;
  ackMaxMs: number;
  /** Share of timed acks sent while at least one triage was running. */
  ackWithTriageInFlight: number;
  /** Mean triages running when a timed command was sent. */
  meanInFlightAtSend: number;
  failedAcks: number;
  /** Answers that were an error message instead of a triage. */
  failedAnswers: number;
  /** Median command → answer posted, and the throughput of the whole run. */
  answerMedianMs: number;
  answerP95Ms: number;
  triagesPerSecond: number;
  memoryStart: MemoryReading;
  memoryIdle: MemoryReading;
  memoryAfter: MemoryReading;
  /** At rest after each quarter of the timed triages. */
  memorySeries: MemoryReading[];
  gcForced: boolean;
  /** The bot's event-loop delay while the timed triages ran (monitorEventLoopDelay, 5 ms resolution). */
  loopDelay: LoopDelay;
  /** Alerts the bot's watcher posted to the recorder during the run. */
  watcherAlerts: number;
  watcherOn: boolean;
}

interface Bot {
  child: ChildProcess;
  port: number;
  watcher: boolean;
  memory(after: number): Promise<MemoryReading & { gcForced: boolean; loopDelay: LoopDelay }>;
  stop(): Promise<void>;
}

function nextMessage(child: ChildProcess, type: BotMessage['type'], timeoutMs: number): Promise<BotMessage> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: BotMessage): void => {
      if (message.type !== type && message.type !== 'failed') return;
      cleanup();
      if (message.type === 'failed') reject(new Error(`the bot failed: ${message.message}`));
      else resolve(message);
    };
    const onExit = (code: number | null): void => {
      cleanup();
      reject(new Error(`the bot exited (code ${code}) before answering "${type}"`));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`the bot did not answer "${type}" within ${timeoutMs} ms`));
    }, timeoutMs);
    const cleanup = (): void => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

async function startBot(env: Record<string, string>, logFile: string, profileDir: string | null): Promise<Bot> {
  mkdirSync(dirname(logFile), { recursive: true });
  const execArgv = ['--expose-gc', ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])];
  // The bot logs to a pipe, as under a container runtime; this process saves the lines to a file.
  const child = fork(join(__dirname, 'bot.js'), [], { execArgv, env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const log = createWriteStream(logFile);
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  child.once('exit', () => log.end());
  const ready = await nextMessage(child, 'ready', 60_000);
  if (ready.type !== 'ready') throw new Error('unexpected answer from the bot');
  const ask = (message: ParentMessage): void => void child.send(message);
  return {
    child,
    port: ready.port,
    watcher: ready.watcher,
    async memory(after) {
      // A quiet second first: answers already posted may still be finishing their log lines.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const reply = nextMessage(child, 'memory', 30_000);
      ask({ type: 'memory' });
      const m = await reply;
      if (m.type !== 'memory') throw new Error('unexpected answer from the bot');
      return { after, rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed), gcForced: m.gcForced, loopDelay: m.loopDelay };
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      ask({ type: 'stop' });
      const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

interface CommandPlan {
  text: string;
}

function triageCommands(dataset: LoadedDataset, count: number): CommandPlan[] {
  const names = dataset.serviceNames;
  const incidents = dataset.spec.incidents;
  return Array.from({ length: count }, (_, i) => {
    // Every fourth command looks at a service in an incident; the others walk through every service.
    const incident = i % 4 === 0 ? incidents[(i / 4) % incidents.length] : undefined;
    if (incident) return { text: `${incident.status} ${incident.service} ${WINDOWS[i % WINDOWS.length]}` };
    return { text: `${i % 2 === 0 ? 403 : 404} ${names[i % names.length]} ${WINDOWS[i % WINDOWS.length]}` };
  });
}

interface Driven {
  ackMs: number[];
  inFlightAtSend: number[];
  answerMs: number[];
  failedAcks: number;
  failedAnswers: number;
  seconds: number;
}

/** Sends the commands one after another, never with more than `depth` answers outstanding. */
async function drive(recorder: SlackRecorder, url: string, plans: readonly CommandPlan[], depth: number, tag: string, expectAnswer: boolean): Promise<Driven> {
  const out: Driven = { ackMs: [], inFlightAtSend: [], answerMs: [], failedAcks: 0, failedAnswers: 0, seconds: 0 };
  const outstanding = new Set<Promise<void>>();
  const started = performance.now();
  for (const [i, plan] of plans.entries()) {
    while (outstanding.size >= depth) await Promise.race(outstanding);
    const id = `${tag}-${i}`;
    out.inFlightAtSend.push(outstanding.size);
    const sentAt = Date.now();
    const body = slashCommand({ text: plan.text, response_url: recorder.responseUrl(id) });
    const ack = await postToSlackEndpoint(url, body, FORM, { secret: SIGNING_SECRET });
    out.ackMs.push(ack.ms);
    if (ack.status !== 200) out.failedAcks++;
    if (!expectAnswer) continue;
    const answered: Promise<void> = recorder
      .waitFor((c) => c.kind === 'response_url' && c.name === id, 120_000)
      .then(
        (call) => {
          out.answerMs.push(call.at - sentAt);
          if (call.body.response_type !== 'in_channel') out.failedAnswers++;
        },
        () => {
          out.failedAnswers++;
        },
      )
      .finally(() => outstanding.delete(answered));
    outstanding.add(answered);
  }
  await Promise.all(outstanding);
  out.seconds = (performance.now() - started) / 1000;
  return out;
}

export interface SlackBenchDeps {
  elasticsearchEnv: Record<string, string>;
  dataset: LoadedDataset;
  /** The bot's watcher state index (fresh per run, so its alerts fire again). */
  stateIndex: string;
  dropStateIndex: () => Promise<void>;
  triages: number;
  inFlight: number;
  logFile: string;
  /** Set: the bot writes a CPU profile there. */
  profileDir: string | null;
  say: (line: string) => void;
}

export async function benchSlack(deps: SlackBenchDeps): Promise<SlackBenchResult> {
  const recorder = await startSlackRecorder({ botUserId: 'U0BOT', botId: 'B0BOT' });
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    ...deps.elasticsearchEnv,
    ELASTICSEARCH_INDEX: deps.dataset.spec.index,
    STATE_INDEX: deps.stateIndex,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_SOCKET_MODE: 'false',
    SLACK_API_URL: recorder.apiUrl,
    WATCH_SERVICES: '*',
    ALERT_CHANNEL: 'C0ALERTS',
    LOG_LEVEL: 'info',
    BENCH_CLOCK_OFFSET_MS: String(new Date(deps.dataset.spec.end).getTime() - Date.now()),
  };
  await deps.dropStateIndex();
  let bot: Bot | null = null;
  try {
    bot = await startBot(env, deps.logFile, deps.profileDir);
    const url = `http://127.0.0.1:${bot.port}/slack/events`;
    const memoryStart = await bot.memory(0);

    const help = await drive(recorder, url, Array.from({ length: HELP_COMMANDS }, () => ({ text: 'help' })), 1, 'help', false);
    deps.say(`  ${HELP_COMMANDS} help commands (nothing in flight): ack median ${round(median(help.ackMs))} ms, p99 ${round(p99(help.ackMs))} ms`);
    await drive(recorder, url, triageCommands(deps.dataset, WARMUP_TRIAGES), deps.inFlight, 'warmup', true);
    const memoryIdle = await bot.memory(0);
    deps.say(`  bot at rest after ${WARMUP_TRIAGES} warm-up triages: rss ${memoryIdle.rssMb} MB, heap ${memoryIdle.heapUsedMb} MB`);

    const plans = triageCommands(deps.dataset, deps.triages);
    const quarters = 4;
    const timed: Driven = { ackMs: [], inFlightAtSend: [], answerMs: [], failedAcks: 0, failedAnswers: 0, seconds: 0 };
    const series: Array<MemoryReading & { gcForced: boolean; loopDelay: LoopDelay }> = [];
    for (let q = 0; q < quarters; q++) {
      const part = plans.slice(Math.round((q * plans.length) / quarters), Math.round(((q + 1) * plans.length) / quarters));
      const driven = await drive(recorder, url, part, deps.inFlight, `run${q}`, true);
      timed.ackMs.push(...driven.ackMs);
      timed.inFlightAtSend.push(...driven.inFlightAtSend);
      timed.answerMs.push(...driven.answerMs);
      timed.failedAcks += driven.failedAcks;
      timed.failedAnswers += driven.failedAnswers;
      timed.seconds += driven.seconds;
      const reading = await bot.memory(Math.round(((q + 1) * plans.length) / quarters));
      series.push(reading);
      deps.say(`  after ${reading.after} triages: rss ${reading.rssMb} MB, heap ${reading.heapUsedMb} MB, event-loop delay p99 ${round(reading.loopDelay.p99Ms)} ms (max ${round(reading.loopDelay.maxMs)})`);
    }
    const memoryAfter = series[series.length - 1] ?? memoryIdle;
    const busy = timed.inFlightAtSend.filter((n) => n > 0).length;
    const loopDelay: LoopDelay = {
      p50Ms: round(median(series.map((r) => r.loopDelay.p50Ms)), 1),
      p99Ms: round(Math.max(...series.map((r) => r.loopDelay.p99Ms)), 1),
      maxMs: round(Math.max(...series.map((r) => r.loopDelay.maxMs)), 1),
    };
    const strip = (r: MemoryReading): MemoryReading => ({ after: r.after, rssMb: r.rssMb, heapUsedMb: r.heapUsedMb });
    const result: SlackBenchResult = {
      index: deps.dataset.spec.index,
      commands: deps.triages,
      inFlightTarget: deps.inFlight,
      ackIdleMedianMs: round(median(help.ackMs), 2),
      ackIdleP99Ms: round(p99(help.ackMs), 2),
      ackMedianMs: round(median(timed.ackMs), 2),
      ackP95Ms: round(p95(timed.ackMs), 2),
      ackP99Ms: round(p99(timed.ackMs), 2),
      ackMaxMs: round(Math.max(...timed.ackMs), 2),
      ackWithTriageInFlight: round(busy / timed.ackMs.length, 3),
      meanInFlightAtSend: round(timed.inFlightAtSend.reduce((a, b) => a + b, 0) / timed.inFlightAtSend.length, 2),
      failedAcks: timed.failedAcks + help.failedAcks,
      failedAnswers: timed.failedAnswers,
      answerMedianMs: round(median(timed.answerMs)),
      answerP95Ms: round(p95(timed.answerMs)),
      triagesPerSecond: round(deps.triages / timed.seconds, 2),
      memoryStart: strip(memoryStart),
      memoryIdle: strip(memoryIdle),
      memoryAfter: strip(memoryAfter),
      memorySeries: series.map(strip),
      gcForced: memoryAfter.gcForced,
      loopDelay,
      watcherAlerts: recorder.callsTo('api', 'chat.postMessage').length,
      watcherOn: bot.watcher,
    };
    deps.say(
      `  ${deps.triages} triage commands, ${deps.inFlight} deep: ack median ${result.ackMedianMs} ms, p99 ${result.ackP99Ms} ms (max ${result.ackMaxMs}); ` +
        `answers median ${result.answerMedianMs} ms; ${result.triagesPerSecond} triages/s; ${result.failedAnswers} failed answers; watcher posted ${result.watcherAlerts} alerts`,
    );
    return result;
  } finally {
    await bot?.stop();
    await recorder.close();
    await deps.dropStateIndex();
  }
}
