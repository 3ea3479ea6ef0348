import type { Evidence } from '../evidence';

/**
 * A reading of the evidence worked out once per evidence object. The rules and their arbitration ask for
 * the same structures (route groups, scanners, probes, regressions) a dozen times per triage; each is a
 * pure function of an evidence that nobody changes once read (the reader builds a new one per triage, and
 * `withoutScans` returns a copy), so the first answer stands. Callers must not change what they get.
 */
export function perEvidence<T>(read: (evidence: Evidence) => T): (evidence: Evidence) => T {
  const known = new WeakMap<Evidence, T>();
  return (evidence) => {
    if (known.has(evidence)) return known.get(evidence) as T;
    const value = read(evidence);
    known.set(evidence, value);
    return value;
  };
}
