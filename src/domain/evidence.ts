import type { ContrastFinding } from './contrast';
import type { SeriesPoint, TermCount, TriageStatus } from './types';

/**
 * Everything the cause rules may look at, gathered by elasticsearch/ in at most two round trips.
 * Plain data (ISO strings, numbers): the rules are pure functions of this object.
 */

/** Fields whose top values are compared between the window, the baseline and the successful requests. */
export const EVIDENCE_ROLES = [
  'user',
  'roles',
  'tenant',
  'resourceTenant',
  'scopes',
  'clientIp',
  'userAgent',
  'referrer',
  'path',
  'reason',
  'version',
  'cacheStatus',
  'cacheControl',
  'auth',
  'method',
] as const;
export type EvidenceRole = (typeof EVIDENCE_ROLES)[number];

export interface FieldEvidence {
  /** The field's name in these logs (after settings). */
  field: string;
  /** Denied (target-status) documents in the window that carry the field. 0 with total > 0: absent from these logs. */
  windowWithField: number;
  /** Top values among the window's target-status documents, most frequent first. */
  window: TermCount[];
  /** Target-status documents in the baseline windows (previous days, same time of day) that carry the field. */
  baselineWithField: number;
  /** Top values among the baseline's target-status documents, summed over the baseline days. */
  baseline: TermCount[];
  /** Successful (2xx/3xx) documents of the same service in the window that carry the field. */
  successWithField: number;
  /** Top values among those successful documents: what works right now, for contrast. */
  success: TermCount[];
}

export interface PathHistory {
  /** Status code → count for requests matching the template during the lookback before the window. */
  byStatus: Record<string, number>;
  /** ISO time of the last 2xx for the template during the lookback, null if none. */
  lastSuccess: string | null;
  /** ISO time of the first request for the template during the lookback, null if none. */
  firstSeen: string | null;
}

export interface PathEvidence {
  /** Route template: numbers, UUIDs and hashes replaced (`/v1/orders/{id}`). */
  template: string;
  /** Target-status requests in the window on this template. */
  count: number;
  /** A few raw paths seen (for people; may hold ids, never tokens). */
  examples: string[];
  /** How the template answered before the window; null when it was not looked up (below the top N). */
  history: PathHistory | null;
}

/**
 * A client's successes before the window are counted up to this many on a busy service (the search stops
 * there): a count at it means at least that many.
 */
export const SUCCESS_BEFORE_CAP = 100;

export interface UserEvidence {
  id: string;
  /** Target-status requests by this user in the window. */
  count: number;
  /** ISO time the user was first seen (any status) within the user lookback; null if not within it. */
  firstSeen: string | null;
  /** 2xx requests by the user before the window, within the lookback: "this used to work for them" (on a busy service, up to SUCCESS_BEFORE_CAP). */
  successBefore: number;
}

export interface IpEvidence {
  ip: string;
  /** Target-status requests from this address in the window. */
  count: number;
  /** ISO time the address was first seen (any status) within the lookback; null if not within it. */
  firstSeen: string | null;
  /** 2xx answers to this address before the window, within the lookback (on a busy service, up to SUCCESS_BEFORE_CAP). */
  successBefore: number;
  /** Requests of any status from this address in the window; null when not looked up. */
  windowRequests: number | null;
  /** Successful (2xx/3xx) answers to it in the window; null when not looked up. */
  windowSuccess: number | null;
}

/**
 * One client behind the window's target-status requests (its address, or its user agent when the logs carry
 * no address): who it is, what it asks for and when. Actors, scanners and stale clients are read from this.
 */
export interface ClientEvidence {
  /** The address (or the agent, when `by` is `userAgent`). */
  key: string;
  by: 'clientIp' | 'userAgent';
  /** Target-status requests from it in the window. */
  count: number;
  /** Its most frequent user agent on those requests; null when none is logged. */
  agent: string | null;
  /** Distinct raw paths among those requests (approximate beyond a few hundred). */
  distinctPaths: number;
  /** Its most requested paths. */
  topPaths: TermCount[];
  /** ISO times of its first and last such request in the window. */
  first: string;
  last: string;
  /** Offsets (ms from the window's start) of the activity buckets (`Evidence.activityBucketMs`) in which it made at least one. */
  active: number[];
}

/** One user agent behind the window's target-status requests, with how many addresses send it. */
export interface AgentEvidence {
  agent: string;
  count: number;
  /** Distinct client addresses sending it (0 when the logs carry no address). */
  distinctIps: number;
  distinctPaths: number;
  topPaths: TermCount[];
}

