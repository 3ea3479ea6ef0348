import type { Aggs, SearchResponse } from './responses';
import { aggsOf, bucketKey, buckets, docCount } from './responses';
import { mergeAggs } from './aggMerge';
import { DEFAULT_SAMPLE_DOCS, MAX_PROBABILITY, type SamplingPolicy } from './samplingPolicy';
import { BUSY_ROUTE_ABOVE, BY_INDEX_AGG, DAY_MS, HISTORY_DAYS, INDICES_AGG, ROUTE_SAMPLE_DOCS, SAMPLE_AGG, type ErrorDraw, type Sampling } from './triageQueries';

export { DEFAULT_SAMPLE_DOCS, MAX_PROBABILITY, type SamplingPolicy } from './samplingPolicy';

/**
 * When a triage reads a sample instead of every document, and how big. Round two's searches whose answers
 * are shares or contrasts (the service's requests in the window, the versions around it, the contrast)
 * take a `random_sampler` probability from round one's exact count of the service's requests in the
 * window, so every sample holds about `sampleDocs` documents whatever the traffic, and round two stays one
 * round trip. Round one, which has no count yet, reads its top values from a fixed number of the errors
 * (`errorSampleSize`, `withSample`), or, when a triage of the same window counted it minutes before, from a
 * `random_sampler` at the probability that count gives (`windowDraw`). A busy route's history is estimated too (`routeSampling`). The
 * window's 403/404 count and series, its paths and clients, the baseline's counts, and the history of
 * quiet routes and of every client are never estimated.
 */

/**
 * The errors whose top values round one reads on a busy service: 2,000 keep any share within about ±2
 * points. The counts and the series are always exact; a service with fewer errors than this in the window
 * (nearly all, nearly always) has every one of them read, exactly as without sampling.
 */
export const ERROR_SAMPLE_DOCS = 2_000;

/** How many errors round one reads the top values of; null: all of them (sampling off). */
export function errorSampleSize(policy: SamplingPolicy | null): number | null {
  return policy === null ? null : (policy.errorSampleDocs ?? ERROR_SAMPLE_DOCS);
}

/**
 * How round two draws the baseline days' errors whose top values it reads, from round one's exact count
 * of them: all of them with sampling off or when they are few (a probability above MAX_PROBABILITY would
 * read nearly as much); else a `random_sampler` keeping about `errorSampleSize` of them; where the engine
 * has no `random_sampler` (OpenSearch), that many ranked by a seeded hash, as round one draws the window's.
 * A forced probability does not apply: like round one's, this sample is sized by `errorSampleDocs`.
 */
export function baselineDraw(policy: SamplingPolicy | null, randomSampler: boolean, baselineErrors: number): ErrorDraw {
  const docs = errorSampleSize(policy);
  if (policy === null || docs === null) return null;
  if (!randomSampler) return { fixed: docs };
  // samplingFor's sizing, with no floor (the count is exact) and no forced probability.
  const random = samplingFor({ ...policy, probability: null }, baselineErrors, docs, 0);
  return random === null ? null : { random };
}

/**
 * How round one draws the window's errors whose top values it reads. It cannot count them first (that is
 * its own answer), so it draws a fixed number ranked by a seeded hash (which scores every error of the
 * window) unless it knows how many to expect: the count a triage of the same window saw minutes ago
 * (`WindowSizes`). Then, where the engine has `random_sampler`, it draws about as many at the probability
 * that count gives, and reads only those. An expected count too small for a probability below
 * MAX_PROBABILITY keeps the fixed draw (which reads every error when they are fewer than its size). If
 * the window now holds fewer than expected, the random draw is smaller, still uniform; the next triage
 * sizes it from the new count.
 */
export function windowDraw(policy: SamplingPolicy | null, randomSampler: boolean, expectedErrors: number | null): ErrorDraw {
  const docs = errorSampleSize(policy);
  if (policy === null || docs === null) return null;
  if (!randomSampler || expectedErrors === null) return { fixed: docs };
  const random = samplingFor({ ...policy, probability: null }, expectedErrors, docs, 0);
  return random === null ? { fixed: docs } : { random };
}

/**
 * A search's aggregations read back as if every matched document had been read, whatever the draw. A
 * random draw's counts come scaled by 1 ÷ probability, so a value every error carries would read as, say,
 * 354 of 322: they are scaled again by the exact count over the draw's own estimate of it (a ratio
 * estimate), so its shares sum to the count the rules divide them by.
 */
