import { cpus, release, totalmem } from 'node:os';
import type { LoadedDataset } from './datasets';
import type { SlackBenchResult } from './slackBench';
import { round } from './stats';
import type { AskBenchResult } from './askBench';
import type { HotBenchResult } from './hotBench';
import type { TriageBenchResult } from './triageBench';
import type { HotTickResult, TickSize, WatchBenchResult } from './watchBench';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  os: string;
  elasticsearch: string;
}

export function describeMachine(elasticsearch: string): Machine {
  const list = cpus();
  return {
    cpus: list.length,
    cpuModel: (list[0]?.model ?? 'unknown').replace(/\s+/g, ' ').trim(),
    memoryGb: round(totalmem() / 1024 ** 3, 1),
    node: process.version,
    os: `${process.platform} ${release()}`,
    elasticsearch,
  };
}

/** Sections not run (BENCH_ONLY) are absent. */
export interface BenchReport {
  triage?: { main: TriageBenchResult; small: TriageBenchResult; hot: HotBenchResult };
  watch?: { watch: WatchBenchResult; main: WatchBenchResult; hot: HotTickResult };
  slack?: SlackBenchResult;
  ask?: AskBenchResult;
  datasets: LoadedDataset[];
  machine: Machine;
  seconds: number;
}

/**
 * RSS settles over the first few hundred requests (JIT code, V8 heap reservations, malloc arenas) and then
 * moves by a few MB either way: a leak shows as heap that survives GC, or RSS still climbing late in the run.
 */
const NOISE_MB = 5;

export interface Goal {
  name: string;
  measured: string;
  goal: string;
  met: boolean;
}

function tickRatio(w: WatchBenchResult): number {
  const t10 = w.sizes.find((s) => s.watched === 10);
  const t1000 = w.sizes.find((s) => s.watched === 1000);
  return t10 && t1000 ? round(t1000.medianMs / t10.medianMs, 2) : Number.NaN;
}

function hotSizes(h: HotTickResult): TickSize[] {
  return [h.ordinary, h.hot10, h.hot1000];
}

