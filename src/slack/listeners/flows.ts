import { randomUUID } from 'node:crypto';
import type { Config } from '../../config';
import type { TriageResult } from '../../domain/types';
import { AppError, describeError, ErrorCode } from '../../errors';
import type { Logger } from '../../logging';
import type { CheckService } from '../../services/check';
import type { AskService, TriageRequest, TriageService } from '../../services/types';
import type { Watcher } from '../../services/watch';
import type { Requester } from '../access';
import type { AlertWeb } from '../alerts/web';
import { renderAnswer, renderCheck, renderError, renderSamples, renderTriage } from '../blocks';
import { describeQuery } from '../blocks/common';
import type { EventDeduper } from '../dedupe';
import type { Delivery, ReplyTarget, Visibility } from '../delivery';
import type { ResponseUrlBudget } from '../responseUrls';
import type { WorkTracker } from '../work';
import { withTimeout } from '../../timeout';

/** Everything the listeners need, built once in `createSlackApp` and passed in (tests pass their own). */
export interface ListenerDeps {
  config: Config;
  /** The `slack` child logger. */
  logger: Logger;
  triage: TriageService;
  ask: AskService;
  /** `check`: do the logs fit? Without it (tests of other flows) the command says it is not available. */
  check?: CheckService | undefined;
  now: () => Date;
  delivery: Delivery;
  budget: ResponseUrlBudget;
  dedupe: EventDeduper;
  work: WorkTracker;
  /**
   * After this long without a triage result the person gets a clear message; a result that still arrives
   * is posted afterwards, marked late.
   */
  triageDeadlineMs: number;
  /**
   * The spike watcher, when this process runs one (`serve` with WATCH_SERVICES and ALERT_CHANNEL): the alert
   * buttons and the alerts / mute / unmute commands act through it. Without it they say the alerts are off.
   */
  watcher?: Watcher | undefined;
  /** Edits alert messages (acknowledged) and posts notes in their threads (muted). */
  alertWeb: AlertWeb;
}

export type Source = 'command' | 'mention' | 'direct_message' | 'button';

export interface Job {
  source: Source;
  requester: Requester & { teamId?: string | undefined };
  target: ReplyTarget;
  /** Failures go to the asker alone for commands and buttons, into the thread for mentions and DMs. */
  errorVisibility: Visibility;
}

/** Who asked, where and what: the fields every triage log line carries. */
export function audit(job: Job, extra: Record<string, unknown>): Record<string, unknown> {
  return {
    source: job.source,
    user: job.requester.userId,
    channel: job.requester.channelId,
    ...(job.requester.channelName ? { channelName: job.requester.channelName } : {}),
    ...(job.requester.teamId ? { team: job.requester.teamId } : {}),
    ...extra,
  };
}

type Raced<T> = { kind: 'done'; value: T } | { kind: 'failed'; error: unknown } | { kind: 'late' };

function race<T>(work: Promise<T>, ms: number): Promise<Raced<T>> {
  const settled = work.then(
    (value): Raced<T> => ({ kind: 'done', value }),
    (error: unknown): Raced<T> => ({ kind: 'failed', error }),
  );
  return withTimeout(settled, ms, { kind: 'late' } as const);
}

