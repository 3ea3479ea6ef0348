import type { SearchEngine } from '../../src/elasticsearch/engine';
import { loadConfig } from '../../src/config';
import type { TriageResult } from '../../src/domain/types';
import { createLogger } from '../../src/logging';
import { createTriageService } from '../../src/services/triage';
import { bulkLoad, createAccessLogIndex, testClient, uniqueIndexName, testEngineEnv } from '../support/elasticsearch';
import { END, everyday, RealScenario, SCENARIOS, split } from './realTraffic';

/**
 * #12's independent evaluation (test/scenarios/realTraffic.ts) against the real Elasticsearch. A scenario
 * passes when its expected cause ranks first, every required cause is listed, and no forbidden cause is in
 * the top two. Before any rule was tuned on these scenarios (no stale_client, no structural scanner
 * detection) the scores were tuning 3/6, held 1/6. With both, tuned on the tuning half only (and on the
 * real public log #12 names): tuning 6/6, held 5/6. The held half is only ever a number, never shown
 * scenario by scenario. The floors may only rise.
 */
const FLOOR = { tuning: 6, held: 5 };

function passes(s: RealScenario, result: TriageResult | undefined): boolean {
  const ids: string[] = result?.causes.map((c) => c.id) ?? [];
  return ids[0] === s.expected && s.required.every((r) => ids.includes(r)) && !ids.slice(0, 2).some((id) => s.forbidden.includes(id as RealScenario['expected']));
}

describe('#12 evaluation: incidents built the way real traffic looks', () => {
  let client: SearchEngine;
  let index: string;
  const results = new Map<string, TriageResult>();

  beforeAll(async () => {
    client = testClient();
    index = uniqueIndexName('st-realtraffic');
    await createAccessLogIndex(client, index);
    const docs = SCENARIOS.flatMap((s, i) => [...everyday(`rt-${s.name}`, 100 + i, s.busyPerHour), ...s.incident(`rt-${s.name}`)]);
    await bulkLoad(client, index, docs);
    const config = loadConfig({ ...testEngineEnv(), ELASTICSEARCH_INDEX: index, ELASTICSEARCH_TIMEOUT: '30s' });
    const triage = createTriageService({ client, config, logger: createLogger({ level: 'silent' }) });
    for (const s of SCENARIOS) results.set(s.name, await triage.triage({ status: s.status, service: `rt-${s.name}`, window: s.window, environment: null, at: new Date(END) }));
  }, 180_000);

  afterAll(async () => {
    await client.deleteIndex(index);
    await client.close();
  });

  it('keeps each half at or above the score measured before tuning', () => {
    const { tuning, held } = split();
    const score = (set: RealScenario[]): number => set.filter((s) => passes(s, results.get(s.name))).length;
    // Only the tuning half is shown scenario by scenario: the held half is a number, so nobody tunes on it.
    const report = tuning.map((s) => `${passes(s, results.get(s.name)) ? 'met   ' : 'missed'} ${s.name}: expected ${s.expected}, got ${results.get(s.name)?.causes.map((c) => `${c.id}:${c.confidence}`).join(', ') || '(none)'}`);
    process.stderr.write(`\n[#12 eval] tuning ${score(tuning)}/${tuning.length}, held ${score(held)}/${held.length}\n${report.join('\n')}\n`);
    expect(score(tuning)).toBeGreaterThanOrEqual(FLOOR.tuning);
    expect(score(held)).toBeGreaterThanOrEqual(FLOOR.held);
  });
});
