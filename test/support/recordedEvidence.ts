import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Evidence } from '../../src/domain/evidence';
import type { CauseId } from '../../src/domain/types';

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
