import { FIELD_DEFAULTS } from '../../src/config/fields';
import type { SearchResponse } from '../../src/elasticsearch/responses';
import { DAY_MS } from '../../src/elasticsearch/triageQueries';
import { ALL_SERVICES_LIMIT, WatchPlan, watchCounts, watchedServices, watchPeriods, watchSearch } from '../../src/elasticsearch/watchQueries';

const TO = Date.parse('2026-11-20T12:00:00Z');
const WINDOW = 15 * 60_000;

function plan(overrides: Partial<WatchPlan> = {}): WatchPlan {
  return { services: ['checkout', 'search'], statuses: [403, 404], to: TO, windowMs: WINDOW, fields: { ...FIELD_DEFAULTS }, ...overrides };
}

type Json = Record<string, unknown>;
const get = (value: unknown, ...path: string[]): unknown => path.reduce<unknown>((node, key) => (node as Json | undefined)?.[key], value);

describe('watchedServices', () => {
  it('reads * as every service, and a list as itself without blanks or duplicates', () => {
    expect(watchedServices(['*'])).toBe('all');
    expect(watchedServices(['a', '*'])).toBe('all');
    expect(watchedServices(['a', ' b ', 'a', ''])).toEqual(['a', 'b']);
    expect(watchedServices([])).toEqual([]);
  });
});

describe('watchPeriods', () => {
  it('covers the current window, the same window on each of the previous 7 days, and the 24 h before', () => {
    const periods = watchPeriods(TO, WINDOW);
    expect(periods.map((p) => p.key)).toEqual(['current', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'trailing']);
    expect(periods[0]).toEqual({ key: 'current', from: TO - WINDOW, to: TO });
    expect(periods[1]).toEqual({ key: 'd1', from: TO - WINDOW - DAY_MS, to: TO - DAY_MS });
    expect(periods[7]).toEqual({ key: 'd7', from: TO - WINDOW - 7 * DAY_MS, to: TO - 7 * DAY_MS });
    expect(periods[8]).toEqual({ key: 'trailing', from: TO - WINDOW - DAY_MS, to: TO - WINDOW });
  });
});

