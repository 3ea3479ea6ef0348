import { FIELD_DEFAULTS } from '../../src/config/fields';
import type { SearchResponse } from '../../src/elasticsearch/responses';
import { DAY_MS } from '../../src/elasticsearch/triageQueries';
import { lagDocsThatMatter } from '../../src/domain/baseline';
import { rememberFirsts, trustedFirsts } from '../../src/domain/presenceMemory';
import { ALL_SERVICES_LIMIT, BUSY_AROUND_DOCS, WatchAnswers, watchBodies, WatchPlan, watchCounts, watchedServices, watchPeriods, watchSearch, wholeHours } from '../../src/elasticsearch/watchQueries';

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

describe('wholeHours', () => {
  it('widens each period to whole hours and merges the ones that meet, so every period lies inside one', () => {
    const HOUR = 3_600_000;
    const periods = watchPeriods(TO + 25 * 60_000, WINDOW);
    const hours = wholeHours(periods);
    for (const p of periods) expect(hours.some((h) => h.from <= p.from && p.to <= h.to)).toBe(true);
    for (const h of hours) expect(h.from % HOUR === 0 && h.to % HOUR === 0).toBe(true);
    for (let i = 1; i < hours.length; i++) expect((hours[i]?.from ?? 0) > (hours[i - 1]?.to ?? 0)).toBe(true);
    expect(hours).toHaveLength(7);
  });
});

