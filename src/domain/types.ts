/** Shared shapes of the pure core. No I/O lives in domain/. */

export type TriageStatus = 403 | 404;

export const CAUSE_IDS = [
  'rbac_policy_mismatch',
  'new_user_missing_role',
  'tenant_isolation_violation',
  'oauth_scope_insufficient',
  'ip_allowlist_block',
  'should_be_401',
  'baseline_noise',
  'deploy_broke_routes',
  'routing_regression',
  'broken_redirect_or_rule',
  'gone_should_be_410',
  'scanner_probe',
  'cached_404',
  'retry_storm',
  'stale_client',
] as const;

export type CauseId = (typeof CAUSE_IDS)[number];

export interface TermCount {
  value: string;
  count: number;
}

export interface SeriesPoint {
  /** ISO 8601 start of the bucket. */
  t: string;
  count: number;
}

/** One ranked cause, exactly as the contract's `causes[]` shows it. */
export interface Cause {
  id: CauseId;
  /** 0–1, rounded to two decimals. */
  confidence: number;
  title: string;
  evidence: string[];
  remediation: string[];
  /**
   * Beyond the contract: what raised or lowered this cause against its rivals, largest first
   * ("lowered 0.31 by tenant isolation (0.80): …"). Empty when nothing did.
   */
  why?: string[];
}

export interface DecisionRule {
  summary: string;
  explanation: string;
}

/** The contract's `triage --json` object. */
export interface TriageResult {
  status: TriageStatus;
  service: string;
  environment: string | null;
  window: { from: string; to: string };
  total: number;
  /** `periods`: how many earlier periods with data the expected level rests on; 0 → no baseline yet (expected and ratio null). */
  baseline: { expected: number | null; ratio: number | null; periods: number };
  series: SeriesPoint[];
  causes: Cause[];
  /** Field values over-represented among these responses compared with the service's successful requests, strongest first. */
  contrast: Array<{ field: string; value: string; share: number; baselineShare: number }>;
  decisionRule: DecisionRule;
  elasticsearchRequests: number;
  /** Beyond the contract's minimum: what a reader needs to trust the answer. */
  notes: string[];
  /** Fields the rules wanted that these logs do not carry (their ES names). */
  missingFields: string[];
  /** True when Elasticsearch answered with shard failures: the counts may be low. */
  partial: boolean;
  /** When total is 0: whether the service has any logs at all, and close names that do. */
  serviceKnown: boolean | null;
  suggestions: string[];
  /**
   * The fields these documents were found by, as discovered (or set): what a link to the same documents
   * filters on. `service` null: the index is the one service (INDEX_SERVICE); `statusText`: a status kept
   * as text, whose code may be padded or carry `.0`.
   */
  fieldsRead?: { service: string | null; status: string; environment: string | null; statusText: boolean };
}

/** The contract's `ask --json` object. */
export interface AskResult {
  verdict: '403' | '404' | '401' | '410' | null;
  answer: string;
  sources: string[];
}
