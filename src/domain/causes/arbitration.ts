import type { Evidence } from '../evidence';
import type { CauseId, TriageStatus } from '../types';
import { LABELS } from './labels';
import { ramp, stormCount } from './signals';
import { type Patterns403, patterns403 } from './structure403';
import { cacheStructure, crawlerShare, fitsTemplate, probeStructure, scanStructure } from './structure404';
import { type Finding, type NotApplicable, type RuleOutcome, confidenceOf } from './types';

/**
 * Arbitration: the one place where causes compete. Each rule judges its own pattern (rules never read their
 * rivals); this file decides, from the table below, which cause explains the same requests better and by how
 * much the weaker reading steps back. Every change is recorded as an `Adjustment`, so "why did this cause
 * rank above that one?" is answered here and shown to the user under each cause.
 */

/** The 403 causes that describe why a request is denied (a retry storm only repeats a denial). */
const DENIAL_CAUSES_403: readonly CauseId[] = [
  'should_be_401',
  'tenant_isolation_violation',
  'oauth_scope_insufficient',
  'ip_allowlist_block',
  'new_user_missing_role',
  'rbac_policy_mismatch',
];

const OTHER_404_CAUSES: readonly CauseId[] = [
  'deploy_broke_routes',
  'routing_regression',
  'broken_redirect_or_rule',
  'gone_should_be_410',
  'scanner_probe',
  'cached_404',
  'retry_storm',
  'stale_client',
];

/**
 * The 404 causes that are regressions: something changed and real users get 404s for what used to work.
 * A scanner is noise beside them: nothing to fix, however sure the reading.
 */
const REGRESSIONS_404: readonly CauseId[] = ['deploy_broke_routes', 'routing_regression', 'broken_redirect_or_rule', 'cached_404'];

/**
 * How far noise beside a regression ranks below it. Confidence ranks causes as "this explains the spike":
 * a scanner that makes a share `s` of the rise explains only that share, so its confidence is capped at the
 * regression's times (1 + s) / 2 — just below it when the scanner makes nearly all the rise, half of it
 * when it makes nearly none. Only a regression read with some certainty (its confidence from the report
 * threshold to 0.6) caps it: a faint regression reading does not push a sure scanner out of sight.
 */
export function noiseCap(noise: number, regression: number, noiseShareOfRise: number): number {
  if (noise <= 0) return 0;
  const cap = regression * ((1 + noiseShareOfRise) / 2);
  return Math.max(0, 1 - cap / noise) * ramp(regression, 0.3, 0.6);
}

/** Does any of a cause's routes (a path, a template, or a group `/prefix/…`) hold one of the client's? */
export function routesOverlap(causeRoutes: readonly string[], clientRoutes: readonly string[]): boolean {
  return causeRoutes.some((route) => {
    const prefix = route.endsWith('/…') ? route.slice(0, -1) : null;
    return clientRoutes.some((r) => r === route || (prefix !== null && r.startsWith(prefix)) || fitsTemplate(route, r.split('?')[0] ?? r));
  });
}

/** What a rivalry may read: the evidence's patterns and where the other causes stand so far. */
export interface ArbitrationContext {
  /** The status being triaged: a row about 403 patterns reads nothing on 404s. */
  status: TriageStatus;
  /** Each 403 pattern's strength as a rival sees it (structure403.ts). */
  patterns: () => Patterns403;
  /** 0–1: clients looping on a few URLs make nearly all the denials (half of them → 0, 95% → 1). */
  looping: () => number;
  /** 0–1: the 404s come from a cache rather than the origin (structure404.ts `cachedWeight`). */
  cached: () => number;
  /** 0–1: scanners found by structure send most of the 404s (their strength, by a share from 20% to 60%). */
  scanned: () => number;
  /** 0–1: crawlers send most of the 404s (half of them → 0, 90% → 1). */
  crawled: () => number;
  /** 0–1: the share of the rise above the usual level that scanners' requests make (1 when there is no rise). */
  scanShareOfRise: () => number;
  /** The routes a cause's finding concentrates on (its facts), empty when none. */
  routesOf: (id: CauseId) => readonly string[];
  /** A cause's confidence as the rows above left it (0 when it could not be judged). */
  confidence: (id: CauseId) => number;
  /** The product of the structural discounts the rows above applied to a cause (1 when none). */
  structureFactor: (id: CauseId) => number;
}

