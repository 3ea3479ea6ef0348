/**
 * The expected count for a window, from the same window on previous days and the trailing 24 hours.
 * A median, so that one bad day last week does not make today's incident look normal.
 */
export function expectedCount(perDay: readonly number[], trailing24h: number, windowMs: number): number {
  const trailingScaled = (trailing24h * windowMs) / 86_400_000;
  const samples = [...perDay, trailingScaled].sort((a, b) => a - b);
  if (samples.length === 0) return 0;
  const mid = Math.floor(samples.length / 2);
  const median = samples.length % 2 === 1 ? (samples[mid] as number) : ((samples[mid - 1] as number) + (samples[mid] as number)) / 2;
  return Math.round(median * 10) / 10;
}

export function spikeRatio(total: number, expected: number): number | null {
  if (expected <= 0) return null;
  return Math.round((total / expected) * 10) / 10;
}
