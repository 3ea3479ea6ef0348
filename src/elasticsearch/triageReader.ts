import type { Client } from '@elastic/elasticsearch';
import { expectedCount, spikeRatio } from '../domain/baseline';
import {
  EVIDENCE_ROLES,
  Evidence,
  EvidenceRole,
  FieldEvidence,
  PathEvidence,
  RepeatEvidence,
  TenantPair,
  UserEvidence,
  VersionEvidence,
} from '../domain/evidence';
import { routeTemplate, tenantFromPath } from '../domain/routes';
import type { TermCount } from '../domain/types';
import { elasticsearchError, isConnectionClosed } from './errors';
import { lastAnswerAt } from './lastAnswer';
import {
  Aggs,
  aggsOf,
  bucketKey,
  buckets,
  child,
  docCount,
  isPartial,
  keyedChildren,
  keyedCounts,
  metric,
  msearchItems,
  SearchResponse,
  totalHits,
} from './responses';
import {
  baselineSearch,
  HISTORY_IPS,
  historyTemplates,
  ipHistorySearch,
  pathHistorySearch,
  requestsSearch,
  SearchBody,
  seriesInterval,
  servicesSearch,
  SUCCESS_ROLES,
  TriageScope,
  userHistorySearch,
  versionsSearch,
  windowSearch,
} from './triageQueries';

export interface ReaderDeps {
  client: Client;
  index: string;
  /** For error messages: where the cluster is (no credentials). */
  location: string;
  timeoutMs: number;
  tenantPathPattern: RegExp;
}

export interface EvidenceRead {
  evidence: Evidence;
  /** Round trips made (each msearch is one). */
  requests: number;
  /** When the window had nothing: services with logs lately (for "did you mean"). */
  knownServices: string[] | null;
}

/** One round trip: several searches in one `_msearch`. */
export async function msearch(deps: ReaderDeps, bodies: SearchBody[]): Promise<SearchResponse[]> {
  const searches = bodies.flatMap((body) => [{ index: deps.index, ignore_unavailable: true, allow_no_indices: true }, body]);
  const started = Date.now();
  let raw: unknown;
  const left = (): number => deps.timeoutMs - (Date.now() - started);
  for (let attempt = 1; ; attempt++) {
    try {
      raw = await deps.client.msearch({ searches }, { requestTimeout: attempt === 1 ? deps.timeoutMs : left(), maxRetries: 0 });
      break;
    } catch (error) {
      // A kept-alive connection that the server or a proxy closed fails the next request at once. A
      // search is a read, so one immediate retry (on a fresh connection, within the same time budget)
      // is safe; the client's own retry would first sleep one to two seconds.
      if (attempt === 1 && isConnectionClosed(error) && left() > 100) continue;
      throw elasticsearchError(error, deps.location, deps.timeoutMs, { lastAnswer: lastAnswerAt(deps.client) });
    }
  }
  return msearchItems(raw, bodies.length);
}

function termCounts(list: ReturnType<typeof buckets>): TermCount[] {
  return list.map((b) => ({ value: bucketKey(b), count: b.doc_count }));
}

function fieldEvidence(field: string, window: Aggs, baseline: Aggs, success: Aggs, role: EvidenceRole): FieldEvidence {
  return {
    field,
    windowWithField: docCount(window, `has_${role}`),
    window: termCounts(buckets(window, `top_${role}`)),
    baselineWithField: docCount(baseline, `has_${role}`),
    baseline: termCounts(buckets(baseline, `top_${role}`)),
    successWithField: docCount(success, `has_${role}`),
    success: termCounts(buckets(success, `top_${role}`)),
  };
}

function groupTemplates(raw: TermCount[]): PathEvidence[] {
  const byTemplate = new Map<string, PathEvidence>();
  for (const { value, count } of raw) {
    const template = routeTemplate(value);
    const entry = byTemplate.get(template) ?? { template, count: 0, examples: [], history: null };
    entry.count += count;
    if (entry.examples.length < 3) entry.examples.push(value);
    byTemplate.set(template, entry);
  }
  return [...byTemplate.values()].sort((a, b) => b.count - a.count);
}