export interface Rivalry {
  /** A stable name, for tests and logs. */
  name: string;
  /** The causes this rivalry can lower. */
  lowers: readonly CauseId[];
  /**
   * `structure`: discount the cause's structural reading only; the app's own reason keeps its weight (a rival
   * pattern explains the numbers away, not the app's words). `confidence`: discount the whole confidence.
   */
  part: 'structure' | 'confidence';
  /** The most this rivalry takes off (as a fraction), reached when the strongest rival shows fully. */
  weight: number;
  /** Each rival and how strongly it shows, 0–1; the strongest one counts and is named to the user. */
  rivals: (ctx: ArbitrationContext) => Partial<Record<CauseId, number>>;
  /** Why, as the user reads it after "lowered 0.20 by tenant isolation (0.85): ". */
  because: string;
}

/**
 * Who discounts whom, by how much, and why. Rows apply in order: a row that reads another cause's
 * confidence or structural factor reads it as the rows above left it (the IP reading is settled before the
 * causes it competes with read it; baseline noise is settled last, against the final 404 causes).
 */
export const RIVALRIES: readonly Rivalry[] = [
  {
    name: 'ip-explained-by-specific-pattern',
    lowers: ['ip_allowlist_block'],
    part: 'structure',
    weight: 0.85,
    rivals: (ctx) => {
      const p = ctx.patterns();
      return { should_be_401: p.anonymous, tenant_isolation_violation: p.tenant, oauth_scope_insufficient: p.scope };
    },
    because: 'a more specific pattern explains why these denials come from a few addresses',
  },
  {
    name: 'ip-explained-by-new-users-without-roles',
    lowers: ['ip_allowlist_block'],
    part: 'structure',
    weight: 0.6,
    rivals: (ctx) => {
      const p = ctx.patterns();
      return { new_user_missing_role: p.newUsersStructure * p.roleless };
    },
    because: 'the denied callers are new users without roles; their addresses are new because they are',
  },
  {
    name: 'ip-explained-by-looping-clients',
    lowers: ['ip_allowlist_block'],
    part: 'structure',
    weight: 0.4,
    rivals: (ctx) => ({ retry_storm: ctx.patterns().ipLoops }),
    because: 'the "blocked" addresses loop on one URL, as a client ignoring its 403s does',
  },
  {
    name: 'new-users-explained-by-specific-pattern',
    lowers: ['new_user_missing_role'],
    part: 'structure',
    weight: 0.6,
    rivals: (ctx) => {
      const p = ctx.patterns();
      return {
        // A new address only competes when the denied requests still carry roles.
        ip_allowlist_block: p.ip * ctx.structureFactor('ip_allowlist_block') * (1 - p.roleless),
        tenant_isolation_violation: p.tenant,
        oauth_scope_insufficient: p.scope,
        should_be_401: p.anonymous,
      };
    },
    because: 'a more specific pattern explains the same denials (new users meet it too)',
  },
  {
    name: 'policy-explained-by-specific-pattern',
    lowers: ['rbac_policy_mismatch'],
    part: 'confidence',
    weight: 0.85,
    rivals: (ctx) => {
      const p = ctx.patterns();
      return {
        should_be_401: p.anonymous,
        tenant_isolation_violation: p.tenant,
        oauth_scope_insufficient: p.scope,
        ip_allowlist_block: p.ip * ctx.structureFactor('ip_allowlist_block'),
      };
    },
    because: 'a policy mismatch is the generic reading; a more specific pattern explains these denials',
  },
  {
    name: 'policy-explained-by-new-users',
    lowers: ['rbac_policy_mismatch'],
    part: 'confidence',
    weight: 0.8,
    rivals: (ctx) => ({ new_user_missing_role: ctx.patterns().newUsers }),
    because: 'the denied users are new, not established users who lost access',
  },
  {
    name: 'denials-measured-on-loops',
    lowers: DENIAL_CAUSES_403,
    part: 'confidence',
    weight: 0.45,
    rivals: (ctx) => ({ retry_storm: ctx.looping() }),
    because: 'copies of a few looping requests make up most of the 403s, so every pattern is measured on them',
  },
  {
    name: 'regression-seen-through-cache',
    lowers: ['routing_regression'],
    part: 'confidence',
    weight: 0.5,
    rivals: (ctx) => ({ cached_404: ctx.cached() }),
    because: '404s served from a cache say little about what the origin answers now',
  },
  {
    name: 'stale-client-explained-by-specific-pattern',
    lowers: ['stale_client'],
    part: 'confidence',
    weight: 0.8,
    rivals: (ctx) => {
      if (ctx.status !== 403) return {};
      const p = ctx.patterns();
      return { should_be_401: p.anonymous, tenant_isolation_violation: p.tenant, oauth_scope_insufficient: p.scope };
    },
    because: 'a more specific pattern explains why this client is refused',
  },
  {
    name: 'policy-refuses-one-old-client',
    lowers: ['rbac_policy_mismatch', 'new_user_missing_role'],
    part: 'confidence',
    weight: 0.7,
    rivals: (ctx) => ({ stale_client: ctx.confidence('stale_client') }),
    because: 'one client that has been refused all along makes these denials; no policy changed for it',
  },
  {
    name: 'rule-is-one-client',
    lowers: ['broken_redirect_or_rule'],
    part: 'confidence',
    weight: 0.8,
    rivals: (ctx) => ({ stale_client: routesOverlap(ctx.routesOf('broken_redirect_or_rule'), ctx.routesOf('stale_client')) ? ctx.confidence('stale_client') / 0.6 : 0 }),
    because: 'one client asking for the same thing makes this pattern; no link or rule is needed to explain it',
  },
  {
    name: 'gone-is-one-client',
    lowers: ['gone_should_be_410'],
    part: 'confidence',
    weight: 0.8,
    rivals: (ctx) => ({ stale_client: routesOverlap(ctx.routesOf('gone_should_be_410'), ctx.routesOf('stale_client')) ? ctx.confidence('stale_client') / 0.6 : 0 }),
    because: 'one client keeps asking for it; 410 would not stop a program that ignores the answer',
  },
  {
    name: 'rule-is-one-looping-client',
    lowers: ['broken_redirect_or_rule'],
    part: 'confidence',
    weight: 0.8,
    rivals: (ctx) => ({ retry_storm: routesOverlap(ctx.routesOf('broken_redirect_or_rule'), ctx.routesOf('retry_storm')) ? ctx.looping() : 0 }),
    because: 'a client retrying the same request makes this pattern; one loop is not a broken rule',
  },
  {
    name: 'rule-is-a-scan',
    lowers: ['broken_redirect_or_rule'],
    part: 'confidence',
    weight: 0.8,
    rivals: (ctx) => ({ scanner_probe: ctx.scanned() }),
    because: 'a scanner walking through unknown paths sends most of these 404s; no link or rule is needed to explain them',
  },
  {
    name: 'rule-followed-by-crawlers',
    lowers: ['broken_redirect_or_rule'],
    part: 'confidence',
    weight: 0.7,
    rivals: (ctx) => ({ baseline_noise: ctx.crawled() }),
    because: 'crawlers send most of these 404s: links they follow, not a rule of the site',
  },
  {
    name: 'noise-beside-a-regression',
    lowers: ['scanner_probe'],
    part: 'confidence',
    weight: 1,
    rivals: (ctx) =>
      Object.fromEntries(REGRESSIONS_404.map((id) => [id, noiseCap(ctx.confidence('scanner_probe'), ctx.confidence(id), ctx.scanShareOfRise())])),
    because: 'a scanner is noise and makes only part of the rise above the usual level; a regression that hurts real users explains the rest, so it comes first',
  },
  {
    name: 'noise-outranked-by-a-cause',
    lowers: ['baseline_noise'],
    part: 'confidence',
    weight: 0.85,
    rivals: (ctx) => Object.fromEntries(OTHER_404_CAUSES.map((id) => [id, ctx.confidence(id)])),
    because: 'another cause stands out, so this is not only the usual noise',
  },
];

