import type { Evidence } from '../evidence';
import type { CauseId } from '../types';
import { combine } from './signals';

/**
 * Values a rule found that make remediation concrete ("grant `billing-admin`", "allowlist 10.2.7.19").
 * Every member is optional: a rule fills what its evidence showed.
 */
export interface CauseFacts {
  /** Role values the denied callers hold (most frequent first). */
  roles?: string[];
  /** The role the callers lack, when the reason text or the success contrast names it. */
  missingRole?: string;
  /** Route templates the cause concentrates on. */
  routes?: string[];
  /** Users involved (a few examples). */
  users?: string[];
  /** How many distinct users were involved (the examples may be fewer). */
  userCount?: number;
  tenantPairs?: Array<{ caller: string; resource: string; count: number }>;
  /** Scopes the denied tokens lack. */
  scopes?: string[];
  ips?: string[];
  /** The version the cause starts with, and the one before it. */
  version?: string;
  previousVersion?: string;
  /** ISO time the version (or change) was first seen. */
  since?: string;
  /** Clients (IP or user) and the busiest minute, for retry storms. */
  clients?: string[];
  maxPerMinute?: number;
  userAgents?: string[];
  /** How often a scheduled client asks (stale clients; for a fleet, each host). */
  periodMs?: number;
  /** How many hosts run the client (a fleet of agents). */
  hosts?: number;
  referrers?: string[];
  cacheControl?: string;
  service?: string;
}

/**
 * How a rule that weighs a structure against the app's own reason arrived at its confidence:
 * `scale × combine(structure, reason)`. Arbitration discounts `structure` when a rival pattern explains the
 * same requests (the app's own words are not explained away by another pattern), then recomputes.
 */
export interface Basis {
  /** 0–1: how strongly the cause's own pattern shows in the numbers, before any rival is considered. */
  structure: number;
  /** 0–1: how much of the app's logged reason names this cause (already weighted by the rule). */
  reason: number;
  /** The rule's own factors (volume, incident share, a reason naming something else), multiplied in. */
  scale: number;
}

/** A cause the evidence supports to some degree (confidence 0 means "looked, found nothing"). */
export interface Finding {
  applicable: true;
  id: CauseId;
  /** 0–1, unrounded. From a rule: its own verdict before arbitration; after `arbitrate`: the final one. */
  confidence: number;
  /** Present when the confidence is `scale × combine(structure, reason)` (the 403 rules that read the reason). */
  basis?: Basis;
  title: string;
  /** Concrete sentences with numbers. */
  evidence: string[];
  facts: CauseFacts;
  /** Fields the rule would have used but these logs lack (ES names); it ran on what remained. */
  missing: string[];
}

/** The rule cannot judge: its fields are absent (named in `missing`) or there is nothing to judge. */
export interface NotApplicable {
  applicable: false;
  id: CauseId;
  /** One sentence, e.g. "no `user.roles` in these logs". */
  reason: string;
  missing: string[];
}

export type RuleOutcome = Finding | NotApplicable;

export type CauseRule = (evidence: Evidence) => RuleOutcome;

export function notApplicable(id: CauseId, reason: string, missing: string[] = []): NotApplicable {
  return { applicable: false, id, reason, missing };
}

function bounded(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

/** The confidence a basis gives (see `combine`: the structure alone reaches 0.9 at most). */
export function confidenceOf(basis: Basis): number {
  return bounded(basis.scale * combine(basis.structure, basis.reason));
}

/** A finding whose confidence is given directly (rules that do not weigh the app's reason). */
export function finding(
  id: CauseId,
  confidence: number,
  title: string,
  evidence: string[],
  facts: CauseFacts = {},
  missing: string[] = [],
): Finding {
  return { applicable: true, id, confidence: bounded(confidence), title, evidence, facts, missing };
}

/** A finding whose confidence is `scale × combine(structure, reason)`: arbitration can discount its structure. */
export function weighedFinding(
  id: CauseId,
  basis: Basis,
  title: string,
  evidence: string[],
  facts: CauseFacts = {},
  missing: string[] = [],
): Finding {
  return { ...finding(id, confidenceOf(basis), title, evidence, facts, missing), basis };
}

/** "Looked and saw nothing": applicable, confidence 0, with the reason as the only evidence line. */
export function nothingFound(id: CauseId, title: string, why: string, missing: string[] = []): Finding {
  return finding(id, 0, title, [why], {}, missing);
}