describe('watchSearch', () => {
  it('is one aggregation over all watched services and statuses, not a search per service', () => {
    const body = watchSearch(plan());
    expect(body.size).toBe(0);
    const filter = get(body, 'query', 'bool', 'filter') as Json[];
    expect(filter).toContainEqual({ terms: { 'service.name': ['checkout', 'search'] } });
    // Target statuses in every period, or any status around the baseline days (presence) and in the window (lag).
    const [errors, anyStatus] = get(filter[1], 'bool', 'should') as Json[];
    expect(get(errors, 'bool', 'filter')).toContainEqual({ terms: { 'http.response.status_code': [403, 404] } });
    expect(get(anyStatus, 'bool', 'should')).toHaveLength(8);
    // One cell per status and period, each listing only the services with documents in it.
    const cells = get(body, 'aggs', 'cells', 'filters', 'filters') as Record<string, Json>;
    expect(Object.keys(cells)).toHaveLength(18);
    // Presence: each service's first document of any status around the baseline days (one bucket each).
    const around = get(body, 'aggs', 'first_seen', 'filter', 'bool', 'should') as Json[];
    expect(around).toHaveLength(7);
    expect(around[0]).toEqual({ range: { '@timestamp': { gte: TO - WINDOW - DAY_MS - WINDOW, lt: TO - DAY_MS + WINDOW, format: 'epoch_millis' } } });
    expect(get(body, 'aggs', 'first_seen', 'aggs', 'services', 'aggs', 'at')).toEqual({ min: { field: '@timestamp' } });
    expect(cells['404:current']).toEqual({
      bool: { filter: [{ term: { 'http.response.status_code': 404 } }, { range: { '@timestamp': { gte: TO - WINDOW, lt: TO, format: 'epoch_millis' } } }] },
    });
    expect(cells['403:d7']).toBeDefined();
    expect(cells['403:trailing']).toBeDefined();
    expect(get(body, 'aggs', 'cells', 'aggs', 'services', 'terms')).toMatchObject({ field: 'service.name', size: 2 });
  });

  it('limits the query to the periods it reads', () => {
    const filter = get(watchSearch(plan()), 'query', 'bool', 'filter') as Json[];
    const errors = (get(filter[1], 'bool', 'should') as Json[])[0];
    const should = get((get(errors, 'bool', 'filter') as Json[])[1], 'bool', 'should') as Json[];
    expect(should).toHaveLength(9);
    expect(should[0]).toEqual({ range: { '@timestamp': { gte: TO - WINDOW, lt: TO, format: 'epoch_millis' } } });
  });

  it('with *, drops the service filter and asks for the busiest services up to the limit', () => {
    const body = watchSearch(plan({ services: 'all', statuses: [403] }));
    const filter = get(body, 'query', 'bool', 'filter') as Json[];
    expect(filter.some((f) => JSON.stringify(f).includes('service.name'))).toBe(false);
    expect(get(body, 'aggs', 'cells', 'aggs', 'services', 'terms', 'size')).toBe(ALL_SERVICES_LIMIT);
  });

  it('with one service for the whole index pattern (INDEX_SERVICE), filters and groups by no service field', () => {
    const body = watchSearch(plan({ services: ['www'], singleService: 'www' }));
    expect(JSON.stringify(body)).not.toContain('service.name');
    expect(get(body, 'aggs', 'cells', 'aggs')).toBeUndefined();
  });

  it('uses the configured field names', () => {
    const fields = { ...FIELD_DEFAULTS, service: 'app', status: 'code', time: 'ts' };
    const text = JSON.stringify(watchSearch(plan({ fields })));
    expect(text).toContain('"app"');
    expect(text).toContain('"code"');
    expect(text).toContain('"ts"');
    expect(text).not.toContain('service.name');
  });
});

