import { INCIDENT_STATUS } from '../../src/data/generator';
import type { CauseId } from '../../src/domain/types';
import { createFieldDiscovery } from '../../src/elasticsearch/fieldDiscovery';
import { msearchItems } from '../../src/elasticsearch/responses';
import { watchAnswers, watchBodies, WatchPlan, watchCounts, watchSearch } from '../../src/elasticsearch/watchQueries';
import { CALM, Case, casesOf, END, serviceOf, useTrafficCopies, type TrafficCopy } from '../support/trafficCopies';

/**
 * Statuses as pipelines really leave them. HAProxy's grok captures strings, and a hand-written pipeline
 * (a `mutate` that converts to float and back, a padded field, a `split` on the line) leaves `"404 "`,
 * `"404.0"` and `" 404"` beside `"404"`; a template may map the status as `float`. Each must count as its
 * code: every case gives the clean copy's totals, causes and confidences, and the watcher its counts.
 */
const INCIDENTS: CauseId[] = ['retry_storm', 'scanner_probe', 'routing_regression', 'ip_allowlist_block', 'broken_redirect_or_rule'];
const cases = casesOf(INCIDENTS, true);

/** Half the statuses (successes too) in an odd form: a trailing space, a float's `.0`, a leading space. */
function oddForm(doc: Record<string, unknown>, i: number): Record<string, unknown> {
  const code = String(doc.http_status_code);
  const forms: Record<number, string> = { 1: `${code} `, 5: `${code} `, 2: `${code}.0`, 6: ` ${code}` };
  return forms[i % 8] === undefined ? doc : { ...doc, http_status_code: forms[i % 8] };
}

/** The float copy and its control hold two services (a 404 incident and a calm one): enough to compare, half the load. */
const NUMBER_SERVICES = [serviceOf('retry_storm'), CALM];
const COPIES: TrafficCopy[] = [
  { copy: 'clean', shape: 'haproxy' },
  { copy: 'odd', shape: 'haproxy', alter: oddForm },
  { copy: 'long', shape: 'nginx-json', only: NUMBER_SERVICES },
  // A template that maps the status as a float (the rest left to dynamic mapping).
  { copy: 'float', shape: 'nginx-json', only: NUMBER_SERVICES, mappings: { properties: { status: { type: 'float' } } } },
];

describe('statuses stored as strings in odd forms, or as floats', () => {
  const copies = useTrafficCopies('st-status', INCIDENTS, cases, COPIES);

  const read = (copy: string, c: Case) => {
    const r = copies.result(copy, c);
    return { total: r?.total, expected: r?.baseline.expected, causes: r?.causes.map((x) => ({ id: x.id, confidence: x.confidence })) };
  };

  it('the clean copy finds each incident', () => {
    for (const id of INCIDENTS) expect({ id, top: copies.result('clean', { service: serviceOf(id), status: INCIDENT_STATUS[id] })?.causes[0]?.id }).toEqual({ id, top: id });
  });

  it.each([
    ['odd', 'clean'],
    ['float', 'long'],
  ])('the %s copy gives the %s copy’s totals, baselines, causes and confidences', (copy, like) => {
    const compared = cases.filter((c) => copies.result(copy, c) !== undefined);
    expect(compared.length).toBeGreaterThanOrEqual(copy === 'odd' ? cases.length : 3);
    for (const c of compared) expect({ ...c, ...read(copy, c) }).toEqual({ ...c, ...read(like, c) });
  });

  it('the watcher counts every form', async () => {
    const counts = async (copy: string) => {
      const client = copies.client();
      const index = copies.configFor(copy).elasticsearch.index;
      const resolution = await createFieldDiscovery({ client, index, settings: { fields: {}, indexService: undefined }, location: 'test', timeoutMs: 30_000 }).require();
      const plan: WatchPlan = { services: copy === 'long' || copy === 'float' ? NUMBER_SERVICES : [...INCIDENTS.map(serviceOf), CALM], statuses: [403, 404], to: END.getTime(), windowMs: 15 * 60_000, fields: resolution.fields, statusKind: resolution.statusKind };
      const search = watchSearch(plan);
      const bodies = watchBodies(search);
      const raw = await client.msearch({ searches: bodies.flatMap((body) => [{ index }, body]) });
      return watchCounts(watchAnswers(search, msearchItems(raw, bodies.length)), plan).counts;
    };
    const clean = await counts('clean');
    expect(clean.some((c) => c.count > 0)).toBe(true);
    expect(await counts('odd')).toEqual(clean);
    expect(await counts('float')).toEqual(await counts('long'));
  });

  it('check says which forms the status takes', () => {
    expect(copies.check('odd')?.fields.status).toMatchObject({ field: 'http_status_code.keyword', note: expect.stringMatching(/"404 ".*"404\.0"|"404\.0".*"404 "/) });
    expect(copies.check('odd')?.fields.status?.note).toContain('" 404"');
    expect(copies.check('clean')?.fields.status?.note).toBeUndefined();
  });
});