export function drawnAggs(response: SearchResponse, draw: ErrorDraw, exactCount: number): Aggs {
  if (draw === null) return aggsOf(response);
  if (!('random' in draw)) return withSample(aggsOf(response), exactCount);
  return unsampledTo(response, draw.random, exactCount);
}

/** A `random_sampler` search's aggregations, scaled so the matches they estimate are `exactCount` (ratioScaled). */
export function unsampledTo(response: SearchResponse, sampling: Sampling, exactCount: number): Aggs {
  return ratioScaled(unsampled(response), estimatedMatches(response, sampling), exactCount);
}

/**
 * A sample's counts (already scaled by 1 ÷ probability) scaled again by an exact count over the sample's
 * estimate of it: shares kept, sums matching the exact count they are compared with. No estimate (nothing
 * drawn): as read.
 */
export function ratioScaled(aggs: Aggs, estimate: number, exactCount: number): Aggs {
  return scaled(aggs, estimate > 0 ? exactCount / estimate : 1);
}

/** A fixed seed: the same data gives the same sample, so asking twice gives the same answer. */
export const SAMPLING_SEED = 14;
/**
 * The history's bar for a busy service is set as a sample of ten times the documents would be: 30 days of
 * traffic beyond it (HISTORY_EXACT_BELOW) make a service busy (see SamplingPlan.history).
 */
export const HISTORY_SAMPLE_FACTOR = 10;

/** Round two's samplings; null: that search reads every document. */
export interface SamplingPlan {
  requests: Sampling | null;
  versions: Sampling | null;
  /**
   * Not null on a busy service (30 days of its traffic over HISTORY_EXACT_BELOW): its top routes and
   * clients are then read one by one, routes exactly and clients with searches that stop (a sample would
   * miss a quiet route, and one search over them all would read every request of the busy ones). The
   * probability is the one a sample of the history would take; nothing is read at it.
   */
  history: Sampling | null;
}

export const NO_SAMPLING: SamplingPlan = { requests: null, versions: null, history: null };

/** Three significant digits: the request stays readable and identical for the same traffic. */
function roundProbability(p: number): number {
  const digits = Math.max(0, 2 - Math.floor(Math.log10(p)));
  return Number(p.toFixed(digits));
}

/**
 * Below these many expected documents a search reads them all: it costs a few milliseconds, and an ordinary
 * service's triage stays exactly what it was. The history's estimate (30 days at the window's rate) is the
 * coarsest, and only marks a busy service, so its bar is higher.
 */
export const EXACT_BELOW = 50_000;
export const HISTORY_EXACT_BELOW = 1_000_000;

/** The sampling for a search expected to match `expectedDocs` documents; null when reading them all is cheap. */
export function samplingFor(policy: SamplingPolicy | null, expectedDocs: number, sampleDocs = policy?.sampleDocs ?? DEFAULT_SAMPLE_DOCS, exactBelow = EXACT_BELOW): Sampling | null {
  if (policy === null) return null;
  if (policy.probability !== null) return { probability: policy.probability, seed: SAMPLING_SEED };
  if (!(expectedDocs >= exactBelow)) return null;
  const p = sampleDocs / expectedDocs;
  return p > MAX_PROBABILITY ? null : { probability: roundProbability(p), seed: SAMPLING_SEED };
}

/**
 * Round two's samplings from the service's requests in the window (exact, from round one): the versions
 * cover the window and the day before it, the history HISTORY_DAYS before it, both estimated at the
 * window's rate (an over-estimate at the peak hour only makes the sample smaller).
 */
export function samplingPlan(policy: SamplingPolicy | null, windowRequests: number, windowMs: number): SamplingPlan {
  if (policy === null) return NO_SAMPLING;
  const perMs = windowRequests / Math.max(1, windowMs);
  return {
    requests: samplingFor(policy, windowRequests),
    versions: samplingFor(policy, perMs * (windowMs + DAY_MS)),
    history: samplingFor(policy, perMs * HISTORY_DAYS * DAY_MS, policy.sampleDocs * HISTORY_SAMPLE_FACTOR, HISTORY_EXACT_BELOW),
  };
}