describe('watchCounts', () => {
  const PERIODS = ['current', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'trailing'];
  /** An answer in the search's shape: cells of status × period, each with its services' counts, and presence per day. */
  const response = (
    rows: Array<{ service: string; status: 403 | 404; current: number; day: number; trailing: number }>,
    other = 0,
    present: (service: string, day: number) => boolean = () => true,
    newest: number | null = null,
  ): SearchResponse => {
    const cells: Record<string, Json> = {};
    for (const status of [403, 404]) {
      for (const period of PERIODS) {
        const bucketsIn = rows
          .filter((r) => r.status === status)
          .map((r) => ({ key: r.service, doc_count: period === 'current' ? r.current : period === 'trailing' ? r.trailing : r.day }))
          .filter((b) => b.doc_count > 0);
        cells[`${status}:${period}`] = { doc_count: 0, services: { sum_other_doc_count: other, buckets: bucketsIn } };
      }
    }
    const services = [...new Set(rows.map((r) => r.service))];
    // The first document around the oldest day the service was present (days count from there on).
    const firstDay = (service: string): number | null => [7, 6, 5, 4, 3, 2, 1].find((day) => present(service, day)) ?? null;
    const firstSeen = services.flatMap((key) => {
      const day = firstDay(key);
      return day === null ? [] : [{ key, doc_count: 100, at: { value: TO - WINDOW - day * DAY_MS - 60_000 } }];
    });
    const newestAgg = newest === null ? { doc_count: 0, at: { value: null } } : { doc_count: 1000, at: { value: newest } };
    return { hits: { hits: [] }, aggregations: { cells: { buckets: cells }, newest: newestAgg, first_seen: { doc_count: 1, services: { buckets: firstSeen } } } };
  };

  it('reads counts per service and status, with nothing for watched services without logs', () => {
    const read = watchCounts(response([{ service: 'checkout', status: 404, current: 900, day: 10, trailing: 960 }], 0, () => true, TO - 90_000), plan());
    expect(read.truncated).toBe(false);
    const none = Array(7).fill(null);
    expect(read.counts).toEqual([
      { service: 'checkout', status: 403, count: 0, perDay: [0, 0, 0, 0, 0, 0, 0], trailing24h: 0, trailingCovered: true, lagMs: 90_000 },
      { service: 'checkout', status: 404, count: 900, perDay: [10, 10, 10, 10, 10, 10, 10], trailing24h: 960, trailingCovered: true, lagMs: 90_000 },
      { service: 'search', status: 403, count: 0, perDay: none, trailing24h: 0, trailingCovered: false, lagMs: 90_000 },
      { service: 'search', status: 404, count: 0, perDay: none, trailing24h: 0, trailingCovered: false, lagMs: 90_000 },
    ]);
  });

  it('reads the newest document\'s age as lag only when it is well past the usual gap between documents', () => {
    const busy = response([{ service: 'checkout', status: 404, current: 9, day: 10, trailing: 960 }], 0, () => true, TO - 90_000);
    expect(watchCounts(busy, plan({ services: ['checkout'], statuses: [404] })).counts[0]?.lagMs).toBe(90_000);
    const quiet = { ...busy, aggregations: { ...busy.aggregations, newest: { doc_count: 12, at: { value: TO - 90_000 } } } };
    // 12 documents in 15 minutes: one every 75 s, so 90 s of silence is a quiet minute, not a late pipeline.
    expect(watchCounts(quiet, plan({ services: ['checkout'], statuses: [404] })).counts[0]?.lagMs).toBeNull();
  });

  it('reads a day without any log around it as missing, not zero (logs that began 2 days ago)', () => {
    const read = watchCounts(response([{ service: 'young', status: 404, current: 12, day: 10, trailing: 300 }], 0, (_, day) => day <= 2), plan({ services: ['young'], statuses: [404] }));
    expect(read.counts[0]?.perDay).toEqual([10, 10, null, null, null, null, null]);
    expect(read.counts[0]?.trailingCovered).toBe(true);
    expect(read.counts[0]?.lagMs).toBeNull();
  });

  it('with one service for the whole index pattern, reads each cell as that service', () => {
    const cells: Record<string, Json> = {};
    for (const period of PERIODS) cells[`404:${period}`] = { doc_count: period === 'current' ? 70 : 5 };
    // The logs begin six days ago: the seventh day is missing.
    const firstSeen = { doc_count: 1, at: { value: TO - WINDOW - 6 * DAY_MS - 60_000 } };
    const read = watchCounts({ hits: { hits: [] }, aggregations: { cells: { buckets: cells }, first_seen: firstSeen } }, plan({ services: ['www'], statuses: [404], singleService: 'www' }));
    expect(read.counts).toEqual([{ service: 'www', status: 404, count: 70, perDay: [5, 5, 5, 5, 5, 5, null], trailing24h: 5, trailingCovered: true, lagMs: null }]);
  });

  it('with *, reads the services the logs hold, busiest first, and says when some were left out', () => {
    const rows = [
      { service: 'quiet', status: 404 as const, current: 1, day: 0, trailing: 0 },
      { service: 'x', status: 404 as const, current: 5, day: 1, trailing: 2 },
    ];
    const read = watchCounts(response(rows, 12), plan({ services: 'all', statuses: [404] }));
    expect(read.counts.map((c) => c.service)).toEqual(['x', 'quiet']);
    expect(read.truncated).toBe(true);
    expect(watchCounts(response(rows, 0), plan({ services: 'all', statuses: [404] })).truncated).toBe(false);
  });

  it('reads an answer without aggregations (no index yet) as nothing', () => {
    expect(watchCounts({ hits: { hits: [] } }, plan({ services: 'all' })).counts).toEqual([]);
  });
});
