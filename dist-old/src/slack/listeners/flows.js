"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.audit = audit;
exports.runTriage = runTriage;
exports.answerQuestion = answerQuestion;
exports.showSamples = showSamples;
exports.checkLogs = checkLogs;
const node_crypto_1 = require("node:crypto");
const errors_1 = require("../../errors");
const blocks_1 = require("../blocks");
const common_1 = require("../blocks/common");
const timeout_1 = require("../../timeout");
/** Who asked, where and what: the fields every triage log line carries. */
function audit(job, extra) {
    return {
        source: job.source,
        user: job.requester.userId,
        channel: job.requester.channelId,
        ...(job.requester.channelName ? { channelName: job.requester.channelName } : {}),
        ...(job.requester.teamId ? { team: job.requester.teamId } : {}),
        ...extra,
    };
}
function race(work, ms) {
    const settled = work.then((value) => ({ kind: 'done', value }), (error) => ({ kind: 'failed', error }));
    return (0, timeout_1.withTimeout)(settled, ms, { kind: 'late' });
}
/** Runs a triage and delivers the answer (or one plain sentence about what went wrong). Never throws. */
async function runTriage(deps, job, request) {
    const requestId = (0, node_crypto_1.randomUUID)();
    const log = deps.logger.child({ requestId });
    const started = Date.now();
    log.info(audit(job, { query: { status: request.status, service: request.service, window: request.window, environment: request.environment } }), 'triage requested');
    const render = (result, late) => (0, blocks_1.renderTriage)(result, {
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
        log.info(audit(job, {
            durationMs: Date.now() - started,
            total: result.total,
            partial: result.partial,
            causes: result.causes.slice(0, 3).map((c) => c.id),
            elasticsearchRequests: result.elasticsearchRequests,
        }), 'triage answered');
        const via = await deps.delivery.reply(job.target, render(result, false), 'in_channel');
        log.info({ via }, 'triage answer delivered');
        return;
    }
    if (outcome.kind === 'failed') {
        log.warn(audit(job, { err: outcome.error, durationMs: Date.now() - started }), 'triage failed');
        await deps.delivery.reply(job.target, (0, blocks_1.renderError)((0, errors_1.describeError)(outcome.error), `While looking at ${(0, common_1.describeQuery)(request)}.`), job.errorVisibility);
        return;
    }
    const seconds = Math.round(deps.triageDeadlineMs / 1000);
    log.warn(audit(job, { durationMs: Date.now() - started }), 'triage passed its deadline');
    const timeout = new errors_1.AppError(errors_1.ErrorCode.ElasticsearchTimeout, `the triage did not finish within ${seconds} s; Elasticsearch is slow or unreachable`, {
        hint: 'I will still post the answer here if it arrives; otherwise try again, or a shorter window',
    });
    await deps.delivery.reply(job.target, (0, blocks_1.renderError)((0, errors_1.describeError)(timeout), `While looking at ${(0, common_1.describeQuery)(request)}.`), job.errorVisibility);
    // The late answer is still worth having; the delivery falls back to chat.postMessage if the URL expired.
    await work.then(async (result) => {
        log.info(audit(job, { durationMs: Date.now() - started, total: result.total }), 'late triage answered');
        await deps.delivery.reply(job.target, render(result, true), 'in_channel');
    }, (error) => log.warn(audit(job, { err: error }), 'late triage failed; the timeout message stands'));
}
/** Answers a "403 or 404?" question. Never throws. */
async function answerQuestion(deps, job, question, hint) {
    const log = deps.logger.child({ requestId: (0, node_crypto_1.randomUUID)() });
    // The question itself is not logged: people paste anything into questions, including secrets.
    log.info(audit(job, { questionLength: question.length }), 'question asked');
    try {
        const result = deps.ask.ask(question);
        log.info(audit(job, { verdict: result.verdict, sources: result.sources.length }), 'question answered');
        await deps.delivery.reply(job.target, (0, blocks_1.renderAnswer)(question, result, { askedBy: job.requester.userId, hint }), 'in_channel');
    }
    catch (error) {
        log.warn(audit(job, { err: error }), 'question failed');
        await deps.delivery.reply(job.target, (0, blocks_1.renderError)((0, errors_1.describeError)(error), 'While answering your question.'), job.errorVisibility);
    }
}
/** Posts masked sample requests for a triage, to the person who asked only. Never throws. */
async function showSamples(deps, job, request, size = 10) {
    const log = deps.logger.child({ requestId: (0, node_crypto_1.randomUUID)() });
    log.info(audit(job, { query: { status: request.status, service: request.service, window: request.window, environment: request.environment } }), 'samples requested');
    const outcome = await race(deps.triage.samples(request, size), deps.triageDeadlineMs);
    if (outcome.kind === 'done') {
        await deps.delivery.reply(job.target, (0, blocks_1.renderSamples)(request, outcome.value), 'ephemeral');
        return;
    }
    const error = outcome.kind === 'failed'
        ? outcome.error
        : new errors_1.AppError(errors_1.ErrorCode.ElasticsearchTimeout, `the sample requests did not arrive within ${Math.round(deps.triageDeadlineMs / 1000)} s`, {
            hint: 'try again in a minute',
        });
    log.warn(audit(job, { err: error }), 'samples failed');
    await deps.delivery.reply(job.target, (0, blocks_1.renderError)((0, errors_1.describeError)(error), `While fetching sample requests for ${(0, common_1.describeQuery)(request)}.`), 'ephemeral');
}
/** `/status-triage check`: the logs' fitness, for the asker only. */
async function checkLogs(deps, job) {
    const log = deps.logger.child({ requestId: (0, node_crypto_1.randomUUID)() });
    log.info(audit(job, {}), 'check requested');
    if (!deps.check) {
        await deps.delivery.reply(job.target, (0, blocks_1.renderError)('check is not available in this app.'), 'ephemeral');
        return;
    }
    try {
        await deps.delivery.reply(job.target, (0, blocks_1.renderCheck)(await deps.check.check()), 'ephemeral');
    }
    catch (error) {
        log.warn(audit(job, { err: error }), 'check failed');
        await deps.delivery.reply(job.target, (0, blocks_1.renderError)((0, errors_1.describeError)(error), 'While checking the logs.'), 'ephemeral');
    }
}
//# sourceMappingURL=flows.js.map