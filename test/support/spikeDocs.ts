/**
 * Hand-made access-log documents for watcher tests: a service's error count in the same 10 minutes on
 * each of the previous 7 days and now, so a spike (or its absence) is exactly what a test says.
 */
const MIN = 60_000;
const DAY = 86_400_000;

export function spikeDoc(service: string, status: number, at: number): Record<string, unknown> {
  return {
    '@timestamp': new Date(at).toISOString(),
    'service.name': service,
    'service.environment': 'prod',
    'http.response.status_code': status,
    'http.request.method': 'GET',
    'url.path': status === 404 ? '/v1/items/42' : '/v1/admin',
  };
}

/** `n` documents spread over the 10 minutes before `end`. */
export function burst(service: string, status: number, end: number, n: number): Array<Record<string, unknown>> {
  return Array.from({ length: n }, (_, i) => spikeDoc(service, status, end - 10 * MIN + Math.floor((i * 10 * MIN) / Math.max(n, 1))));
}

/** `perDay` documents in the same window on each of the 7 days before `at`, plus `current` in the window ending at `at`. */
export function history(service: string, status: number, perDay: number, current: number, at: number): Array<Record<string, unknown>> {
  return Array.from({ length: 7 }, (_, d) => burst(service, status, at - (d + 1) * DAY, perDay))
    .flat()
    .concat(burst(service, status, at, current));
}
