import type { ServerResponse } from 'node:http';
import type { CustomRoute } from '@slack/bolt';
import { scrubSecrets } from '../logging';
import { HEALTH_PATH, LIVENESS_PATH } from './registry';
import { withTimeout } from '../timeout';

export interface Reachability {
  reachable: boolean;
  detail?: string;
  latencyMs?: number;
}

/** What the rest of the product reports about Elasticsearch (the Slack app does not talk to it itself). */
export type HealthCheck = () => Promise<{ elasticsearch: Reachability }>;

export interface HealthReport {
  status: 'ok' | 'degraded';
  mode: 'http' | 'socket';
  slack: Reachability;
  elasticsearch: Reachability | { reachable: null; detail: string };
  inFlight: number;
  checkedAt: string;
}

export interface HealthDeps {
  mode: 'http' | 'socket';
  checkSlack: () => Promise<Reachability>;
  health?: HealthCheck | undefined;
  inFlight: () => number;
  now: () => Date;
  /** Each probe gets this long; a hung dependency must not hang the health endpoint. */
  timeoutMs?: number;
}

function within<T>(work: () => Promise<T>, timeoutMs: number, onTimeout: T): Promise<T> {
  return withTimeout(work(), timeoutMs, onTimeout);
}

export async function healthReport(deps: HealthDeps): Promise<HealthReport> {
  const timeoutMs = deps.timeoutMs ?? 3000;
  const unreachable = (detail: string): Reachability => ({ reachable: false, detail });
  const check = deps.health;
  const [slack, elasticsearch] = await Promise.all([
    within(() => deps.checkSlack().catch((e: unknown) => unreachable(message(e))), timeoutMs, unreachable(`no answer within ${timeoutMs} ms`)),
    check
      ? within(
          () => check().then((h) => h.elasticsearch).catch((e: unknown) => unreachable(message(e))),
          timeoutMs,
          unreachable(`no answer within ${timeoutMs} ms`),
        )
      : Promise.resolve({ reachable: null, detail: 'not checked by this process' } as const),
  ]);
  const ok = slack.reachable && elasticsearch.reachable !== false;
  return { status: ok ? 'ok' : 'degraded', mode: deps.mode, slack, elasticsearch, inFlight: deps.inFlight(), checkedAt: deps.now().toISOString() };
}

/** Error text can quote URLs with credentials; scrubbed before it leaves the process. */
function message(error: unknown): string {
  return scrubSecrets(error instanceof Error ? error.message : String(error));
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/**
 * `GET /healthz`: 200 when Slack and Elasticsearch answer, 503 (same JSON) when either does not — for
 * readiness checks and dashboards. `GET /livez`: 200 while the process serves — for liveness probes, which
 * must not restart the bot because Elasticsearch is down (it still answers, with a clear error).
 */
export function healthRoutes(deps: HealthDeps): CustomRoute[] {
  return [
    {
      path: HEALTH_PATH,
      method: ['GET'],
      handler: (_req, res) => {
        healthReport(deps).then(
          (report) => sendJson(res, report.status === 'ok' ? 200 : 503, report),
          (error: unknown) => sendJson(res, 503, { status: 'degraded', detail: message(error) }),
        );
      },
    },
    {
      path: LIVENESS_PATH,
      method: ['GET'],
      handler: (_req, res) => sendJson(res, 200, { status: 'ok' }),
    },
  ];
}
