import type { Evidence } from '../evidence';
import type { CauseId } from '../types';

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
  referrers?: string[];
  cacheControl?: string;
  service?: string;
}

/** A cause the evidence supports to some degree (confidence 0 means "looked, found nothing"). */
export interface Finding {
  applicable: true;
  id: CauseId;
  /** 0–1, unrounded. */
  confidence: number;
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

export function finding(
  id: CauseId,
  confidence: number,
  title: string,
  evidence: string[],
  facts: CauseFacts = {},
  missing: string[] = [],
): Finding {
  const bounded = Number.isFinite(confidence) ? Math.min(1, Math.max(0, confidence)) : 0;
  return { applicable: true, id, confidence: bounded, title, evidence, facts, missing };
}

/** "Looked and saw nothing": applicable, confidence 0, with the reason as the only evidence line. */
export function nothingFound(id: CauseId, title: string, why: string, missing: string[] = []): Finding {
  return finding(id, 0, title, [why], {}, missing);
}