function repeatsFrom(aggs: Aggs): RepeatEvidence[] {
  const out: RepeatEvidence[] = [];
  for (const client of buckets(aggs, 'by_ip').length > 0 ? buckets(aggs, 'by_ip') : buckets(aggs, 'by_user')) {
    for (const path of buckets(client as Aggs, 'paths')) {
      const perMinute = buckets(path as Aggs, 'per_minute').map((b) => b.doc_count);
      out.push({ client: bucketKey(client), path: bucketKey(path), count: path.doc_count, maxPerMinute: Math.max(0, ...perMinute) });
    }
  }
  return out.sort((a, b) => b.maxPerMinute - a.maxPerMinute || b.count - a.count).slice(0, 10);
}

function tenantPairsFrom(aggs: Aggs, resourceFieldShare: number, pattern: RegExp): TenantPair[] {
  const pairs = new Map<string, TenantPair>();
  const add = (caller: string, resource: string, count: number): void => {
    const key = `${caller}\u0000${resource}`;
    const pair = pairs.get(key) ?? { callerTenant: caller, resourceTenant: resource, count: 0 };
    pair.count += count;
    pairs.set(key, pair);
  };
  for (const caller of buckets(aggs, 'tenant_pairs')) {
    const callerTenant = bucketKey(caller);
    // The explicit field wins where the logs carry it; otherwise the tenant is read from the path.
    if (resourceFieldShare >= 0.5) {
      for (const resource of buckets(caller as Aggs, 'resource')) add(callerTenant, bucketKey(resource), resource.doc_count);
    } else {
      for (const path of buckets(caller as Aggs, 'paths')) {
        const resource = tenantFromPath(bucketKey(path), pattern);
        if (resource !== null) add(callerTenant, resource, path.doc_count);
      }
    }
  }
  return [...pairs.values()].sort((a, b) => b.count - a.count);
}

function versionsFrom(aggs: Aggs): VersionEvidence[] {
  return buckets(aggs, 'versions').flatMap((b) => {
    const sub = b as Aggs;
    const first = metric(sub, 'first');
    const last = metric(sub, 'last');
    if (first === null || last === null) return [];
    const inWindow = child(sub, 'in_window');
    return [{
      version: bucketKey(b),
      firstSeen: new Date(first).toISOString(),
      lastSeen: new Date(last).toISOString(),
      requests: docCount(sub, 'in_window'),
      denied: docCount(inWindow, 'denied'),
    }];
  }).sort((a, b) => a.firstSeen.localeCompare(b.firstSeen));
}

/** First-seen time and prior successes per key, from a user or IP history search. */
function firstSeenBy(response: SearchResponse, name: string): Map<string, { firstSeen: string | null; successBefore: number }> {
  return new Map(
    buckets(aggsOf(response), name).map((bk) => {
      const first = metric(bk as Aggs, 'first');
      return [bucketKey(bk), { firstSeen: first === null ? null : new Date(first).toISOString(), successBefore: docCount(bk as Aggs, 'ok_before') }];
    }),
  );
}

/**
 * Gathers the evidence for one triage in at most two round trips: round one always, round two only when
 * the window holds target-status requests (route history and users), or when it holds none (known services).
 */