describe('watchSearch', () => {
  it('is one set of searches over all watched services and statuses, not a search per service', () => {
    const search = watchSearch(plan());
    expect(watchBodies(search)).toHaveLength(3);
    const { counts } = search;
    expect(counts.size).toBe(0);
    const filter = get(counts, 'query', 'bool', 'filter') as Json[];
    expect(filter[0]).toEqual({ terms: { 'service.name': ['checkout', 'search'] } });
    // Periods, then statuses, then the services with documents in each, all read from doc values.
    const ranges = get(counts, 'aggs', 'cells', 'date_range', 'ranges') as Json[];
    expect(ranges.map((r) => r.key)).toEqual(['current', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'trailing']);
    expect(ranges[0]).toEqual({ key: 'current', from: TO - WINDOW, to: TO });
    expect(get(counts, 'aggs', 'cells', 'aggs', 'statuses', 'terms')).toEqual({ field: 'http.response.status_code', size: 2 });
    expect(get(counts, 'aggs', 'cells', 'aggs', 'statuses', 'aggs', 'services', 'terms')).toMatchObject({ field: 'service.name', size: 2 });
    // Presence: each service's first document of any status around the baseline days (one bucket each).
    const around = get(search.presence, 'query', 'bool', 'filter') as Json[];
    expect(around[0]).toEqual({ terms: { 'service.name': ['checkout', 'search'] } });
    const days = get(around[1], 'bool', 'should') as Json[];
    expect(days).toHaveLength(7);
    expect(days[0]).toEqual({ range: { '@timestamp': { gte: TO - WINDOW - DAY_MS - WINDOW, lt: TO - DAY_MS + WINDOW, format: 'epoch_millis' } } });
    expect(get(search.presence, 'aggs', 'services', 'aggs', 'at')).toEqual({ min: { field: '@timestamp' } });
    // The newest document of the window, counted only as far as the lag rule needs.
    expect(get(search.newest, 'query', 'bool', 'filter')).toContainEqual({ range: { '@timestamp': { gte: TO - WINDOW, lt: TO, format: 'epoch_millis' } } });
    expect(search.newest.track_total_hits).toBe(lagDocsThatMatter(WINDOW));
  });

  it('asks the periods\' whole hours (the same query for many ticks, which the query cache keeps) and counts the exact periods', () => {
    const search = watchSearch(plan({ to: TO + 7 * 60_000 }));
    const [, target] = get(search.counts, 'query', 'bool', 'filter') as Json[];
    const [status, times] = get(target, 'bool', 'filter') as Json[];
    expect(status).toEqual({ terms: { 'http.response.status_code': [403, 404] } });
    const at = (from: number, to: number): Json => ({ range: { '@timestamp': { gte: from, lt: to, format: 'epoch_millis' } } });
    const HOUR = 3_600_000;
    // The window is 11:52–12:07: each earlier day's 11:00–13:00, and yesterday 11:00 to today 13:00 (the trailing day and the window).
    const days = [7, 6, 5, 4, 3, 2].map((d) => at(TO - HOUR - d * DAY_MS, TO + HOUR - d * DAY_MS));
    expect(get(times, 'bool', 'should')).toEqual([...days, at(TO - HOUR - DAY_MS, TO + HOUR)]);
    // The aggregation counts the exact periods.
    const ranges = get(search.counts, 'aggs', 'cells', 'date_range', 'ranges') as Json[];
    expect(ranges[0]).toEqual({ key: 'current', from: TO - 8 * 60_000, to: TO + 7 * 60_000 });
    // A tick a few minutes later asks the same.
    expect(get(watchSearch(plan({ to: TO + 12 * 60_000 })).counts, 'query')).toEqual(get(search.counts, 'query'));
  });

  it('reads a busy service\'s first document alone, by a search sorted on time, and the others together', () => {
    const search = watchSearch(plan({ services: ['checkout', 'search', 'cart'], readAlone: ['search', 'not-watched'] }));
    expect(get(search.presence, 'query', 'bool', 'filter', '0')).toEqual({ terms: { 'service.name': ['checkout', 'cart'] } });
    expect(search.firsts.map((f) => f.service)).toEqual(['search']);
    const [first] = search.firsts;
    expect(first?.body.size).toBe(1);
    expect(first?.body.sort).toEqual([{ '@timestamp': { order: 'asc', format: 'strict_date_optional_time' } }]);
    expect(get(first?.body, 'query', 'bool', 'filter', '0')).toEqual({ term: { 'service.name': 'search' } });
    expect(watchBodies(search)).toHaveLength(4);
    // Every watched service read alone: nothing is left to aggregate.
    expect(watchSearch(plan({ services: ['search'], readAlone: ['search'] })).presence).toBeNull();
  });

  it('with *, drops the service filter and asks for the busiest services up to the limit', () => {
    const search = watchSearch(plan({ services: 'all', statuses: [403], readAlone: ['hot'] }));
    const filter = get(search.counts, 'query', 'bool', 'filter') as Json[];
    expect(filter.some((f) => JSON.stringify(f).includes('service.name'))).toBe(false);
    expect(get(search.counts, 'aggs', 'cells', 'aggs', 'statuses', 'aggs', 'services', 'terms', 'size')).toBe(ALL_SERVICES_LIMIT);
    // The busy one is left out of the aggregated presence and read alone.
    expect(get(search.presence, 'query', 'bool', 'filter', '0')).toEqual({ bool: { must_not: [{ terms: { 'service.name': ['hot'] } }] } });
    expect(search.firsts.map((f) => f.service)).toEqual(['hot']);
  });

  it('with one service for the whole index pattern (INDEX_SERVICE), filters and groups by no service field', () => {
    const search = watchSearch(plan({ services: ['www'], singleService: 'www' }));
    expect(JSON.stringify(watchBodies(search))).not.toContain('service.name');
    expect(get(search.counts, 'aggs', 'cells', 'aggs', 'statuses', 'aggs')).toBeUndefined();
    expect(search.presence).toBeNull();
    expect(search.firsts.map((f) => f.service)).toEqual(['www']);
  });

  it('reads again no first document it remembers: neither aggregated nor alone, nor for the whole pattern', () => {
    const known = new Map([['search', TO - 8 * DAY_MS], ['cart', TO - 8 * DAY_MS]]);
    const search = watchSearch(plan({ services: ['checkout', 'search', 'cart'], readAlone: ['cart'], knownFirsts: known }));
    expect(get(search.presence, 'query', 'bool', 'filter', '0')).toEqual({ terms: { 'service.name': ['checkout'] } });
    expect(search.firsts).toEqual([]);
    // Every watched service remembered: the tick is the counts and the newest document, nothing else.
    expect(watchBodies(watchSearch(plan({ knownFirsts: new Map([['checkout', 0], ['search', 0]]) })))).toHaveLength(2);
    expect(watchSearch(plan({ services: ['www'], singleService: 'www', knownFirsts: new Map([['www', 0]]) })).firsts).toEqual([]);
    // With *, the remembered ones are left out of the aggregation with the ones read alone.
    const all = watchSearch(plan({ services: 'all', readAlone: ['hot'], knownFirsts: new Map([['calm', 0]]) }));
    expect(get(all.presence, 'query', 'bool', 'filter', '0')).toEqual({ bool: { must_not: [{ terms: { 'service.name': ['hot', 'calm'] } }] } });
  });

  it('uses the configured field names', () => {
    const fields = { ...FIELD_DEFAULTS, service: 'app', status: 'code', time: 'ts' };
    const text = JSON.stringify(watchBodies(watchSearch(plan({ fields, readAlone: ['checkout'] }))));
    expect(text).toContain('"app"');
    expect(text).toContain('"code"');
    expect(text).toContain('"ts"');
    expect(text).not.toContain('service.name');
  });
});

