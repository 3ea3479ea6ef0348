import type { Evidence, TenantPair } from '../evidence';
import {
  type ReasonSignal,
  baselineDenials,
  type UserSplit,
  clamp01,
  contradictionWeight,
  countOf,
  countWhere,
  excessShare,
  expectedMatching,
  inLogs,
  onDenials,
  ramp,
  reasonSignal,
  scopeNamedIn,
  shareOf,
  splitUsers,
  successTotal,
} from './signals';

/**
 * How strongly each 403 pattern shows in the evidence, 0–1 ("structural strength"), with the numbers behind
 * it. The causes compete for the same denials (a tenant-isolation incident also shows established users
 * denied on one route): the rules measure their own pattern here, and arbitration.ts settles the rivalries.
 */

// ---------------------------------------------------------------------------------------------------------
// Requests without credentials

const NO_CREDENTIALS = /^(none|anonymous|unauthenticated|missing|no|null|-)$/i;

export function isNoCredentials(value: string): boolean {
  return NO_CREDENTIALS.test(value.trim());
}

export interface AnonymousStructure {
  available: boolean;
  /** Judged from the auth field, or (without one) from denials that name no user while successes do. */
  basis: 'auth' | 'user' | 'none';
  /** Denials whose auth scheme says no credentials were sent. */
  count: number;
  /** count / total. */
  share: number;
  /** Of those, how many the baseline predicts. */
  expected: number;
  strength: number;
  reason: ReasonSignal;
}

export function anonymousStructure(evidence: Evidence): AnonymousStructure {
  const reason = reasonSignal(evidence, 'unauthenticated');
  const auth = evidence.fields.auth;
  if (evidence.total <= 0) return { available: false, basis: 'none', count: 0, share: 0, expected: 0, strength: 0, reason };
  if (!onDenials(evidence, 'auth')) {
    // No auth scheme logged: denials that carry no user while working requests do are the next best sign of
    // "no credentials" (weaker: service calls with API keys may carry no user either).
    const successes = successTotal(evidence);
    const user = evidence.fields.user;
    if (inLogs(evidence, 'auth') || successes <= 0 || user.successWithField <= 0) {
      return { available: inLogs(evidence, 'auth'), basis: 'none', count: 0, share: 0, expected: 0, strength: 0, reason };
    }
    const count = Math.max(0, evidence.total - user.windowWithField);
    const share = clamp01(count / evidence.total);
    const gap = user.successWithField / successes - user.windowWithField / evidence.total;
    const expected =
      baselineDenials(evidence) > 0
        ? evidence.baseline.expected * clamp01(1 - user.baselineWithField / baselineDenials(evidence))
        : 0;
    const strength = 0.7 * ramp(gap, 0.3, 0.8) * ramp(excessShare(evidence, count, expected), 0.2, 0.6);
    return { available: false, basis: 'user', count, share, expected, strength, reason };
  }
  const count = countWhere(auth.window, isNoCredentials);
  const share = shareOf(evidence, count);
  const expected = expectedMatching(evidence, 'auth', isNoCredentials);
  const excess = excessShare(evidence, count, expected);
  // A standing habit (every anonymous request gets 403) is still misuse, but less urgent than a new flood.
  const strength = Math.max(ramp(excess, 0.2, 0.6), 0.75 * ramp(share, 0.4, 0.9));
  return { available: true, basis: 'auth', count, share, expected, strength, reason };
}

// ---------------------------------------------------------------------------------------------------------
// Callers reaching another tenant's resources

export interface TenantStructure {
  pairsTotal: number;
  crossPairs: TenantPair[];
  cross: number;
  /** cross / total. */
  share: number;
  strength: number;
}

export function tenantStructure(evidence: Evidence): TenantStructure {
  const crossPairs = evidence.tenantPairs
    .filter((pair) => pair.callerTenant !== pair.resourceTenant)
    .sort((a, b) => b.count - a.count);
  const pairsTotal = evidence.tenantPairs.reduce((s, p) => s + p.count, 0);
  const cross = crossPairs.reduce((s, p) => s + p.count, 0);
  const share = shareOf(evidence, cross);
  return { pairsTotal, crossPairs, cross, share, strength: ramp(share, 0.25, 0.7) };
}

// ---------------------------------------------------------------------------------------------------------
// Tokens without a scope that working requests carry

const BEARER = /bearer|oauth|jwt|token/i;

export interface ScopeStructure {
  available: boolean;
  /** The scope the denied tokens lack, if one stands out. */
  scope: string | null;
  /** Share of successful requests (with scopes) carrying it, and of denied ones. */
  successShare: number;
  deniedShare: number;
  /** Denied requests whose token lacks it. */
  lacking: number;
  /** Denials lacking it beyond the baseline's habit, as a share of total. */
  excess: number;
  /** Share of the denials that used a bearer token, null without an auth field. */
  bearerShare: number | null;
  /** Scopes the denied tokens do hold (most frequent first). */
  deniedScopes: string[];
  strength: number;
  reason: ReasonSignal;
  /** A scope the reason text names (`insufficient_scope: orders:write`). */
  namedScope: string | null;
}

