import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Evidence, EvidenceRole } from '../../src/domain/evidence';
import type { CauseId, TriageStatus } from '../../src/domain/types';
import { caseKey, evidenceCase, type CaseOptions, type EvidenceCase } from './evidenceCases';
import { HOUR, scenarioStatus, type ScenarioName } from './evidenceWorld';

/**
 * The evidence the real reader hands the rules for each generated scenario, read from the real
 * Elasticsearch by test/services/triageScenarios.es.test.ts and recorded here for the pure rule tests
 * (test/domain/causes/recordedEvidence.test.ts). `npm run record:evidence` rewrites it; every other run of
 * the scenario suite checks that the reader still produces exactly this, so drift fails CI.
 */
export const RECORDED_EVIDENCE = join(__dirname, '..', 'fixtures', 'evidence', 'scenarios.json');

export interface RecordedCase {
  service: string;
  status: 403 | 404;
  /** The cause the scenario stages; null for calm services. */
  expected: CauseId | null;
  evidence: Evidence;
}

export function readRecordedEvidence(): RecordedCase[] {
  return JSON.parse(readFileSync(RECORDED_EVIDENCE, 'utf8')) as RecordedCase[];
}

/** One case a line, so a diff shows which scenario's evidence moved. */
export function writeRecordedEvidence(cases: readonly RecordedCase[]): void {
  writeFileSync(RECORDED_EVIDENCE, `[\n${cases.map((c) => JSON.stringify(c)).join(',\n')}\n]\n`);
}

/**
 * The evidence the real reader hands the rules for each case of the rule tests' catalogue
 * (test/support/evidenceCases.ts), recorded by test/services/ruleEvidence.es.test.ts; same command, same
 * drift check.
 */
export const RULE_EVIDENCE = join(__dirname, '..', 'fixtures', 'evidence', 'rules.json');

export interface RecordedRuleCase {
  key: string;
  evidence: Evidence;
}

export function readRuleEvidence(): RecordedRuleCase[] {
  return JSON.parse(readFileSync(RULE_EVIDENCE, 'utf8')) as RecordedRuleCase[];
}

export function writeRuleEvidence(cases: readonly RecordedRuleCase[]): void {
  writeFileSync(RULE_EVIDENCE, `[\n${cases.map((c) => JSON.stringify(c)).join(',\n')}\n]\n`);
}

let ruleEvidence: Map<string, Evidence> | null = null;

/**
 * The recorded evidence of one case of the catalogue. Shared between tests: treat it as read-only (derive
 * hand-built variants with evidenceBuilder's withEvidence).
 */
export function recordedCase(c: EvidenceCase): Evidence {
  ruleEvidence ??= new Map(readRuleEvidence().map((r) => [r.key, r.evidence]));
  const key = caseKey(c);
  const evidence = ruleEvidence.get(key);
  if (!evidence) throw new Error(`no recorded evidence for "${key}": add the case to EVIDENCE_CASES (test/support/evidenceCases.ts) and run npm run record:evidence`);
  return evidence;
}

/** A named incident on top of calm traffic, as the reader read it. */
export function scenario(name: ScenarioName, options: CaseOptions = {}): Evidence {
  return recordedCase(evidenceCase([name], scenarioStatus(name), options));
}

/** Calm traffic only, as the reader read it. */
export function calmEvidence(status: TriageStatus, seed = 1, drop: readonly EvidenceRole[] = [], windowMs = HOUR): Evidence {
  return recordedCase(evidenceCase([], status, { seed, drop, windowMs }));
}

/** Two incidents at once (same status), as the reader read them. */
export function mixedScenario(names: readonly ScenarioName[], options: CaseOptions = {}): Evidence {
  return recordedCase(evidenceCase(names, scenarioStatus(names[0] as ScenarioName), options));
}
