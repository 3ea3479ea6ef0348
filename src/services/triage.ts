import type { Client } from '@elastic/elasticsearch';
import type { Config } from '../config';
import { classify } from '../domain/causes';
import type { Evidence } from '../domain/evidence';
import { decisionRule } from '../domain/guidance/decisionRule';
import { suggestNames } from '../domain/suggest';
import type { TriageResult } from '../domain/types';
import { parseWindow } from '../domain/window';
import { AppError, ErrorCode } from '../errors';
import { safeLocation } from '../elasticsearch/errors';
import { trackAnswers } from '../elasticsearch/lastAnswer';
import { aggsOf, bucketKey, buckets } from '../elasticsearch/responses';
import { msearch, ReaderDeps, readEvidence } from '../elasticsearch/triageReader';
import { samplesSearch, servicesSearch, TriageScope } from '../elasticsearch/triageQueries';
import type { Logger } from '../logging';
import type { SampleRequest, TriageRequest, TriageService } from './types';

export interface TriageServiceDeps {
  client: Client;
  config: Config;
  logger: Logger;
  /** The clock; tests and `--at` replay pass their own. */
  now?: () => Date;
}

/** Turns evidence and its classification into the contract's answer. Pure. */
export function buildResult(evidence: Evidence, requests: number, knownServices: string[] | null): TriageResult {
  const { causes, notes, missingFields } = classify(evidence);
  let serviceKnown: boolean | null = null;
  let suggestions: string[] = [];
  if (evidence.total === 0 && knownServices !== null) {
    serviceKnown = knownServices.includes(evidence.query.service);
    suggestions = serviceKnown ? [] : suggestNames(evidence.query.service, knownServices);
  }
  return {
    status: evidence.query.status,
    service: evidence.query.service,
    environment: evidence.query.environment,
    window: { from: evidence.query.from, to: evidence.query.to },
    total: evidence.total,
    baseline: { expected: evidence.baseline.expected, ratio: evidence.baseline.ratio },
    series: evidence.series,
    causes,
    decisionRule: decisionRule(evidence.query.status, causes.map((c) => c.id)),
    elasticsearchRequests: requests,
    notes,
    missingFields,
    partial: evidence.partial,
    serviceKnown,
    suggestions,
  };
}

function pick(source: Record<string, unknown>, field: string): unknown {
  if (field in source) return source[field];
  // Documents may nest ECS objects instead of using dotted keys.
  return field.split('.').reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), source);
}

function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return Array.isArray(value) ? value.map(String).join(', ') : String(value);
}

export function createTriageService(deps: TriageServiceDeps): TriageService {
  const { client, config } = deps;
  const now = deps.now ?? (() => new Date());
  const log = deps.logger.child({ subsystem: 'triage' });
  // "The last successful query was …" in failure messages needs to know when answers came.
  trackAnswers(client);
  const reader: ReaderDeps = {
    client,
    index: config.elasticsearch.index,
    location: config.elasticsearch.cloudId ? 'Elastic Cloud' : safeLocation(config.elasticsearch.url),
    timeoutMs: config.elasticsearch.timeoutMs,
    tenantPathPattern: new RegExp(config.tenantPathPattern),
  };

  function scopeOf(request: TriageRequest): TriageScope {
    const windowMs = parseWindow(request.window);
    if (windowMs === null) throw new AppError(ErrorCode.BadInput, `unknown window "${request.window}"`, { hint: 'use 15m, 1h, 6h, 24h or 7d' });
    const to = (request.at ?? now()).getTime();
    return { status: request.status, service: request.service, environment: request.environment, from: to - windowMs, to, fields: config.fields };
  }

  return {
    async triage(request) {
      const started = Date.now();
      const scope = scopeOf(request);
      const read = await readEvidence(reader, scope);
      const result = buildResult(read.evidence, read.requests, read.knownServices);
      log.info(
        { status: request.status, service: request.service, window: request.window, env: request.environment, total: result.total, causes: result.causes.map((c) => c.id), ms: Date.now() - started, requests: read.requests },
        'triage done',
      );
      return result;
    },

    async samples(request, size = 5) {
      const [response] = await msearch(reader, [samplesSearch(scopeOf(request), Math.min(Math.max(size, 1), 20))]);
      const f = config.fields;
      return (response?.hits.hits ?? []).map((hit): SampleRequest => {
        const source = hit._source ?? {};
        return {
          timestamp: text(pick(source, f.time)) ?? '',
          method: text(pick(source, f.method)),
          path: text(pick(source, f.path)),
          status: Number(pick(source, f.status)),
          user: text(pick(source, f.user)),
          clientIp: text(pick(source, f.clientIp)),
          userAgent: text(pick(source, f.userAgent)),
          reason: text(pick(source, f.reason)),
        };
      });
    },

    async knownServices(days = 7) {
      const [response] = await msearch(reader, [servicesSearch(config.fields, now().getTime(), days)]);
      return response ? buckets(aggsOf(response), 'services').map(bucketKey) : [];
    },
  };
}