export async function readEvidence(deps: ReaderDeps, scope: TriageScope): Promise<EvidenceRead> {
  const [window, baseline, requests, versions] = await msearch(deps, [windowSearch(scope), baselineSearch(scope), requestsSearch(scope), versionsSearch(scope)]);
  const w = aggsOf(window as SearchResponse);
  const b = aggsOf(baseline as SearchResponse);
  const r = aggsOf(requests as SearchResponse);
  const baseSameTime = child(b, 'same_time');
  const success = child(r, 'success');
  const total = totalHits(window as SearchResponse);
  const windowMs = scope.to - scope.from;

  const days = keyedCounts(b, 'days');
  const perDay = Object.keys(days).filter((k) => k.startsWith('d')).sort((x, y) => Number(x.slice(1)) - Number(y.slice(1))).map((k) => days[k] ?? 0);
  const trailing24h = days.trailing ?? 0;
  const expected = expectedCount(perDay, trailing24h, windowMs);

  const fields = Object.fromEntries(
    EVIDENCE_ROLES.map((role) => [role, fieldEvidence(scope.fields[role], w, baseSameTime, SUCCESS_ROLES.includes(role) ? success : {}, role)]),
  ) as Record<EvidenceRole, FieldEvidence>;
  const resourceShare = total > 0 ? fields.resourceTenant.windowWithField / total : 0;

  const evidence: Evidence = {
    query: {
      status: scope.status,
      service: scope.service,
      environment: scope.environment,
      from: new Date(scope.from).toISOString(),
      to: new Date(scope.to).toISOString(),
    },
    total,
    series: buckets(w, 'series').map((bk) => ({ t: new Date(Number(bk.key)).toISOString(), count: bk.doc_count })),
    bucketMs: seriesInterval(windowMs),
    requests: { total: totalHits(requests as SearchResponse), byStatus: termCounts(buckets(r, 'by_status')) },
    baseline: { perDay, trailing24h, expected, ratio: spikeRatio(total, expected) },
    fields,
    paths: groupTemplates(termCounts(buckets(w, 'raw_paths'))),
    users: buckets(w, 'top_users').map((bk) => ({ id: bucketKey(bk), count: bk.doc_count, firstSeen: null, successBefore: 0 })),
    ips: fields.clientIp.window.slice(0, HISTORY_IPS).map((t) => ({ ip: t.value, count: t.count, firstSeen: null, successBefore: 0 })),
    versions: versionsFrom(aggsOf(versions as SearchResponse)),
    repeats: repeatsFrom(child(w, 'repeats')),
    tenantPairs: tenantPairsFrom(w, resourceShare, deps.tenantPathPattern),
    partial: [window, baseline, requests, versions].some((resp) => isPartial(resp as SearchResponse)),
  };

  if (total === 0) {
    const [services] = await msearch(deps, [servicesSearch(scope.fields, scope.to)]);
    const known = buckets(aggsOf(services as SearchResponse), 'services').map(bucketKey);
    return { evidence, requests: 2, knownServices: known };
  }

  const templates = historyTemplates(evidence.paths.map((p) => p.template));
  const users = evidence.users.map((u) => u.id);
  const ips = evidence.ips.map((i) => i.ip);
  const second: SearchBody[] = [];
  if (templates.length > 0) second.push(pathHistorySearch(scope, templates));
  if (users.length > 0) second.push(userHistorySearch(scope, users));
  if (ips.length > 0) second.push(ipHistorySearch(scope, ips));
  if (second.length === 0) return { evidence, requests: 1, knownServices: null };

  const answers = await msearch(deps, second);
  let next = 0;
  if (templates.length > 0) {
    const history = keyedChildren(aggsOf(answers[next++] as SearchResponse), 'templates');
    templates.forEach((template, i) => {
      const aggs = history[`t${i}`];
      const path = evidence.paths.find((p) => p.template === template);
      if (!aggs || !path) return;
      const byStatus = Object.fromEntries(buckets(aggs, 'status').map((bk) => [bucketKey(bk), bk.doc_count]));
      const lastOk = metric(child(aggs, 'ok'), 'last');
      const first = metric(aggs, 'first');
      path.history = {
        byStatus,
        lastSuccess: lastOk === null ? null : new Date(lastOk).toISOString(),
        firstSeen: first === null ? null : new Date(first).toISOString(),
      };
    });
  }
  if (users.length > 0) {
    const seen = firstSeenBy(answers[next++] as SearchResponse, 'users');
    evidence.users = evidence.users.map((user): UserEvidence => ({ ...user, ...seen.get(user.id) }));
  }
  if (ips.length > 0) {
    const seen = firstSeenBy(answers[next++] as SearchResponse, 'ips');
    evidence.ips = evidence.ips.map((ip) => ({ ...ip, ...seen.get(ip.ip) }));
  }
  evidence.partial = evidence.partial || answers.some(isPartial);
  return { evidence, requests: 2, knownServices: null };
}