describe('watchCounts', () => {
  const PERIODS = ['current', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'trailing'];
  type Row = { service: string; status: 403 | 404; current: number; day: number; trailing: number };
  const EMPTY: SearchResponse = { hits: { hits: [] } };
  /** A sorted search's answer: its first hit's time (formatted as the search asks) and a count. */
  const firstHit = (at: number | null, total = 0): SearchResponse => ({ hits: { total: { value: total }, hits: at === null ? [] : [{ sort: [new Date(at).toISOString()] }] } });
  /** The first document around the oldest day the service was present (days count from there on). */
  const firstAt = (present: (day: number) => boolean): number | null => {
    const day = [7, 6, 5, 4, 3, 2, 1].find(present);
    return day === undefined ? null : TO - WINDOW - day * DAY_MS - 60_000;
  };
  /** Answers in the searches' shape: period × status cells with their services' counts, presence, the newest document. */
  const answers = (
    rows: Row[],
    other = 0,
    present: (service: string, day: number) => boolean = () => true,
    newest: number | null = null,
    options: { alone?: string[]; aroundDocs?: Record<string, number> } = {},
  ): WatchAnswers => {
    const cells: Record<string, Json> = {};
    for (const period of PERIODS) {
      const statuses = ([403, 404] as const).map((status) => {
        const buckets = rows
          .filter((r) => r.status === status)
          .map((r) => ({ key: r.service, doc_count: period === 'current' ? r.current : period === 'trailing' ? r.trailing : r.day }))
          .filter((b) => b.doc_count > 0);
        return { key: status, doc_count: buckets.reduce((n, b) => n + b.doc_count, 0), services: { sum_other_doc_count: other, buckets } };
      });
      cells[period] = { doc_count: 0, statuses: { buckets: statuses } };
    }
    const alone = options.alone ?? [];
    const together = [...new Set(rows.map((r) => r.service))].filter((s) => !alone.includes(s));
    const presence = together.flatMap((key) => {
      const at = firstAt((day) => present(key, day));
      return at === null ? [] : [{ key, doc_count: options.aroundDocs?.[key] ?? 100, at: { value: at } }];
    });
    return {
      counts: { hits: { hits: [] }, aggregations: { cells: { buckets: cells } } },
      newest: firstHit(newest, newest === null ? 0 : 1000),
      presence: { hits: { hits: [] }, aggregations: { services: { buckets: presence } } },
      firsts: new Map(alone.map((s) => [s, firstHit(firstAt((day) => present(s, day)))])),
    };
  };
  it('reads counts per service and status, with nothing for watched services without logs', () => {
    const read = watchCounts(answers([{ service: 'checkout', status: 404, current: 900, day: 10, trailing: 960 }], 0, () => true, TO - 90_000), plan());
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
    const busy = answers([{ service: 'checkout', status: 404, current: 9, day: 10, trailing: 960 }], 0, () => true, TO - 90_000);
    expect(watchCounts(busy, plan({ services: ['checkout'], statuses: [404] })).counts[0]?.lagMs).toBe(90_000);
    const quiet = { ...busy, newest: firstHit(TO - 90_000, 12) };
    // 12 documents in 15 minutes: one every 75 s, so 90 s of silence is a quiet minute, not a late pipeline.
    expect(watchCounts(quiet, plan({ services: ['checkout'], statuses: [404] })).counts[0]?.lagMs).toBeNull();
  });

  it('reads a day without any log around it as missing, not zero (logs that began 2 days ago)', () => {
    const read = watchCounts(answers([{ service: 'young', status: 404, current: 12, day: 10, trailing: 300 }], 0, (_, day) => day <= 2), plan({ services: ['young'], statuses: [404] }));
    expect(read.counts[0]?.perDay).toEqual([10, 10, null, null, null, null, null]);
    expect(read.counts[0]?.trailingCovered).toBe(true);
    expect(read.counts[0]?.lagMs).toBeNull();
  });

  it('reads a service read alone as one read together: days before its logs began are missing, not zero', () => {
    const young = [{ service: 'young', status: 404 as const, current: 12, day: 10, trailing: 300 }];
    const alone = watchCounts(answers(young, 0, (_, day) => day <= 2, null, { alone: ['young'] }), plan({ services: ['young'], statuses: [404], readAlone: ['young'] }));
    const together = watchCounts(answers(young, 0, (_, day) => day <= 2), plan({ services: ['young'], statuses: [404] }));
    expect(alone.counts[0]?.perDay).toEqual([10, 10, null, null, null, null, null]);
    expect(alone.counts).toEqual(together.counts);
    // No document around any baseline day: no baseline at all.
    const silent = watchCounts(answers(young, 0, () => false, null, { alone: ['young'] }), plan({ services: ['young'], statuses: [404], readAlone: ['young'] }));
    expect(silent.counts[0]?.perDay).toEqual(Array(7).fill(null));
    expect(silent.counts[0]?.trailingCovered).toBe(false);
  });

  it('counts the baseline days from a remembered first document as from one read now, and hands back only what it read', () => {
    const young = [{ service: 'young', status: 404 as const, current: 12, day: 10, trailing: 300 }];
    const read = watchCounts(answers(young, 0, (_, day) => day <= 2), plan({ services: ['young'], statuses: [404] }));
    const first = read.firsts.get('young');
    expect(first).toBe(firstAt((day) => day <= 2));
    const remembered = watchCounts({ ...answers(young, 0, () => false), presence: null }, plan({ services: ['young'], statuses: [404], knownFirsts: new Map([['young', first as number]]) }));
    expect(remembered.counts).toEqual(read.counts);
    expect(remembered.firsts.size).toBe(0);
  });

  it('names the services busy around the baseline days for the next tick to read alone, and keeps those read alone', () => {
    const rows = [
      { service: 'hot', status: 404 as const, current: 900, day: 10, trailing: 960 },
      { service: 'calm', status: 404 as const, current: 1, day: 1, trailing: 20 },
    ];
    const busy = watchCounts(answers(rows, 0, () => true, null, { aroundDocs: { hot: BUSY_AROUND_DOCS } }), plan({ services: ['hot', 'calm'] }));
    expect(busy.readAlone).toEqual(['hot']);
    expect(watchCounts(answers(rows, 0, () => true, null, { aroundDocs: { hot: BUSY_AROUND_DOCS - 1 } }), plan({ services: ['hot', 'calm'] })).readAlone).toEqual([]);
    const kept = watchCounts(answers(rows, 0, () => true, null, { alone: ['hot'] }), plan({ services: ['hot', 'calm'], readAlone: ['hot'] }));
    expect(kept.readAlone).toEqual(['hot']);
  });

  it('keeps a busy service read alone over hours of ticks: remembered, then read alone again, never aggregated', () => {
    const began = TO - 8 * DAY_MS;
    // Each tick's answers, in the shape of the searches the tick sends.
    const answer = (search: ReturnType<typeof watchSearch>): WatchAnswers => {
      const aggregated = search.presence === null ? [] : ['hot', 'calm'].filter((s) => JSON.stringify(search.presence).includes(`"${s}"`));
      return {
        counts: EMPTY,
        newest: EMPTY,
        presence: search.presence === null ? null : { hits: { hits: [] }, aggregations: { services: { buckets: aggregated.map((key) => ({ key, doc_count: key === 'hot' ? BUSY_AROUND_DOCS * 50 : 100, at: { value: began } })) } } },
        firsts: new Map(search.firsts.map((f) => [f.service, firstHit(began)])),
      };
    };
    let readAlone: readonly string[] = [];
    let memory = rememberFirsts(new Map(), new Map(), TO);
    const hotReads: string[] = [];
    for (let minute = 0; minute <= 150; minute++) {
      const now = TO + minute * 60_000;
      const tick = plan({ services: ['hot', 'calm'], statuses: [404], to: now, readAlone, knownFirsts: trustedFirsts(memory, now) });
      const search = watchSearch(tick);
      if (search.presence !== null && JSON.stringify(search.presence).includes('"hot"')) hotReads.push(`${minute} aggregated`);
      if (search.firsts.some((f) => f.service === 'hot')) hotReads.push(`${minute} alone`);
      const read = watchCounts(answer(search), tick);
      readAlone = read.readAlone;
      memory = rememberFirsts(memory, read.firsts, now);
    }
    // Found busy by the first (aggregated) read, then read alone once an hour when its memory ends.
    expect(hotReads).toEqual(['0 aggregated', '60 alone', '120 alone']);
  });

  it('with one service for the whole index pattern, reads each cell as that service', () => {
    const cells: Record<string, Json> = {};
    for (const period of PERIODS) cells[period] = { doc_count: 0, statuses: { buckets: [{ key: 404, doc_count: period === 'current' ? 70 : 5 }] } };
    // The logs begin six days ago: the seventh day is missing.
    const www = firstHit(TO - WINDOW - 6 * DAY_MS - 60_000);
    const read = watchCounts(
      { counts: { hits: { hits: [] }, aggregations: { cells: { buckets: cells } } }, newest: EMPTY, presence: null, firsts: new Map([['www', www]]) },
      plan({ services: ['www'], statuses: [404], singleService: 'www' }),
    );
    expect(read.counts).toEqual([{ service: 'www', status: 404, count: 70, perDay: [5, 5, 5, 5, 5, 5, null], trailing24h: 5, trailingCovered: true, lagMs: null }]);
  });

  it('with *, reads the services the logs hold, busiest first, and says when some were left out', () => {
    const rows = [
      { service: 'quiet', status: 404 as const, current: 1, day: 0, trailing: 0 },
      { service: 'x', status: 404 as const, current: 5, day: 1, trailing: 2 },
    ];
    const read = watchCounts(answers(rows, 12), plan({ services: 'all', statuses: [404] }));
    expect(read.counts.map((c) => c.service)).toEqual(['x', 'quiet']);
    expect(read.truncated).toBe(true);
    expect(watchCounts(answers(rows, 0), plan({ services: 'all', statuses: [404] })).truncated).toBe(false);
  });

  it('reads an answer without aggregations (no index yet) as nothing', () => {
    expect(watchCounts({ counts: EMPTY, newest: EMPTY, presence: EMPTY, firsts: new Map() }, plan({ services: 'all' })).counts).toEqual([]);
  });
});
