import { FIELD_DEFAULTS } from '../../src/config/fields';
import { loadConfig } from '../../src/config';
import {
  baselineDraw,
  DEFAULT_SAMPLE_DOCS,
  drawnAggs,
  ERROR_SAMPLE_DOCS,
  errorSampleSize,
  estimatedMatches,
  EXACT_BELOW,
  HISTORY_SAMPLE_FACTOR,
  MAX_PROBABILITY,
  NO_SAMPLING,
  SAMPLING_SEED,
  samplingFor,
  samplingPlan,
  unsampled,
  windowDraw,
  withSample,
} from '../../src/elasticsearch/sampling';
import {
  baselineSearch,
  baselineValuesSearch,
  CLIENT_EXACT_CAP,
  clientFirstSearch,
  clientSuccessSearch,
  contrastSearch,
  DAY_MS,
  FIRST_DOCUMENT_CAP,
  HISTORY_DAYS,
  newestSearch,
  pathHistorySearch,
  presenceSearches,
  requestsSearch,
  routeHistorySearch,
  SAMPLE_AGG,
  BY_INDEX_AGG,
  INDICES_AGG,
  SUCCESS_COUNT_CAP,
  trafficSearch,
  TriageScope,
  versionsSearch,
  windowCountSearch,
  windowSampleSearch,
  CONTRAST_VALUES,
  contrastSource,
  TOP_TERMS,
  windowSearch,
  windowSearches,
} from '../../src/elasticsearch/triageQueries';

const HOUR = 3_600_000;
const auto = { sampleDocs: DEFAULT_SAMPLE_DOCS, probability: null };
const scope: TriageScope = { status: 404, service: 'checkout', environment: null, from: 10 * DAY_MS, to: 10 * DAY_MS + HOUR, fields: FIELD_DEFAULTS };
const sampling = { probability: 0.01, seed: SAMPLING_SEED };

describe('choosing a probability from the traffic', () => {
  it('reads everything when that is cheap, or a sample would hold most of the documents anyway', () => {
    expect(samplingFor(auto, 0)).toBeNull();
    expect(samplingFor(auto, EXACT_BELOW - 1)).toBeNull();
    expect(samplingFor(auto, EXACT_BELOW)).not.toBeNull();
    expect(samplingFor(auto, 100_000, 80_000)).toBeNull();
  });

  it('keeps the sample at about sampleDocs documents, whatever the traffic', () => {
    for (const docs of [100_000, 1_234_567, 600_000_000]) {
      const chosen = samplingFor(auto, docs);
      expect(chosen?.seed).toBe(SAMPLING_SEED);
      expect((chosen?.probability ?? 1) * docs).toBeGreaterThan(DEFAULT_SAMPLE_DOCS * 0.99);
      expect((chosen?.probability ?? 1) * docs).toBeLessThan(DEFAULT_SAMPLE_DOCS * 1.01);
    }
  });

  it('never asks Elasticsearch for a probability it refuses (0.5 ≤ p < 1)', () => {
    for (const docs of [22_223, 25_000, 40_000, 50_000]) expect(samplingFor(auto, docs, 10_000, 0)?.probability ?? 0).toBeLessThanOrEqual(MAX_PROBABILITY);
  });

  it('a forced probability applies whatever the traffic; no policy never samples', () => {
    expect(samplingFor({ ...auto, probability: 0.25 }, 10)).toEqual({ probability: 0.25, seed: SAMPLING_SEED });
    expect(samplingFor(null, 600_000_000)).toBeNull();
    expect(samplingPlan(null, 10_000_000, HOUR)).toEqual(NO_SAMPLING);
  });

  it('sizes each of round two’s searches by the span it reads, at the window’s rate', () => {
    const plan = samplingPlan(auto, 120_000, HOUR);
    // Probabilities keep three significant digits: within half a per cent of the exact ratio.
    const near = (actual: number | undefined, expected: number): void => expect(Math.abs((actual ?? 0) / expected - 1)).toBeLessThan(0.005);
    near(plan.requests?.probability, DEFAULT_SAMPLE_DOCS / 120_000);
    near(plan.versions?.probability, DEFAULT_SAMPLE_DOCS / (120_000 * 25));
    near(plan.history?.probability, (HISTORY_SAMPLE_FACTOR * DEFAULT_SAMPLE_DOCS) / (120_000 * 24 * HISTORY_DAYS));
  });

  it('an ordinary service (up to about a thousand requests an hour) is read exactly', () => {
    expect(samplingPlan(auto, 300, HOUR)).toEqual(NO_SAMPLING);
    expect(samplingPlan(auto, 1300, HOUR)).toEqual(NO_SAMPLING);
    expect(samplingPlan(auto, 1400, HOUR).history).not.toBeNull();
  });

  it('TRIAGE_SAMPLING: auto by default, off, or a forced probability Elasticsearch accepts', () => {
    expect(loadConfig({}).triageSampling).toEqual(auto);
    expect(loadConfig({ TRIAGE_SAMPLING: 'off' }).triageSampling).toBeNull();
    expect(loadConfig({ TRIAGE_SAMPLING: '0.1' }).triageSampling).toEqual({ ...auto, probability: 0.1 });
    for (const bad of ['0', '0.5', '1', 'sometimes']) expect(() => loadConfig({ TRIAGE_SAMPLING: bad })).toThrow(/TRIAGE_SAMPLING/);
  });
});