export interface VersionEvidence {
  version: string;
  /** ISO first and last time the version answered any request in [window start − 24 h, window end]. */
  firstSeen: string;
  lastSeen: string;
  /** Requests of any status answered by this version in the window. */
  requests: number;
  /** Target-status answers by this version in the window. */
  denied: number;
}

export interface RepeatEvidence {
  /** Client IP (or user when there is no IP field). */
  client: string;
  path: string;
  /** Target-status requests by this client on this path in the window. */
  count: number;
  /** The busiest minute's count. */
  maxPerMinute: number;
}

export interface TenantPair {
  callerTenant: string;
  resourceTenant: string;
  count: number;
}

export interface Evidence {
  query: {
    status: TriageStatus;
    service: string;
    environment: string | null;
    /** ISO bounds of the window, [from, to). */
    from: string;
    to: string;
  };
  /** Target-status requests in the window. */
  total: number;
  series: SeriesPoint[];
  bucketMs: number;
  /** All requests of the service in the window, by status, for context (error share, success contrast). */
  requests: { total: number; byStatus: TermCount[] };
  baseline: {
    /** Target-status count in the same window on each previous day with logs, most recent first (days without any log are left out). */
    perDay: number[];
    /** Of the previous days, how many had no logs at all around the window (before the logs begin, an ingest gap). */
    missingDays: number;
    /** Target-status count in the 24 h before the window, as a rate per full day when the logs cover only part of it. */
    trailing24h: number;
    /** The expected count for the window (median of the periods with data); 0 with no baseline (see `periods`). */
    expected: number;
    /** total / expected, null when nothing was expected or there is no baseline. */
    ratio: number | null;
    /** How many earlier periods with data the expected count rests on; 0: no baseline yet. */
    periods: number;
  };
  /** Ingestion: the newest document of the index pattern (null: none in the last hour) and how far ingestion lags, when it notably does (domain/baseline notableLag), else null. */
  ingest: { newest: string | null; lagMs: number | null };
  fields: Record<EvidenceRole, FieldEvidence>;
  /** Top route templates of the window's target-status requests, with their history. */
  paths: PathEvidence[];
  /** Top denied users, with first-seen and prior success. */
  users: UserEvidence[];
  /** Top denied client addresses, with first-seen and prior success: a new address vs a known one. */
  ips: IpEvidence[];
  /** Versions that answered around the window (deployment markers). */
  versions: VersionEvidence[];
  /** The most repeated client + path pairs. */
  repeats: RepeatEvidence[];
  /** The clients sending the most target-status requests, with what they ask for and when. */
  clients: ClientEvidence[];
  /** Size of the buckets `clients[].active` counts in. */
  activityBucketMs: number;
  /** The user agents sending the most target-status requests, with how many addresses send each. */
  agents: AgentEvidence[];
  /** Caller tenant vs resource tenant among target-status requests (resource tenant from its field or the path). */
  tenantPairs: TenantPair[];
  /** Field values over-represented among these requests compared with the service's successful ones, strongest first. */
  contrast: ContrastFinding[];
  /** True when Elasticsearch reported shard failures: counts may be low. */
  partial: boolean;
}

/** The field is absent from these logs (no denied document in the window carries it). */
export function fieldAbsent(evidence: Evidence, role: EvidenceRole): boolean {
  return evidence.total > 0 && evidence.fields[role].windowWithField === 0;
}

/**
 * Which client histories the rules of a status read (round two looks up only those): the users' and the
 * addresses' first requests and successes before the window are read by the 403 rules alone (new users
 * without a role, a policy that stopped working, a client denied all along); what the top addresses asked
 * in the window besides the errors, by the 404 rules alone (a scanner sends little else, a crawler mostly
 * succeeds). A test in test/domain/causes holds the rules to it.
 */
export interface ClientReads {
  /** `UserEvidence.firstSeen` and `successBefore`. */
  userHistory: boolean;
  /** `IpEvidence.firstSeen` and `successBefore`. */
  ipHistory: boolean;
  /** `IpEvidence.windowRequests` and `windowSuccess`: of an address whose errors look like a scan (causes/structure404 `mayBeScanning`); a busy service asks no other. */
  ipWindow: boolean;
}

export const CLIENT_READS: Record<TriageStatus, ClientReads> = {
  403: { userHistory: true, ipHistory: true, ipWindow: false },
  404: { userHistory: false, ipHistory: false, ipWindow: true },
};