function hotTickTable(h: HotTickResult): string {
  const lines = [
    row([`tick with a hot service (\`${h.index}\`, clock +${h.clockStepMs} ms a tick)`, 'watched', 'requests / tick', 'first tick ms', 'median ms', 'p95 ms', 'spikes']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:']),
  ];
  const labels: Array<[string, TickSize]> = [['10 ordinary services', h.ordinary], [`${h.hotService} and 9 ordinary`, h.hot10], [`${h.hotService} and 999 ordinary`, h.hot1000]];
  for (const [label, s] of labels) lines.push(row([label, s.watched, s.requests, s.firstTickMs, s.medianMs, s.p95Ms, s.spikes]));
  return lines.join('\n');
}

function fmtDocs(n: number): string {
  return n >= 1_000_000 ? `${round(n / 1_000_000, 2)} M` : `${round(n / 1000, 0)} k`;
}

export function goals(r: BenchReport): Goal[] {
  const out: Goal[] = [];
  if (r.triage) {
    const { main, small } = r.triage;
    out.push({ name: `triage ÷ raw floor, ${fmtDocs(main.docs)} docs (median of paired runs)`, measured: `${main.ratio}`, goal: '≤ 1.15', met: main.ratio <= 1.15 });
    out.push({ name: `triage ÷ raw floor, ${fmtDocs(small.docs)} docs`, measured: `${small.ratio}`, goal: '≤ 1.15', met: small.ratio <= 1.15 });
    const hot = r.triage.hot;
    out.push({
      name: `triage of a hot service (${fmtDocs(hot.serviceDocs)} requests in ${r.datasets.find((d) => d.spec.key === 'hot')?.spec.days ?? '?'} days) ÷ an ordinary one of the main data set (medians)`,
      measured: `${hot.ratio} (${hot.hotMedianMs} ÷ ${hot.ordinaryMedianMs} ms)`,
      goal: '≤ 1.5',
      met: hot.ratio <= 1.5,
    });
    out.push({ name: 'hot service: top cause sampled = exact', measured: `${hot.topCause ?? 'none'} / ${hot.exactTopCause ?? 'none'}`, goal: 'the same', met: hot.topCauseAgrees });
    const trips = Math.max(main.maxRequests, small.maxRequests, hot.requests);
    out.push({ name: 'round trips per triage (max over every run, hot service included)', measured: `${trips}`, goal: '≤ 2', met: trips <= 2 });
  }
  if (r.watch) {
    const { watch, main, hot } = r.watch;
    const requests = Math.max(...[...watch.sizes, ...main.sizes, ...hotSizes(hot)].map((s) => s.requests));
    out.push({
      name: 'requests per watcher tick (10 / 100 / 1,000 services; with the hot service 10 / 1,000)',
      measured: `${watch.sizes.map((s) => s.requests).join(' / ')}; ${hot.hot10.requests} / ${hot.hot1000.requests}`,
      goal: '1',
      met: requests === 1,
    });
    const ratio = tickRatio(watch);
    out.push({ name: 'tick time, 1,000 ÷ 10 services (all with logs)', measured: `${ratio}`, goal: '≤ 3', met: ratio <= 3 });
    out.push({
      name: `tick time with the hot service among the watched, 1,000 ÷ 10 services (hot and watch indices together)`,
      measured: `${hot.ratio1000vs10} (${hot.hot1000.medianMs} ÷ ${hot.hot10.medianMs} ms)`,
      goal: '≤ 3',
      met: hot.ratio1000vs10 <= 3,
    });
    out.push({
      name: `tick of 10 services including the hot one (${fmtDocs(hot.hotDocs)} requests) ÷ 10 ordinary ones, same indices and run`,
      measured: `${hot.hotVsOrdinary} (${hot.hot10.medianMs} ÷ ${hot.ordinary.medianMs} ms)`,
      goal: '≤ 1.5',
      met: hot.hotVsOrdinary <= 1.5,
    });
  }
  if (r.slack) {
    const s = r.slack;
    out.push({ name: 'slash-command ack p99, triages in flight', measured: `${s.ackP99Ms} ms`, goal: '< 50 ms', met: s.ackP99Ms < 50 && s.failedAcks === 0 });
    const growth = round(s.memoryAfter.rssMb - s.memoryIdle.rssMb, 1);
    const half = s.memorySeries[Math.floor(s.memorySeries.length / 2) - 1] ?? s.memoryIdle;
    const lateGrowth = round(s.memoryAfter.rssMb - half.rssMb, 1);
    const heapGrowth = round(s.memoryAfter.heapUsedMb - s.memoryIdle.heapUsedMb, 1);
    const sign = (n: number): string => `${n >= 0 ? '+' : ''}${n}`;
    out.push({
      name: `bot RSS at rest → after ${s.commands.toLocaleString('en-US')} triages (heap used after GC)`,
      measured: `${s.memoryIdle.rssMb} → ${s.memoryAfter.rssMb} MB (${sign(growth)}; last ${s.commands - half.after}: ${sign(lateGrowth)}); heap ${sign(heapGrowth)} MB`,
      goal: `no growth beyond noise: heap < ${NOISE_MB} MB, RSS flat (< ${NOISE_MB} MB) over the last half`,
      met: heapGrowth < NOISE_MB && lateGrowth < NOISE_MB,
    });
  }
  if (r.ask) {
    out.push({
      name: `ask on huge and adversarial questions, 10× the text ÷ 1× (worst of ${r.ask.inputs.length}; it reads the first ${r.ask.readChars.toLocaleString('en-US')} characters)`,
      measured: `${r.ask.worstGrowth} (slowest ${r.ask.worstMs} ms)`,
      goal: '≤ 3 (bounded)',
      met: r.ask.worstGrowth <= 3,
    });
    out.push({
      name: `ask within what it reads: its first ${r.ask.readChars.toLocaleString('en-US')} characters ÷ a tenth of them (worst of ${r.ask.inputs.length})`,
      measured: `${r.ask.worstReadGrowth}`,
      goal: '≤ 12 (linear or better)',
      met: r.ask.worstReadGrowth <= 12,
    });
  }
  return out;
}

function row(cells: ReadonlyArray<string | number>): string {
  return `| ${cells.join(' | ')} |`;
}

function hotTable(h: HotBenchResult): string {
  const lines = [
    row(['hot service', 'its docs', 'hits', 'triage median / p95 ms', 'first, no count kept', 'exact (unsampled), once', 'ordinary service median / p95 ms', 'ratio', 'round trips', 'sampled at', 'top cause (exact)']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---', '---']),
    row([
      `${h.status} ${h.service} ${h.window} (\`${h.index}\`)`,
      fmtDocs(h.serviceDocs),
      h.total.toLocaleString('en-US'),
      `${h.hotMedianMs} / ${h.hotP95Ms}`,
      `${h.firstMs} ms`,
      `${h.exactMs} ms`,
      `${h.ordinaryMedianMs} / ${h.ordinaryP95Ms} (${h.ordinaryService})`,
      h.ratio,
      h.requests,
      h.probabilities.join(', ') || '—',
      `${h.topCause ?? '—'} (${h.exactTopCause ?? '—'})`,
    ]),
  ];
  return lines.join('\n');
}

/** The Markdown tables the console shows and the README keeps. */
export function renderTables(r: BenchReport): string {
  const m = r.machine;
  const lines: string[] = [];
  lines.push(`Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB RAM, ${m.os}, Node ${m.node}; ${m.elasticsearch} on the same machine. Whole run: ${Math.round(r.seconds)} s.`);
  lines.push('');
  lines.push(row(['data set', 'documents', 'services', 'days', 'load', 'force merge']));
  lines.push(row(['---', '---:', '---:', '---:', '---:', '---:']));
  for (const d of r.datasets) {
    lines.push(row([`\`${d.spec.index}\``, d.count.toLocaleString('en-US'), d.spec.services, d.spec.days, `${d.loadSeconds} s${d.reused ? ' (earlier run, reused)' : ''}`, `${d.mergeSeconds} s`]));
  }
  lines.push('');
  lines.push(row(['goal', 'measured', 'target', '']));
  lines.push(row(['---', '---', '---', '---']));
  for (const g of goals(r)) lines.push(row([g.name, g.measured, g.goal, g.met ? 'met' : '**missed**']));

  if (r.triage) {
    lines.push('');
    lines.push(row(['triage case', 'docs', 'hits', 'triage median / p95 ms', 'floor median / p95 ms', 'ratio', 'round trips', 'top cause']));
    lines.push(row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---']));
    for (const t of [r.triage.main, r.triage.small]) {
      for (const c of t.cases) {
        lines.push(
          row([`${c.status} ${c.service} ${c.window} (${c.label})`, fmtDocs(t.docs), c.total.toLocaleString('en-US'), `${c.triageMedianMs} / ${c.triageP95Ms}`, `${c.floorMedianMs} / ${c.floorP95Ms}`, c.ratio, c.requests, c.topCause ?? '—']),
        );
      }
      lines.push(row([`**all cases, ${fmtDocs(t.docs)} docs**`, '', '', `${t.triageMedianMs} / ${t.triageP95Ms}`, `${t.floorMedianMs} / ${t.floorP95Ms}`, `${t.ratio} (p95 ${t.ratioP95})`, t.maxRequests, '']));
    }
    lines.push('');
    lines.push(hotTable(r.triage.hot));
  }

  if (r.watch) {
    lines.push('');
    lines.push(row(['watcher tick', 'watched (with logs)', 'requests / tick', 'first tick', 'median ms', 'p95 ms', 'spikes']));
    lines.push(row(['---', '---:', '---:', '---:', '---:', '---:', '---:']));
    for (const w of [r.watch.watch, r.watch.main]) {
      for (const s of w.sizes) {
        lines.push(row([`\`${w.index}\` (${fmtDocs(w.docs)} docs, ${w.services} services)`, `${s.watched} (${s.withLogs})`, s.requests, s.firstTickRequests, s.medianMs, s.p95Ms, s.spikes]));
      }
    }
    lines.push('');
    lines.push(hotTickTable(r.watch.hot));
  }

  if (r.slack) {
    const s = r.slack;
    lines.push('');
    lines.push(row(['Slack (the bot in its own process, HTTP mode)', 'median', 'p95', 'p99', 'max']));
    lines.push(row(['---', '---:', '---:', '---:', '---:']));
    lines.push(row(['ack of `help`, nothing in flight (ms)', s.ackIdleMedianMs, '', s.ackIdleP99Ms, '']));
    lines.push(
      row([`ack of a triage command, up to ${s.inFlightTarget} in flight (ms; ${round(s.ackWithTriageInFlight * 100, 1)} % sent while a triage ran)`, s.ackMedianMs, s.ackP95Ms, s.ackP99Ms, s.ackMaxMs]),
    );
    lines.push(row([`command → answer posted (ms; ${s.triagesPerSecond} triages/s)`, s.answerMedianMs, s.answerP95Ms, '', '']));
    lines.push(row(['bot event-loop delay during the triages (ms)', s.loopDelay.p50Ms, '', s.loopDelay.p99Ms, s.loopDelay.maxMs]));
    lines.push('');
    lines.push(row(['bot memory, at rest after forced GC', 'RSS MB', 'heap used MB']));
    lines.push(row(['---', '---:', '---:']));
    lines.push(row(['started, no request yet', s.memoryStart.rssMb, s.memoryStart.heapUsedMb]));
    lines.push(row(['after 50 warm-up triages', s.memoryIdle.rssMb, s.memoryIdle.heapUsedMb]));
    for (const reading of s.memorySeries) lines.push(row([`after ${reading.after.toLocaleString('en-US')} more triages`, reading.rssMb, reading.heapUsedMb]));
  }
  if (r.ask) {
    lines.push('');
    const read = r.ask.readChars.toLocaleString('en-US');
    lines.push(row(['ask, huge or adversarial question', 'characters', 'median ms', 'a tenth of it, ms', 'growth', `first ${read} chars, ms`, 'a tenth of those, ms', 'growth']));
    lines.push(row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
    for (const i of r.ask.inputs) lines.push(row([i.name, i.chars.toLocaleString('en-US'), i.medianMs, i.tenthMedianMs, i.growth, i.readMedianMs, i.readTenthMedianMs, i.readGrowth]));
  }
  return lines.join('\n');
}

/** The figures for bench/results.json: the names the issue asks for at the top, the detail below. */
export function resultsJson(r: BenchReport, options: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = { generated_at: new Date().toISOString() };
  if (r.triage) {
    out.triage_ratio = r.triage.main.ratio;
    out.triage_ratio_small = r.triage.small.ratio;
    out.triage_requests = Math.max(r.triage.main.maxRequests, r.triage.small.maxRequests, r.triage.hot.requests);
    out.hot_docs = r.triage.hot.serviceDocs;
    out.hot_triage_ms = r.triage.hot.hotMedianMs;
    out.hot_triage_first_ms = r.triage.hot.firstMs;
    out.hot_triage_ratio = r.triage.hot.ratio;
    out.hot_top_cause_agrees = r.triage.hot.topCauseAgrees;
    out.hot_requests = r.triage.hot.requests;
  }
  if (r.watch) {
    out.tick_requests = Object.fromEntries(r.watch.watch.sizes.map((s) => [String(s.watched), s.requests]));
    out.tick_ratio_1000_vs_10 = tickRatio(r.watch.watch);
    out.tick_ratio_1000_vs_10_hot = r.watch.hot.ratio1000vs10;
    out.tick_hot_ms = r.watch.hot.hot10.medianMs;
    out.tick_hot_ordinary_ms = r.watch.hot.ordinary.medianMs;
    out.tick_hot_ratio = r.watch.hot.hotVsOrdinary;
    out.tick_hot_first_ms = r.watch.hot.hot10.firstTickMs;
  }
  if (r.slack) {
    out.ack_p99_ms = r.slack.ackP99Ms;
    out.rss_mb_idle = r.slack.memoryIdle.rssMb;
    out.rss_mb_after = r.slack.memoryAfter.rssMb;
  }
  if (r.ask) {
    out.ask_adversarial_growth = r.ask.worstGrowth;
    out.ask_adversarial_worst_ms = r.ask.worstMs;
    out.ask_growth_within_read = r.ask.worstReadGrowth;
  }
  out.goals = goals(r);
  out.machine = r.machine;
  out.documents = Object.fromEntries(r.datasets.map((d) => [d.spec.key, d.count]));
  out.datasets = r.datasets.map((d) => ({
    index: d.spec.index,
    documents: d.count,
    services: d.spec.services,
    days: d.spec.days,
    incidents: d.spec.incidents,
    load_seconds: d.loadSeconds,
    merge_seconds: d.mergeSeconds,
    reused: d.reused,
  }));
  if (r.triage) {
    out.triage_median_ms = r.triage.main.triageMedianMs;
    out.triage_p95_ms = r.triage.main.triageP95Ms;
    out.floor_median_ms = r.triage.main.floorMedianMs;
    out.floor_p95_ms = r.triage.main.floorP95Ms;
    out.triage = r.triage.main;
    out.triage_small = r.triage.small;
    out.triage_hot = r.triage.hot;
  }
  if (r.watch) {
    out.tick_ms = Object.fromEntries(r.watch.watch.sizes.map((s) => [String(s.watched), { median: s.medianMs, p95: s.p95Ms }]));
    out.watch = r.watch.watch;
    out.watch_main_index = r.watch.main;
    out.watch_hot = r.watch.hot;
  }
  if (r.slack) {
    out.rss_mb_start = r.slack.memoryStart.rssMb;
    out.heap_mb_idle = r.slack.memoryIdle.heapUsedMb;
    out.heap_mb_after = r.slack.memoryAfter.heapUsedMb;
    out.slack = r.slack;
  }
  out.run_seconds = Math.round(r.seconds);
  out.options = options;
  return out;
}
