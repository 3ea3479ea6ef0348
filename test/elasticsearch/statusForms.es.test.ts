import { INCIDENT_STATUS } from '../../src/data/generator';
import type { CauseId } from '../../src/domain/types';
import { createFieldDiscovery, expensiveQueryProbe } from '../../src/elasticsearch/fieldDiscovery';
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
  // The odd copy on a cluster that refuses regexp and prefix queries (search.allow_expensive_queries: false),
  // as discovery's probe finds it there: the forms are listed instead, and no route history is read.
  { copy: 'refused', shape: 'haproxy', of: 'odd', resolved: (r) => ({ ...r, expensiveQueries: false }) },
];
/** The causes a route's history decides: where the cluster refuses regexps they cannot be judged. */
const FROM_HISTORY: CauseId[] = ['routing_regression', 'broken_redirect_or_rule'];

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

  it('where the cluster refuses regexps, the listed forms give the clean totals and baselines, the causes history does not decide, and a note for those it does', () => {
    for (const c of cases) {
      const refused = copies.result('refused', c);
      const clean = copies.result('clean', c);
      expect({ ...c, total: refused?.total, expected: refused?.baseline.expected }).toEqual({ ...c, total: clean?.total, expected: clean?.baseline.expected });
      expect(refused?.notes.some((n) => /route history not read: this cluster refuses regexp queries/.test(n))).toBe(true);
      const historyFree = (r: typeof clean) => r?.causes.filter((x) => !FROM_HISTORY.includes(x.id)).map((x) => x.id)[0];
      expect({ ...c, top: historyFree(refused) }).toEqual({ ...c, top: historyFree(clean) });
    }
    for (const id of FROM_HISTORY) {
      const answer = copies.result('refused', { service: serviceOf(id), status: INCIDENT_STATUS[id] });
      expect(answer?.causes.some((x) => x.id === id)).toBe(false);
    }
    // What a cluster with the setting false refuses (regexp, prefix, wildcard, fuzzy): never sent, where the odd copy sends them.
    const expensive = /"(?:regexp|prefix|wildcard|fuzzy)":/;
    expect(copies.sent('odd').some((body) => expensive.test(body))).toBe(true);
    // (Discovery's own probe, which finds the refusal, is the one regexp such a cluster is asked.)
    const probe = JSON.stringify(expensiveQueryProbe(copies.check('refused')?.fields.status?.field ?? ''));
    expect(copies.sent('refused').filter((body) => expensive.test(body) && body !== probe)).toEqual([]);
    expect(copies.check('refused')?.fields.path?.note).toMatch(/refuses regexp queries .* no route history is read/);
    expect(copies.check('refused')?.fields.status?.note).toMatch(/matched in its usual forms only/);
  });

  it('the watcher counts every form', async () => {
    const counts = async (copy: string, regexps = true) => {
      const client = copies.client();
      const index = copies.configFor(copy).elasticsearch.index;
      const resolution = await createFieldDiscovery({ client, index, settings: { fields: {}, indexService: undefined }, location: 'test', timeoutMs: 30_000 }).require();
      // The test cluster runs regexps: discovery's probe says so.
      expect(resolution.expensiveQueries).toBe(true);
      const plan: WatchPlan = { services: copy === 'long' || copy === 'float' ? NUMBER_SERVICES : [...INCIDENTS.map(serviceOf), CALM], statuses: [403, 404], to: END.getTime(), windowMs: 15 * 60_000, fields: resolution.fields, statusKind: resolution.statusKind, regexps };
      const search = watchSearch(plan);
      const bodies = watchBodies(search);
      const raw = await client.msearch({ searches: bodies.flatMap((body) => [{ index }, body]) });
      return watchCounts(watchAnswers(search, msearchItems(raw, bodies.length)), plan).counts;
    };
    const clean = await counts('clean');
    expect(clean.some((c) => c.count > 0)).toBe(true);
    expect(await counts('odd')).toEqual(clean);
    // Where the cluster refuses regexps: the listed forms.
    expect(await counts('odd', false)).toEqual(clean);
    expect(await counts('float')).toEqual(await counts('long'));
  });

  it('check says which forms the status takes', () => {
    expect(copies.check('odd')?.fields.status).toMatchObject({ field: 'http_status_code.keyword', note: expect.stringMatching(/"404 ".*"404\.0"|"404\.0".*"404 "/) });
    expect(copies.check('odd')?.fields.status?.note).toContain('" 404"');
    expect(copies.check('clean')?.fields.status?.note).toBeUndefined();
  });
});
