import type { Aggs, SearchResponse } from './responses';
import { aggsOf } from './responses';
import { BUSY_ROUTE_ABOVE, DAY_MS, HISTORY_DAYS, ROUTE_SAMPLE_DOCS, SAMPLE_AGG, type Sampling } from './triageQueries';

/**
 * When a triage reads a sample instead of every document, and how big. Every sample is a `random_sampler`
 * in round two, its probability chosen from one of round one's exact counts so that it holds about a fixed
 * number of documents whatever the traffic: the service's requests in the window for the shares and
 * contrasts (requests, versions, contrast), the window's and the baseline days' errors for their top
 * values (`errorSampling`), a busy route's rate for its history (`routeSampling`). The window's 403/404
 * count and series, its paths, clients, top users and addresses, the baseline's counts, and the history of
 * quiet routes and of every client are never estimated.
 */

export interface SamplingPolicy {
  /** Documents each sampled search should read (about): 10,000 gives shares within about ±1 point. */
  sampleDocs: number;
  /** Forces this probability on every search that may be sampled, whatever the traffic (tests, comparisons). */
  probability: number | null;
  /**
   * The window's (and the baseline days') errors whose top values are read, about: more than this, and a
   * sample of this many is read (default ERROR_SAMPLE_DOCS). Tests force it low.
   */
  errorSampleDocs?: number;
}

/**
 * The errors whose top values a busy service's triage reads: 2,000 keep any share within about ±2 points.
 * A window with fewer than about 4,400 errors (2,000 ÷ MAX_PROBABILITY: nearly all, nearly always) has
 * every one of them read, exactly as without sampling.
 */
export const ERROR_SAMPLE_DOCS = 2_000;

export const DEFAULT_SAMPLE_DOCS = 10_000;
/** Elasticsearch takes a probability below 0.5 or exactly 1; above this, reading everything costs about the same. */
export const MAX_PROBABILITY = 0.45;
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
   * clients are then read one by one, quiet routes exactly, busy ones from bounded searches
   * (`routeSampling`), clients with searches that stop (a sample would miss a quiet route, and one search
   * over them all would read every request of the busy ones). The probability is the one a sample of the
   * history would take; nothing is read at it.
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

/** The sample of `errors` target-status requests whose top values are read; null: all of them. */
export function errorSampling(policy: SamplingPolicy | null, errors: number): Sampling | null {
  if (policy === null || !(errors > 0)) return null;
  const p = (policy.errorSampleDocs ?? ERROR_SAMPLE_DOCS) / errors;
  return p > MAX_PROBABILITY ? null : { probability: roundProbability(p), seed: SAMPLING_SEED };
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
  return inner !== null && typeof inner === 'object' ? (inner as Aggs) : aggs;
}

/** Documents the sampled search matched, estimated from the sample's size (its own doc_count is not scaled). */
export function estimatedMatches(response: SearchResponse, sampling: Sampling): number {
  const inner = aggsOf(response)[SAMPLE_AGG] as { doc_count?: unknown } | undefined;
  const count = typeof inner?.doc_count === 'number' ? inner.doc_count : 0;
  return Math.round(count / sampling.probability);
}
