import { EVIDENCE_ROLES, type EvidenceRole } from '../../src/domain/evidence';
import type { TriageStatus } from '../../src/domain/types';
import { HOUR, MINUTE, SCENARIO_NAMES, placedByWindow, scenarioStatus, type ScenarioName, type WorldSpec } from './evidenceWorld';

/**
 * The catalogue of evidence the rule tests read: each case is a world of documents (evidenceWorld), the
 * status and window a triage asks about, and the fields these logs lack (`drop`: the reader reads them as
 * it reads a cluster that does not map them). test/services/ruleEvidence.es.test.ts writes every case's world
 * into the real Elasticsearch and records what the product's reader reads; a test asking for a case not
 * listed here fails with the line to add.
 */
export interface CaseOptions {
  seed?: number;
  drop?: readonly EvidenceRole[];
  windowMs?: number;
  /** A deployment of `version` this long before the window end. */
  deploy?: { version: string; beforeEndMs: number };
}

export interface EvidenceCase {
  scenarios: readonly ScenarioName[];
  status: TriageStatus;
  seed: number;
  drop: readonly EvidenceRole[];
  windowMs: number;
  deploy?: { version: string; beforeEndMs: number };
}

export function evidenceCase(scenarios: readonly ScenarioName[], status: TriageStatus, options: CaseOptions = {}): EvidenceCase {
  return {
    scenarios,
    status,
    seed: options.seed ?? 1,
    drop: [...(options.drop ?? [])].sort(),
    windowMs: options.windowMs ?? HOUR,
    ...(options.deploy ? { deploy: options.deploy } : {}),
  };
}

/** The documents a case is read from: one load serves every window unless an incident is placed by it. */
export function worldOf(c: EvidenceCase): WorldSpec {
  return { scenarios: c.scenarios, seed: c.seed, windowMs: placedByWindow(c.scenarios) ? c.windowMs : HOUR, ...(c.deploy ? { deploy: c.deploy } : {}) };
}

const minutes = (ms: number): string => `${ms / MINUTE}min`;

/** A world's name, also its `service.name` in the index: `gone_should_be_410+scanner_probe seed=1`. */
export function worldKey(w: WorldSpec): string {
  const parts = [w.scenarios.length > 0 ? w.scenarios.join('+') : 'calm', `seed=${w.seed}`];
  if (w.windowMs !== HOUR) parts.push(`placed=${minutes(w.windowMs)}`);
  if (w.deploy) parts.push(`deploy=${w.deploy.version}@${minutes(w.deploy.beforeEndMs)}`);
  return parts.join(' ');
}

/** A case's name: its world, the status, the window read and the fields these logs lack. */
export function caseKey(c: EvidenceCase): string {
  return `${worldKey(worldOf(c))} ${c.status} window=${minutes(c.windowMs)}${c.drop.length > 0 ? ` lacking=${c.drop.join(',')}` : ''}`;
}

const scenarioCase = (name: ScenarioName, options: CaseOptions = {}): EvidenceCase => evidenceCase([name], scenarioStatus(name), options);
const WINDOWS = [15 * MINUTE, HOUR, 6 * HOUR];

/** Fields some logs lack, by scenario: how each rule behaves without what it reads. */
const DROPS: Array<[ScenarioName, EvidenceRole[]]> = [
  ['rbac_policy_mismatch', ['roles', 'reason']],
  ['rbac_policy_mismatch', ['user', 'roles']],
  ['new_user_missing_role', ['roles', 'reason']],
  ['new_user_missing_role', ['user']],
  ['tenant_isolation_violation', ['tenant']],
  ['tenant_isolation_violation', ['clientIp']],
  ['tenant_isolation_violation', ['clientIp', 'scopes']],
  ['oauth_scope_insufficient', ['scopes']],
  ['oauth_scope_insufficient', ['scopes', 'reason']],
  ['ip_allowlist_block', ['clientIp']],
  ['should_be_401', ['auth', 'reason']],
  ['should_be_401', ['auth', 'user', 'reason']],
  ['deploy_broke_routes', ['version']],
  ['broken_redirect_or_rule', ['referrer']],
  ['scanner_probe', ['userAgent']],
  ['cached_404', ['cacheStatus']],
  ['cached_404', ['cacheStatus', 'cacheControl']],
  ['retry_storm_404', ['clientIp', 'user']],
];

/** Every role the reader reads beyond time, service and status. */
export const BARE: readonly EvidenceRole[] = EVIDENCE_ROLES;

/** Two incidents at once (same status). */
const MIXES: Array<[ScenarioName[], CaseOptions]> = [
  [['tenant_isolation_violation', 'retry_storm_403'], { drop: ['reason'] }],
  [['broken_redirect_or_rule', 'retry_storm_404'], {}],
  [['gone_should_be_410', 'scanner_probe'], {}],
  [['deploy_broke_routes', 'scanner_probe'], {}],
  [['should_be_401', 'tenant_isolation_violation'], {}],
  [['new_user_missing_role', 'ip_allowlist_block'], {}],
];

export const EVIDENCE_CASES: readonly EvidenceCase[] = [
  // Calm traffic of four seeds, both statuses, three window lengths.
  ...[1, 2, 3, 4].flatMap((seed) => ([403, 404] as const).flatMap((status) => WINDOWS.map((windowMs) => evidenceCase([], status, { seed, windowMs })))),
  // Every scenario as it is, on other seeds, in other windows; the 403s also without the app's reason.
  ...SCENARIO_NAMES.flatMap((name) => [
    scenarioCase(name),
    ...[2, 3].map((seed) => scenarioCase(name, { seed })),
    ...[15 * MINUTE, 6 * HOUR].map((windowMs) => scenarioCase(name, { windowMs })),
    ...(scenarioStatus(name) === 403 ? [scenarioCase(name, { drop: ['reason'] })] : []),
  ]),
  ...DROPS.map(([name, drop]) => scenarioCase(name, { drop })),
  scenarioCase('rbac_policy_mismatch', { deploy: { version: 'v2.5.0', beforeEndMs: 40 * MINUTE } }),
  ...MIXES.map(([names, options]) => evidenceCase(names, scenarioStatus(names[0] as ScenarioName), options)),
  // Logs with nothing but time, service and status.
  scenarioCase('tenant_isolation_violation', { drop: BARE }),
  scenarioCase('deploy_broke_routes', { drop: BARE }),
  evidenceCase([], 404, { drop: BARE }),
];
