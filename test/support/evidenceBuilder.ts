import { EVIDENCE_ROLES, type Evidence, type EvidenceRole, type FieldEvidence } from '../../src/domain/evidence';
import { HISTORY_IPS, HISTORY_TEMPLATES, TOP_PATHS, TOP_SUCCESS_TERMS, TOP_TERMS, TOP_USERS } from '../../src/elasticsearch/triageQueries';

/**
 * Hand-built variants of recorded evidence, for the edge cases the reader cannot be made to produce from
 * the test worlds (shard failures, another cluster's field names, a signal's exact inputs). Every other
 * rule test reads what the real reader recorded (test/support/recordedEvidence.ts); each use of these
 * helpers says in a comment why it is hand-built.
 */

type Patch<T> = { [K in keyof T]?: T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? Patch<T[K]> : T[K] };

/** A copy of the evidence with some members replaced (objects merge, arrays and values replace). */
export function withEvidence(evidence: Evidence, patch: Patch<Evidence>): Evidence {
  const merge = (base: unknown, change: unknown): unknown => {
    if (change === undefined) return base;
    if (change === null || typeof change !== 'object' || Array.isArray(change)) return change;
    if (base === null || typeof base !== 'object' || Array.isArray(base)) return change;
    const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    for (const [key, value] of Object.entries(change as Record<string, unknown>)) out[key] = merge(out[key], value);
    return out;
  };
  return readerShaped(merge(evidence, patch) as Evidence);
}

/** Hand-built evidence must stay within what the reader can return: its limits, imported, not restated. */
function readerShaped(evidence: Evidence): Evidence {
  const over = (what: string, length: number, limit: number): void => {
    if (length > limit) throw new Error(`hand-built evidence has ${length} ${what}; the reader returns at most ${limit}`);
  };
  for (const role of EVIDENCE_ROLES) {
    const f = evidence.fields[role];
    over(`${role} window values`, f.window.length, TOP_TERMS);
    over(`${role} baseline values`, f.baseline.length, TOP_TERMS);
    over(`${role} success values`, f.success.length, TOP_SUCCESS_TERMS);
  }
  over('users', evidence.users.length, TOP_USERS);
  over('IPs', evidence.ips.length, HISTORY_IPS);
  over('paths', evidence.paths.length, TOP_PATHS);
  over('route histories', evidence.paths.filter((p) => p.history !== null).length, HISTORY_TEMPLATES);
  return evidence;
}

/** The evidence as a reader would return it when no document carries the field. */
export function withoutField(evidence: Evidence, role: EvidenceRole): Evidence {
  const empty: FieldEvidence = {
    field: evidence.fields[role].field,
    windowWithField: 0,
    window: [],
    baselineWithField: 0,
    baseline: [],
    successWithField: 0,
    success: [],
  };
  return { ...evidence, fields: { ...evidence.fields, [role]: empty } };
}