/** One change arbitration (or the app's own reason) made to a cause's confidence. */
export interface Adjustment {
  /** Signed change of the confidence, unrounded. */
  delta: number;
  /** The rival that lowered it, or `reason` when the app's own reason raised it. */
  by: CauseId | 'reason';
  /** How strongly the rival showed (0–1); null for the reason. */
  rivalStrength: number | null;
  /** The rivalry's name (see RIVALRIES), or `reason`. */
  rivalry: string;
  because: string;
}

/** A judged cause with its final confidence and what moved it there. */
export type Arbitrated = Finding & { adjustments: Adjustment[] };
export type ArbitratedOutcome = Arbitrated | NotApplicable;

/** Changes smaller than this are not worth a line. */
const NOTICEABLE = 0.005;

function strongest(rivals: Partial<Record<CauseId, number>>, self: CauseId): { id: CauseId; strength: number } | null {
  let best: { id: CauseId; strength: number } | null = null;
  for (const [id, value] of Object.entries(rivals) as Array<[CauseId, number | undefined]>) {
    if (id === self || value === undefined || !Number.isFinite(value)) continue;
    const strength = Math.min(1, Math.max(0, value));
    if (!best || strength > best.strength) best = { id, strength };
  }
  return best;
}

function memo<T>(compute: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: compute() }).v;
}