/**
 * A busy service's route (its target-status requests in the window, exact from round one): sampled when,
 * at the window's rate, it would hold BUSY_ROUTE_ABOVE requests over the lookback (triageQueries
 * `routeSampleSearch`), else null and read exactly. A forced probability samples every route.
 */
export function routeSampling(policy: SamplingPolicy | null, windowCount: number, windowMs: number): Sampling | null {
  return samplingFor(policy, (windowCount / Math.max(1, windowMs)) * HISTORY_DAYS * DAY_MS, ROUTE_SAMPLE_DOCS, BUSY_ROUTE_ABOVE);
}

/** A response's aggregations, looking inside the sample bucket when the search was sampled. */
export function unsampled(response: SearchResponse): Aggs {
  const aggs = aggsOf(response);
  const inner = aggs[SAMPLE_AGG];
  if (inner === null || typeof inner !== 'object') return aggs;
  // The sample bucket's own fields are not aggregations.
  return Object.fromEntries(Object.entries(inner).filter(([name]) => !SAMPLE_BUCKET_FIELDS.has(name))) as Aggs;
}

const SAMPLE_BUCKET_FIELDS = new Set(['doc_count', 'seed', 'probability', 'meta']);

/**
 * Aggregations with a fixed-size sample (triageQueries `fixedSample`) read back as if every document had
 * been read: the sample's aggregations join the exact ones, their counts scaled by exact ÷ sampled (1 when
 * the sample held every document, so nothing changes). Distinct counts and first/last times are not
 * scaled: they are what the sample saw. The sample is drawn per shard (up to its size from each), so it
 * comes split by index and each index's part is scaled by that index's own exact count (`INDICES_AGG`
 * beside it), then the parts added up: a window across a rollover (600 errors in yesterday's index,
 * 20,000 in today's) would otherwise weigh yesterday's as much as today's.
 */
export function withSample(aggs: Aggs, exactCount: number): Aggs {
  const sample = aggs[SAMPLE_AGG];
  if (sample === undefined || sample === null || typeof sample !== 'object') return aggs;
  const rest: Aggs = {};
  for (const [name, value] of Object.entries(aggs)) if (name !== SAMPLE_AGG && name !== INDICES_AGG) rest[name] = value;
  const exact = new Map(buckets(aggs, INDICES_AGG).map((b) => [bucketKey(b), b.doc_count]));
  const sampledTotal = docCount(aggs, SAMPLE_AGG);
  const parts = buckets(sample as Aggs, BY_INDEX_AGG).map((part) => {
    // An index missing from the exact counts (more indices than they list): the whole's factor.
    const matched = exact.get(bucketKey(part)) ?? (sampledTotal > 0 ? (part.doc_count * exactCount) / sampledTotal : part.doc_count);
    const factor = part.doc_count > 0 && matched > part.doc_count ? matched / part.doc_count : 1;
    return scaled(innerAggs(part as unknown as Aggs), factor);
  });
  return { ...rest, ...(parts.length === 0 ? {} : parts.reduce(mergeAggs)) };
}

/** A bucket's own aggregations (not its key and count). */
function innerAggs(bucket: Aggs): Aggs {
  const inner: Aggs = {};
  for (const [name, value] of Object.entries(bucket)) if (name !== 'doc_count' && name !== 'key' && name !== 'key_as_string' && name !== 'meta') inner[name] = value;
  return inner;
}

function scaled(aggs: Aggs, factor: number): Aggs {
  return factor === 1 ? aggs : (scaleCounts(aggs, factor) as Aggs);
}

const SCALED_KEYS = new Set(['doc_count', 'sum_other_doc_count', 'doc_count_error_upper_bound']);

function scaleCounts(value: unknown, factor: number): unknown {
  if (Array.isArray(value)) return value.map((v) => scaleCounts(v, factor));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, SCALED_KEYS.has(k) && typeof v === 'number' ? Math.round(v * factor) : scaleCounts(v, factor)]),
  );
}

/** Documents the sampled search matched, estimated from the sample's size (its own doc_count is not scaled). */
export function estimatedMatches(response: SearchResponse, sampling: Sampling): number {
  const inner = aggsOf(response)[SAMPLE_AGG] as { doc_count?: unknown } | undefined;
  const count = typeof inner?.doc_count === 'number' ? inner.doc_count : 0;
  return Math.round(count / sampling.probability);
}
