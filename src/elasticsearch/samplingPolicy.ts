/**
 * The sampling settings a triage runs with (settings `TRIAGE_SAMPLING`), apart from the code that builds
 * and reads samples (./sampling): the settings are read by every command, and this file pulls in no
 * Elasticsearch client, so `status-triage ask` starts without loading one.
 */

export interface SamplingPolicy {
  /** Documents each sampled search should read (about): 10,000 gives shares within about ±1 point. */
  sampleDocs: number;
  /** Forces this probability on every search that may be sampled, whatever the traffic (tests, comparisons). */
  probability: number | null;
  /**
   * Round one reads the top values of at most this many of the window's errors, and round two about this
   * many of the baseline days', chosen at random; below it, every one (default ERROR_SAMPLE_DOCS). Tests
   * force it low.
   */
  errorSampleDocs?: number;
}

export const DEFAULT_SAMPLE_DOCS = 10_000;
/** Elasticsearch takes a probability below 0.5 or exactly 1; above this, reading everything costs about the same. */
export const MAX_PROBABILITY = 0.45;