/** Runs a triage and delivers the answer (or one plain sentence about what went wrong). Never throws. */
export async function runTriage(deps: ListenerDeps, job: Job, request: TriageRequest): Promise<void> {
  const requestId = randomUUID();
  const log = deps.logger.child({ requestId });
  const started = Date.now();
  log.info(audit(job, { query: { status: request.status, service: request.service, window: request.window, environment: request.environment } }), 'triage requested');

  const render = (result: TriageResult, late: boolean) =>
    renderTriage(result, {
      request,
      kibanaUrl: deps.config.kibanaUrl,
      fields: deps.config.fields,
      requestedBy: job.requester.userId,
      late,
    });

  const work = deps.triage.triage(request);
  const outcome = await race(work, deps.triageDeadlineMs);
  if (outcome.kind === 'done') {
    const result = outcome.value;
    log.info(
      audit(job, {
        durationMs: Date.now() - started,
        total: result.total,
        partial: result.partial,
        causes: result.causes.slice(0, 3).map((c) => c.id),
        elasticsearchRequests: result.elasticsearchRequests,
      }),
      'triage answered',
    );
    const via = await deps.delivery.reply(job.target, render(result, false), 'in_channel');
    log.info({ via }, 'triage answer delivered');
    return;
  }
  if (outcome.kind === 'failed') {
    log.warn(audit(job, { err: outcome.error, durationMs: Date.now() - started }), 'triage failed');
    await deps.delivery.reply(job.target, renderError(describeError(outcome.error), `While looking at ${describeQuery(request)}.`), job.errorVisibility);
    return;
  }

  const seconds = Math.round(deps.triageDeadlineMs / 1000);
  log.warn(audit(job, { durationMs: Date.now() - started }), 'triage passed its deadline');
  const timeout = new AppError(ErrorCode.ElasticsearchTimeout, `the triage did not finish within ${seconds} s; Elasticsearch is slow or unreachable`, {
    hint: 'I will still post the answer here if it arrives; otherwise try again, or a shorter window',
  });
  await deps.delivery.reply(job.target, renderError(describeError(timeout), `While looking at ${describeQuery(request)}.`), job.errorVisibility);
  // The late answer is still worth having; the delivery falls back to chat.postMessage if the URL expired.
  await work.then(
    async (result) => {
      log.info(audit(job, { durationMs: Date.now() - started, total: result.total }), 'late triage answered');
      await deps.delivery.reply(job.target, render(result, true), 'in_channel');
    },
    (error: unknown) => log.warn(audit(job, { err: error }), 'late triage failed; the timeout message stands'),
  );
}

/** Answers a "403 or 404?" question. Never throws. */
export async function answerQuestion(deps: ListenerDeps, job: Job, question: string, hint?: string): Promise<void> {
  const log = deps.logger.child({ requestId: randomUUID() });
  // The question itself is not logged: people paste anything into questions, including secrets.
  log.info(audit(job, { questionLength: question.length }), 'question asked');
  try {
    const result = deps.ask.ask(question);
    log.info(audit(job, { verdict: result.verdict, sources: result.sources.length }), 'question answered');
    await deps.delivery.reply(job.target, renderAnswer(question, result, { askedBy: job.requester.userId, hint }), 'in_channel');
  } catch (error) {
    log.warn(audit(job, { err: error }), 'question failed');
    await deps.delivery.reply(job.target, renderError(describeError(error), 'While answering your question.'), job.errorVisibility);
  }
}

/** Posts masked sample requests for a triage, to the person who asked only. Never throws. */
export async function showSamples(deps: ListenerDeps, job: Job, request: TriageRequest, size = 10): Promise<void> {
  const log = deps.logger.child({ requestId: randomUUID() });
  log.info(audit(job, { query: { status: request.status, service: request.service, window: request.window, environment: request.environment } }), 'samples requested');
  const outcome = await race(deps.triage.samples(request, size), deps.triageDeadlineMs);
  if (outcome.kind === 'done') {
    await deps.delivery.reply(job.target, renderSamples(request, outcome.value), 'ephemeral');
    return;
  }
  const error =
    outcome.kind === 'failed'
      ? outcome.error
      : new AppError(ErrorCode.ElasticsearchTimeout, `the sample requests did not arrive within ${Math.round(deps.triageDeadlineMs / 1000)} s`, {
          hint: 'try again in a minute',
        });
  log.warn(audit(job, { err: error }), 'samples failed');
  await deps.delivery.reply(job.target, renderError(describeError(error), `While fetching sample requests for ${describeQuery(request)}.`), 'ephemeral');
}

/** `/status-triage check`: the logs' fitness, for the asker only. */
export async function checkLogs(deps: ListenerDeps, job: Job): Promise<void> {
  const log = deps.logger.child({ requestId: randomUUID() });
  log.info(audit(job, {}), 'check requested');
  if (!deps.check) {
    await deps.delivery.reply(job.target, renderError('check is not available in this app.'), 'ephemeral');
    return;
  }
  try {
    await deps.delivery.reply(job.target, renderCheck(await deps.check.check()), 'ephemeral');
  } catch (error) {
    log.warn(audit(job, { err: error }), 'check failed');
    await deps.delivery.reply(job.target, renderError(describeError(error), 'While checking the logs.'), 'ephemeral');
  }
}