/**
 * OpenID Connect identity scopes describe who signed in, not what an API call may do: a token lacking
 * `openid` or `profile` is never why a resource refused it (they mark a different client population).
 */
const IDENTITY_SCOPES = /^(openid|profile|email|phone|address|offline_access)$/i;

export function scopeStructure(evidence: Evidence): ScopeStructure {
  const reason = reasonSignal(evidence, 'scope');
  const namedScope = reason.top ? scopeNamedIn(reason.top.value) : null;
  const scopes = evidence.fields.scopes;
  const auth = evidence.fields.auth;
  const bearerShare = onDenials(evidence, 'auth') ? countWhere(auth.window, (v) => BEARER.test(v)) / auth.windowWithField : null;
  const empty: ScopeStructure = {
    available: inLogs(evidence, 'scopes'),
    scope: namedScope,
    successShare: 0,
    deniedShare: 0,
    lacking: 0,
    excess: 0,
    bearerShare,
    deniedScopes: scopes.window.map((t) => t.value),
    strength: 0,
    reason,
    namedScope,
  };
  if (scopes.successWithField <= 0 || evidence.total <= 0) return empty;

  // Denied requests that carry tokens: those with scopes, or (when the denials carry none at all) the bearer ones.
  const deniedWithTokens =
    scopes.windowWithField > 0
      ? scopes.windowWithField
      : bearerShare !== null
        ? Math.round(bearerShare * auth.windowWithField)
        : 0;
  if (deniedWithTokens <= 0) return empty;

  const baselineDenialsTotal = baselineDenials(evidence);
  let best = empty;
  for (const candidate of scopes.success) {
    const successShare = candidate.count / scopes.successWithField;
    if (successShare < 0.15 || IDENTITY_SCOPES.test(candidate.value)) continue;
    const deniedWith = countOf(scopes.window, candidate.value);
    const deniedShare = deniedWith / deniedWithTokens;
    const relativeDrop = clamp01(1 - deniedShare / successShare);
    const lacking = deniedWithTokens - deniedWith;
    // Baseline denials with a token that lacked the scope (scopes are many-valued: count documents, not values).
    const baselineLacking = Math.max(0, scopes.baselineWithField - countOf(scopes.baseline, candidate.value));
    const expected = baselineDenialsTotal > 0 ? evidence.baseline.expected * clamp01(baselineLacking / baselineDenialsTotal) : 0;
    const excess = excessShare(evidence, lacking, expected);
    const bearerFactor = bearerShare === null ? 1 : 0.6 + 0.4 * bearerShare;
    let strength = ramp(relativeDrop, 0.5, 0.95) * ramp(excess, 0.2, 0.6) * bearerFactor;
    // The reason text naming this very scope settles a near tie between candidates.
    if (namedScope === candidate.value) strength = Math.min(1, strength * 1.05 + 0.01);
    if (strength > best.strength) {
      best = { ...empty, scope: candidate.value, successShare, deniedShare, lacking, excess, strength };
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------
// New users

const MINIMAL_ROLE = /^(none|guest|default|pending|unassigned|anonymous|new|basic|no[-_ ]?role)$/i;

export interface NewUserStructure {
  available: boolean;
  split: UserSplit;
  /** 0–1: denied requests lack roles that successful ones carry (or carry only a placeholder role). */
  roleless: number;
  /** Shares of denied and successful requests carrying any role. */
  deniedRoleCoverage: number;
  successRoleCoverage: number | null;
  strength: number;
}

export function newUserStructure(evidence: Evidence): NewUserStructure {
  const split = splitUsers(evidence);
  const roles = evidence.fields.roles;
  const successes = successTotal(evidence);
  const deniedRoleCoverage = evidence.total > 0 ? clamp01(roles.windowWithField / evidence.total) : 0;
  const successRoleCoverage = successes > 0 && roles.successWithField > 0 ? clamp01(roles.successWithField / successes) : null;
  const gap = successRoleCoverage === null ? 0 : ramp(successRoleCoverage - deniedRoleCoverage, 0.2, 0.6);
  const placeholder = evidence.total > 0 ? ramp(countWhere(roles.window, (v) => MINIMAL_ROLE.test(v)) / evidence.total, 0.2, 0.6) : 0;
  const roleless = Math.max(gap, placeholder);
  const available = split.listed > 0;
  const coverage = evidence.total > 0 ? Math.min(1, 0.5 + split.listed / evidence.total) : 0;
  const strength = available ? ramp(split.freshShare, 0.25, 0.7) * coverage * (0.7 + 0.3 * roleless) : 0;
  return { available, split, roleless, deniedRoleCoverage, successRoleCoverage, strength };
}

// ---------------------------------------------------------------------------------------------------------
// Client IPs new to the service and denied everything

export interface BlockedIp {
  ip: string;
  count: number;
  /** Denials from it in the baseline windows, summed over the days (an upper bound when it fell off the top list). */
  baselineCount: number;
  /** It was on the baseline's top list (so baselineCount is exact). */
  baselineListed: boolean;
  successCount: number;
}

export interface IpStructure {
  available: boolean;
  blocked: BlockedIp[];
  blockedCount: number;
  /** blockedCount as a share of the denials (loops counted lightly). */
  share: number;
  /** 0–1: the blocked requests came with credentials (they were not anonymous). */
  credentialed: number;
  /** 0–1: the blocked addresses are spread over many addresses (3 → 0, 6 or more → 1). */
  spread: number;
  /** 0–1: share of the blocked requests that are one client looping on one URL at 25–60+ a minute. */
  loopShare: number;
  strength: number;
}

export function ipStructure(evidence: Evidence, anonymous: AnonymousStructure = anonymousStructure(evidence)): IpStructure {
  const ips = evidence.fields.clientIp;
  if (!onDenials(evidence, 'clientIp') || evidence.total <= 0) {
    return { available: inLogs(evidence, 'clientIp'), blocked: [], blockedCount: 0, share: 0, credentialed: 0, spread: 0, loopShare: 0, strength: 0 };
  }
  const days = Math.max(1, evidence.baseline.perDay.length);
  const floor = ips.baseline.length > 0 ? Math.min(...ips.baseline.map((t) => t.count)) : 0;
  const minCount = Math.max(3, 0.05 * evidence.total);
  const blocked: BlockedIp[] = [];
  for (const term of ips.window.slice(0, 5)) {
    if (term.count < minCount) continue;
    const listed = ips.baseline.find((t) => t.value === term.value);
    const baselineCount = listed ? listed.count : floor;
    // The address's own history, when the reader looked it up: an allowlist refuses an address that has
    // never been let through, while a known address that used to succeed is a caller, not a new IP.
    const history = evidence.ips.find((i) => i.ip === term.value);
    const knownBefore = history !== undefined && history.successBefore > 0;
    const isNew = !knownBefore && term.count >= 5 * Math.max(baselineCount / days, 1);
    const successCount = countOf(ips.success, term.value);
    const deniedEverything = successCount <= 0.05 * term.count;
    if (isNew && deniedEverything) blocked.push({ ip: term.value, count: term.count, baselineCount, baselineListed: listed !== undefined, successCount });
  }
  const blockedCount = blocked.reduce((s, b) => s + b.count, 0);
  const share = shareOf(evidence, blockedCount);
  const credentialed = anonymous.available ? 1 - anonymous.share : 1;
  // An allowlist refuses addresses: a new service IP or two, failing on every route it calls. Denials
  // spread over many addresses, one per user, follow the users and their route instead (a policy).
  const spread = ramp(blocked.length, 3, 6);
  // A service whose address is refused fails on whatever it calls; one client looping on one URL at 60+ a
  // minute is as likely a client ignoring its 403s (arbitration weighs that against the retry storm).
  const blockedIps = new Set(blocked.map((b) => b.ip));
  const looping = evidence.repeats
    .filter((r) => blockedIps.has(r.client))
    .reduce((s, r) => s + r.count * ramp(r.maxPerMinute, 25, 60), 0);
  const loopShare = blockedCount > 0 ? clamp01(looping / blockedCount) : 0;
  // Few busy addresses are circumstantial (a few busy clients look the same): capped below the specific patterns.
  const strength = 0.8 * ramp(share, 0.3, 0.75) * credentialed * (1 - 0.6 * spread);
  return { available: true, blocked, blockedCount, share, credentialed, spread, loopShare, strength };
}

// ---------------------------------------------------------------------------------------------------------
// Patterns: each 403 structure's strength as a rival cause sees it

export interface Patterns403 {
  /** Credential-less denials (should_be_401), discounted when the app's reasons name another cause. */
  anonymous: number;
  tenant: number;
  scope: number;
  /** The IP reading before arbitration: blocked addresses, not spread, not contradicted by the reasons. */
  ip: number;
  /** Share of the blocked addresses' denials that are loops (see `IpStructure.loopShare`). */
  ipLoops: number;
  /** New users, discounted when the app's reasons name another cause. */
  newUsers: number;
  /** New users as structure alone (before the reasons). */
  newUsersStructure: number;
  /** 0–1 for the new-user structure: denied requests lack roles. */
  roleless: number;
}

/**
 * Every 403 pattern's strength, discounted when the app's own reasons name a different cause. Arbitration
 * (arbitration.ts) reads these to decide which cause explains the same denials better; no rule reads them.
 */
export function patterns403(evidence: Evidence): Patterns403 {
  const anonymous = anonymousStructure(evidence);
  const newUsers = newUserStructure(evidence);
  const ip = ipStructure(evidence, anonymous);
  return {
    anonymous: anonymous.strength * contradictionWeight(evidence, 'unauthenticated', 'role'),
    tenant: tenantStructure(evidence).strength * contradictionWeight(evidence, 'tenant'),
    scope: scopeStructure(evidence).strength * contradictionWeight(evidence, 'scope'),
    ip: ip.strength * contradictionWeight(evidence, 'ip'),
    ipLoops: ip.loopShare,
    newUsers: newUsers.strength * contradictionWeight(evidence, 'role'),
    newUsersStructure: newUsers.strength,
    roleless: newUsers.roleless,
  };
}
