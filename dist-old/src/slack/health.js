"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.healthReport = healthReport;
exports.healthRoutes = healthRoutes;
const logging_1 = require("../logging");
const registry_1 = require("./registry");
const timeout_1 = require("../timeout");
function within(work, timeoutMs, onTimeout) {
    return (0, timeout_1.withTimeout)(work(), timeoutMs, onTimeout);
}
async function healthReport(deps) {
    const timeoutMs = deps.timeoutMs ?? 3000;
    const unreachable = (detail) => ({ reachable: false, detail });
    const check = deps.health;
    const [slack, elasticsearch] = await Promise.all([
        within(() => deps.checkSlack().catch((e) => unreachable(message(e))), timeoutMs, unreachable(`no answer within ${timeoutMs} ms`)),
        check
            ? within(() => check().then((h) => h.elasticsearch).catch((e) => unreachable(message(e))), timeoutMs, unreachable(`no answer within ${timeoutMs} ms`))
            : Promise.resolve({ reachable: null, detail: 'not checked by this process' }),
    ]);
    const ok = slack.reachable && elasticsearch.reachable !== false;
    return { status: ok ? 'ok' : 'degraded', mode: deps.mode, slack, elasticsearch, inFlight: deps.inFlight(), checkedAt: deps.now().toISOString() };
}
/** Error text can quote URLs with credentials; scrubbed before it leaves the process. */
function message(error) {
    return (0, logging_1.scrubSecrets)(error instanceof Error ? error.message : String(error));
}
function sendJson(res, status, body) {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
}
/**
 * `GET /healthz`: 200 when Slack and Elasticsearch answer, 503 (same JSON) when either does not — for
 * readiness checks and dashboards. `GET /livez`: 200 while the process serves — for liveness probes, which
 * must not restart the bot because Elasticsearch is down (it still answers, with a clear error).
 */
function healthRoutes(deps) {
    return [
        {
            path: registry_1.HEALTH_PATH,
            method: ['GET'],
            handler: (_req, res) => {
                healthReport(deps).then((report) => sendJson(res, report.status === 'ok' ? 200 : 503, report), (error) => sendJson(res, 503, { status: 'degraded', detail: message(error) }));
            },
        },
        {
            path: registry_1.LIVENESS_PATH,
            method: ['GET'],
            handler: (_req, res) => sendJson(res, 200, { status: 'ok' }),
        },
    ];
}
//# sourceMappingURL=health.js.map