describe('what may be sampled, and what never is', () => {
  const text = (body: unknown): string => JSON.stringify(body);

  it('round one (window, baseline, presence probes, traffic count, newest document) never uses random_sampler: it has no count to choose a probability from', () => {
    for (const body of [windowSearch(scope), windowSampleSearch(scope), baselineSearch(scope), trafficSearch(scope), newestSearch(scope), ...presenceSearches(scope).map((p) => p.body)]) {
      expect(text(body)).not.toContain('random_sampler');
    }
  });

  it('the requests, versions and contrast wrap their aggregations in one random_sampler', () => {
    const picks = [{ field: 'user.roles', values: ['admin'] }];
    for (const body of [requestsSearch(scope, sampling), versionsSearch(scope, sampling), contrastSearch(scope, picks, sampling)]) {
      const aggs = body.aggs as Record<string, { random_sampler?: unknown }>;
      expect(Object.keys(aggs)).toEqual([SAMPLE_AGG]);
      expect(aggs[SAMPLE_AGG]?.random_sampler).toEqual({ probability: 0.01, seed: SAMPLING_SEED });
      // Sampled, nothing counts every match: the sample's size estimates it.
      expect(body.track_total_hits === true).toBe(false);
    }
  });

  it('without sampling the same searches are as they were: aggregations at the top, exact counts', () => {
    expect(Object.keys(requestsSearch(scope).aggs as object)).toEqual(['by_status', 'success']);
    expect(requestsSearch(scope).track_total_hits).toBe(true);
    expect(Object.keys(versionsSearch(scope).aggs as object)).toEqual(['versions']);
  });

  it('route history reads only requests on the routes asked about', () => {
    const filters = ((pathHistorySearch(scope, ['/v1/orders/{id}']).query as { bool: { filter: unknown[] } }).bool.filter);
    expect(text(filters.at(-1))).toContain('regexp');
  });

  it('on a busy service each top user and address is read with searches that stop (hits and counts, no aggregations)', () => {
    const first = clientFirstSearch(scope, 'users', 'u-1');
    expect(first).toMatchObject({ size: 1, terminate_after: CLIENT_EXACT_CAP, sort: [{ '@timestamp': { order: 'asc' } }] });
    expect(first.aggs).toBeUndefined();
    expect(text(first.query)).toContain('"user.id":["u-1"]');
    const ok = clientSuccessSearch(scope, 'ips', '10.0.0.1');
    expect(ok).toMatchObject({ size: 0, track_total_hits: true, terminate_after: SUCCESS_COUNT_CAP });
    expect(ok.aggs).toBeUndefined();
    expect(text(ok.query)).toContain('"source.ip":["10.0.0.1"]');
    // The addresses' window activity is counted, over the window only.
    for (const ok of [false, true]) {
      const count = windowCountSearch(scope, '10.0.0.1', ok);
      expect(count).toMatchObject({ size: 0, track_total_hits: true });
      expect(count.aggs).toBeUndefined();
      expect(text(count.query)).toContain(`"gte":${scope.from},"lt":${scope.to}`);
      expect(text(count.query).includes('"gte":200')).toBe(ok);
    }
  });

  it('a busy service reads each top route’s history exactly, on its own, with its pattern matched once', () => {
    const body = routeHistorySearch(scope, '/v1/orders/{id}');
    expect(text(body)).not.toMatch(/random_sampler|"filters"/);
    expect(text(body.query)).toContain('regexp');
  });

  it('presence probes stop at the first document, and the trailing day asks only for its first one among a bounded number', () => {
    const probes = presenceSearches(scope);
    expect(probes.map((p) => p.key)).toEqual(['d1_around', 'd2_around', 'd3_around', 'd4_around', 'd5_around', 'd6_around', 'd7_around', 'trailing']);
    for (const probe of probes.slice(0, 7)) expect(probe.body).toMatchObject({ size: 0, terminate_after: 1 });
    expect(probes[7]?.body).toMatchObject({ size: 1, track_total_hits: false, terminate_after: FIRST_DOCUMENT_CAP, sort: [{ '@timestamp': { order: 'asc' } }] });
  });

  it('round one reads top values from a fixed-size random sample of the errors; count, series, paths, clients and repeats stay exact', () => {
    // Count, series, paths, clients and repeats (a client's busiest minute): exact, in searches that never score.
    const exact = windowSearch(scope);
    expect(exact.track_total_hits).toBe(true);
    expect(Object.keys(exact.aggs as object)).toEqual(expect.arrayContaining(['series', 'raw_paths', 'clients', 'agents', 'repeats']));
    expect(text(exact)).not.toMatch(/sampler|random_score/);
    // Sent in parts that run side by side: the same errors each, every exact aggregation once, one count.
    const parts = windowSearches(scope, { fixed: 2000 });
    const exactParts = parts.slice(0, -1);
    expect(exactParts.length).toBeGreaterThan(1);
    expect(exactParts.map((p) => p.query)).toEqual(exactParts.map(() => exact.query));
    expect(exactParts.map((p) => p.track_total_hits)).toEqual([true, ...exactParts.slice(1).map(() => false)]);
    expect(Object.assign({}, ...exactParts.map((p) => p.aggs))).toEqual(exact.aggs);
    expect(exactParts.flatMap((p) => Object.keys(p.aggs as object)).length).toBe(Object.keys(exact.aggs as object).length);
    const body = parts.at(-1) as (typeof parts)[number];
    expect(body).toEqual(windowSampleSearch(scope, { fixed: 2000 }));
    expect(text(body.query)).toContain('"random_score":{"seed":14,"field":"_seq_no"}');
    expect(text(body.query)).toContain(text(exact.query));
    const aggs = body.aggs as Record<string, { sampler?: { shard_size: number }; aggs?: Record<string, unknown> }>;
    // The sample, and beside it the exact errors per index its parts are scaled by.
    expect(Object.keys(aggs).sort()).toEqual([INDICES_AGG, SAMPLE_AGG].sort());
    expect(aggs[INDICES_AGG]).toEqual({ terms: { field: '_index', size: expect.any(Number) } });
    expect(aggs[SAMPLE_AGG]?.sampler).toEqual({ shard_size: 2000 });
    // Split by index (the sampler draws per shard): each index's part is scaled by its own count.
    const byIndex = aggs[SAMPLE_AGG]?.aggs?.[BY_INDEX_AGG] as { terms: unknown; aggs: Record<string, unknown> };
    expect(byIndex.terms).toEqual({ field: '_index', size: expect.any(Number) });
    expect(Object.keys(byIndex.aggs)).toEqual(expect.arrayContaining(['top_user', 'top_users', 'tenant_pairs']));
    expect(Object.keys(byIndex.aggs)).not.toContain('repeats');
    // Sampling off: the searches are what they were, with no scoring.
    expect(text(windowSampleSearch(scope, null))).not.toMatch(/sampler|random_score/);
  });

  it("round one draws the window's top values at a known probability when a recent triage counted the window, and only then", () => {
    // Nothing known, or no random_sampler (OpenSearch): the fixed-size draw; sampling off: everything.
    expect(windowDraw(auto, true, null)).toEqual({ fixed: ERROR_SAMPLE_DOCS });
    expect(windowDraw(auto, false, 40_000)).toEqual({ fixed: ERROR_SAMPLE_DOCS });
    expect(windowDraw(null, true, 40_000)).toBeNull();
    // Known and large: about ERROR_SAMPLE_DOCS of them at random, whatever their number.
    expect(windowDraw(auto, true, 40_000)).toEqual({ random: { probability: 0.05, seed: SAMPLING_SEED } });
    expect(windowDraw(auto, true, 14_331)).toEqual({ random: { probability: 0.14, seed: SAMPLING_SEED } });
    // Known but too few for a probability under MAX_PROBABILITY: the fixed draw, which then reads them all.
    expect(windowDraw(auto, true, 4_000)).toEqual({ fixed: ERROR_SAMPLE_DOCS });
    // A forced probability does not size it: the forced sample size does (tests).
    expect(windowDraw({ ...auto, probability: 0.25, errorSampleDocs: 100 }, true, 1_000)).toEqual({ random: { probability: 0.1, seed: SAMPLING_SEED } });
    const body = windowSampleSearch(scope, { random: { probability: 0.05, seed: SAMPLING_SEED } });
    expect(body.query).toEqual(windowSearch(scope).query);
    expect(text(body)).not.toMatch(/random_score|"sampler"|shard_size/);
    const aggs = body.aggs as Record<string, { random_sampler?: unknown; aggs?: Record<string, unknown> }>;
    expect(Object.keys(aggs)).toEqual([SAMPLE_AGG]);
    expect(aggs[SAMPLE_AGG]?.random_sampler).toEqual({ probability: 0.05, seed: SAMPLING_SEED });
    expect(Object.keys(aggs[SAMPLE_AGG]?.aggs ?? {})).toEqual(expect.arrayContaining(['top_user', 'top_users', 'tenant_pairs']));
  });

  it("round one counts the baseline days' errors exactly and nothing else; their top values come in round two, drawn by that count", () => {
    const counts = baselineSearch(scope);
    expect(counts.track_total_hits).toBe(true);
    expect(Object.keys(counts.aggs as object)).toEqual(['periods']);
    expect(text(counts)).not.toMatch(/sampler|random_score|top_/);
    // Few errors, or sampling off: every one is read, with no scoring.
    expect(baselineDraw(auto, true, 4_000)).toBeNull();
    expect(baselineDraw(null, true, 1_000_000)).toBeNull();
    const exact = baselineValuesSearch(scope, null);
    expect(exact.query).toEqual(counts.query);
    expect(text(exact)).not.toMatch(/sampler|random_score/);
    expect(Object.keys(exact.aggs as object)).toEqual(expect.arrayContaining(['top_path', 'has_path', 'top_clientIp']));
    // Many: a random_sampler keeping about 2,000 of them, whatever their number; Elasticsearch scales its counts back.
    const draw = baselineDraw(auto, true, 40_000);
    expect(draw).toEqual({ random: { probability: 0.05, seed: SAMPLING_SEED } });
    expect(baselineDraw(auto, true, 400_000)).toEqual({ random: { probability: 0.005, seed: SAMPLING_SEED } });
    const random = baselineValuesSearch(scope, draw);
    expect(random.query).toEqual(counts.query);
    expect(Object.keys(random.aggs as object)).toEqual([SAMPLE_AGG]);
    expect(text(random.aggs)).toContain('"random_sampler":{"probability":0.05,"seed":14}');
    // A forced probability (tests) does not size it: like round one's, it follows errorSampleDocs.
    expect(baselineDraw({ ...auto, probability: 0.25, errorSampleDocs: 100 }, true, 1_000)).toEqual({ random: { probability: 0.1, seed: SAMPLING_SEED } });
    // An engine without random_sampler (OpenSearch): a fixed number ranked by a seeded hash, scaled per index.
    expect(baselineDraw(auto, false, 40_000)).toEqual({ fixed: ERROR_SAMPLE_DOCS });
    const fixed = baselineValuesSearch(scope, { fixed: 2000 });
    expect(text(fixed.query)).toContain('"random_score":{"seed":14,"field":"_seq_no"}');
    const aggs = fixed.aggs as Record<string, { sampler?: unknown }>;
    expect(aggs[SAMPLE_AGG]?.sampler).toEqual({ shard_size: 2000 });
    expect(aggs[INDICES_AGG]).toEqual({ terms: { field: '_index', size: expect.any(Number) } });
    expect(fixed.track_total_hits).toBe(true);
  });

  it('the errors read for top values: 2,000 by default, all of them with sampling off, a forced number in tests', () => {
    expect(errorSampleSize(auto)).toBe(ERROR_SAMPLE_DOCS);
    expect(errorSampleSize(null)).toBeNull();
    expect(errorSampleSize({ ...auto, errorSampleDocs: 50 })).toBe(50);
  });

  it('the baseline reads only target-status documents', () => {
    expect(text((baselineSearch(scope).query as { bool: { filter: unknown[] } }).bool.filter)).toContain('"http.response.status_code":404');
  });
});