/** The measurements of the evidence a rivalry reads (tests may give them directly). */
export type Readings = Pick<ArbitrationContext, 'patterns' | 'looping' | 'cached' | 'crawled' | 'scanned' | 'scanShareOfRise'>;

/** The share of the rise above the usual level that scanners' requests make (1 when there is no rise). */
function scanShareOfRise(evidence: Evidence): number {
  const scanned = Math.max(scanStructure(evidence).count, probeStructure(evidence).probeCount);
  const rise = evidence.total - evidence.baseline.expected;
  if (scanned <= 0) return 0;
  return rise <= scanned ? 1 : scanned / rise;
}

/**
 * Settles the rivalries between the rules' outcomes (any order, one per cause): returns the same outcomes
 * with final confidences and, for each judged cause, the adjustments that explain it.
 */
export function arbitrate(
  evidence: Evidence,
  outcomes: readonly RuleOutcome[],
  table: readonly Rivalry[] = RIVALRIES,
  readings: Partial<Readings> = {},
): ArbitratedOutcome[] {
  const states = new Map<CauseId, { finding: Finding; structure: number; factor: number; adjustments: Adjustment[] }>();
  for (const outcome of outcomes) {
    if (!outcome.applicable) continue;
    const adjustments: Adjustment[] = [];
    if (outcome.basis) {
      const alone = confidenceOf({ ...outcome.basis, reason: 0 });
      const raised = outcome.confidence - alone;
      if (raised >= NOTICEABLE) {
        adjustments.push({ delta: raised, by: 'reason', rivalStrength: null, rivalry: 'reason', because: 'the app’s own logged reason names this cause' });
      }
    }
    states.set(outcome.id, { finding: outcome, structure: 1, factor: 1, adjustments });
  }
  const current = (id: CauseId): number => {
    const state = states.get(id);
    if (!state) return 0;
    const { finding } = state;
    const base = finding.basis ? confidenceOf({ ...finding.basis, structure: finding.basis.structure * state.structure }) : finding.confidence;
    return base * state.factor;
  };
  const ctx: ArbitrationContext = {
    status: evidence.query.status,
    patterns: memo(() => patterns403(evidence)),
    looping: memo(() => (evidence.total > 0 ? ramp(stormCount(evidence) / evidence.total, 0.5, 0.95) : 0)),
    cached: memo(() => cacheStructure(evidence).cachedWeight),
    crawled: memo(() => ramp(crawlerShare(evidence), 0.5, 0.9)),
    scanned: memo(() => {
      const scan = scanStructure(evidence);
      return Math.max(0, ...scan.scanners.map((s) => s.strength)) * ramp(scan.share, 0.2, 0.6);
    }),
    scanShareOfRise: memo(() => scanShareOfRise(evidence)),
    ...readings,
    routesOf: (id) => states.get(id)?.finding.facts.routes ?? [],
    confidence: current,
    structureFactor: (id) => states.get(id)?.structure ?? 1,
  };
  for (const row of table) {
    for (const id of row.lowers) {
      const state = states.get(id);
      if (!state) continue;
      const rival = strongest(row.rivals(ctx), id);
      if (!rival || rival.strength <= 0) continue;
      const before = current(id);
      const keep = 1 - row.weight * rival.strength;
      // A structural discount needs a structure to discount; a finding without a basis loses confidence instead.
      if (row.part === 'structure' && state.finding.basis) state.structure *= keep;
      else state.factor *= keep;
      const delta = current(id) - before;
      if (-delta >= NOTICEABLE) {
        state.adjustments.push({ delta, by: rival.id, rivalStrength: rival.strength, rivalry: row.name, because: row.because });
      }
    }
  }
  return outcomes.map((outcome): ArbitratedOutcome => {
    if (!outcome.applicable) return outcome;
    return { ...outcome, confidence: current(outcome.id), adjustments: states.get(outcome.id)?.adjustments ?? [] };
  });
}

/** "lowered 0.31 by tenant isolation (0.80): …" / "raised 0.05: the app’s own logged reason names this cause". */
export function describeAdjustment(adjustment: Adjustment): string {
  const amount = Math.abs(adjustment.delta).toFixed(2);
  if (adjustment.by === 'reason') return `raised ${amount}: ${adjustment.because}`;
  const strength = adjustment.rivalStrength === null ? '' : ` (${adjustment.rivalStrength.toFixed(2)})`;
  return `lowered ${amount} by ${LABELS[adjustment.by]}${strength}: ${adjustment.because}`;
}

/** The adjustments as the user reads them, the largest first. */
export function whyLines(adjustments: readonly Adjustment[]): string[] {
  return [...adjustments].sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta)).map(describeAdjustment);
}