describe('reading a sampled answer', () => {
  const response = (aggregations: Record<string, unknown>) => ({ hits: {}, aggregations });

  it('looks inside the sample bucket, and at the top without one', () => {
    expect(unsampled(response({ [SAMPLE_AGG]: { doc_count: 5, by_status: { buckets: [] } } }))).toMatchObject({ by_status: { buckets: [] } });
    expect(unsampled(response({ by_status: { buckets: [] } }))).toEqual({ by_status: { buckets: [] } });
  });

  it('scales a fixed-size sample back to the exact count, and leaves distinct counts and times as read', () => {
    const part = (index: string, sampled: number, users: Array<[string, number]>, withUser: number): Record<string, unknown> => ({
      key: index,
      doc_count: sampled,
      top_user: { doc_count_error_upper_bound: 0, sum_other_doc_count: 10, buckets: users.map(([key, n]) => ({ key, doc_count: n, first: { value: 5 } })) },
      has_user: { doc_count: withUser },
      distinct: { value: 7 },
    });
    const sampleOf = (...parts: Array<Record<string, unknown>>): Record<string, unknown> => ({
      doc_count: parts.reduce((n, p) => n + (p.doc_count as number), 0),
      [BY_INDEX_AGG]: { buckets: parts },
    });
    const aggs = { series: { buckets: [{ key: 1, doc_count: 40 }] }, [INDICES_AGG]: { buckets: [{ key: 'logs-1', doc_count: 400 }] }, [SAMPLE_AGG]: sampleOf(part('logs-1', 100, [['u-1', 30]], 90)) };
    expect(withSample(aggs, 400)).toEqual({
      series: { buckets: [{ key: 1, doc_count: 40 }] },
      top_user: { doc_count_error_upper_bound: 0, sum_other_doc_count: 40, buckets: [{ key: 'u-1', doc_count: 120, first: { value: 5 } }] },
      has_user: { doc_count: 360 },
      distinct: { value: 7 },
    });
    // The sample held every document: nothing is scaled.
    const whole = { [INDICES_AGG]: { buckets: [{ key: 'logs-1', doc_count: 100 }] }, [SAMPLE_AGG]: sampleOf(part('logs-1', 100, [['u-1', 30]], 90)) };
    expect(withSample(whole, 100)).toMatchObject({ has_user: { doc_count: 90 }, distinct: { value: 7 } });
    // No sample bucket (sampling off): the aggregations as they are.
    expect(withSample({ has_user: { doc_count: 3 } }, 400)).toEqual({ has_user: { doc_count: 3 } });
  });

  it('scales each index\'s part of the sample by that index\'s own count: a window across a rollover is not skewed', () => {
    // 600 errors in yesterday's index, 20,000 in today's; the sampler drew up to 2,000 from each.
    const aggs = {
      [INDICES_AGG]: { buckets: [{ key: 'logs-today', doc_count: 20_000 }, { key: 'logs-yesterday', doc_count: 600 }] },
      [SAMPLE_AGG]: {
        doc_count: 2_600,
        [BY_INDEX_AGG]: {
          buckets: [
            { key: 'logs-today', doc_count: 2_000, top_version: { buckets: [{ key: 'v2', doc_count: 2_000 }] }, has_user: { doc_count: 1_000 } },
            { key: 'logs-yesterday', doc_count: 600, top_version: { buckets: [{ key: 'v1', doc_count: 600 }] }, has_user: { doc_count: 600 } },
          ],
        },
      },
    };
    const read = withSample(aggs, 20_600);
    expect(read.top_version).toEqual({ buckets: [{ key: 'v2', doc_count: 20_000 }, { key: 'v1', doc_count: 600 }] });
    expect(read.has_user).toEqual({ doc_count: 10_600 });
    // One factor for the whole sample (20,600 ÷ 2,600) would have read v1 as 4,754 of 20,600.
  });

  it("reads a random draw's counts as shares of the exact count: a value every error carries reads as the count, not as the draw's estimate of it", () => {
    // 322 errors, 110 of them drawn at 0.31 (the estimate: 355); Elasticsearch scales the counts by 1 ÷ 0.31.
    const draw = { random: { probability: 0.31, seed: SAMPLING_SEED } };
    const drawn = response({ [SAMPLE_AGG]: { doc_count: 110, seed: SAMPLING_SEED, probability: 0.31, top_version: { buckets: [{ key: '6.5.3', doc_count: 355 }] }, has_user: { doc_count: 177 }, distinct: { value: 40 } } });
    expect(drawnAggs(drawn, draw, 322)).toEqual({ top_version: { buckets: [{ key: '6.5.3', doc_count: 322 }] }, has_user: { doc_count: 161 }, distinct: { value: 40 } });
    // Nothing drawn (an empty window): as read.
    expect(drawnAggs(response({ [SAMPLE_AGG]: { doc_count: 0, has_user: { doc_count: 0 } } }), draw, 0)).toEqual({ has_user: { doc_count: 0 } });
  });

  it("reads a contrast field's top values from its role's own where it has one: the window's sample aggregates each field once", () => {
    const contrastFields = [FIELD_DEFAULTS.userAgent, 'host.name', FIELD_DEFAULTS.path];
    const aggs = windowSampleSearch({ ...scope, contrastFields }).aggs as Record<string, unknown>;
    expect(Object.keys(aggs).filter((name) => name.startsWith('contrast_'))).toEqual(['contrast_1']);
    expect(aggs.contrast_1).toEqual({ terms: { field: 'host.name', size: CONTRAST_VALUES } });
    expect(contrastFields.map((_, i) => contrastSource(FIELD_DEFAULTS, contrastFields, i))).toEqual(['top_userAgent', 'contrast_1', 'top_path']);
    // The role's own list is longer than the contrast's, so its first values are the contrast's.
    expect(TOP_TERMS).toBeGreaterThanOrEqual(CONTRAST_VALUES);
  });

  it('estimates the matches from the sample size (Elasticsearch does not scale that one)', () => {
    expect(estimatedMatches(response({ [SAMPLE_AGG]: { doc_count: 123 } }), sampling)).toBe(12_300);
    expect(estimatedMatches(response({}), sampling)).toBe(0);
  });
});
