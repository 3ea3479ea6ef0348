/**
 * "Success" everywhere in the product: the request was served, 2xx or 3xx (a 304 or a redirect means the
 * route exists and answered). The queries (elasticsearch/triageQueries) and the tests' simulated reader
 * both read this one definition.
 */
export const SUCCESS_STATUS = { gte: 200, lt: 400 } as const;

export function isSuccessStatus(code: number): boolean {
  return code >= SUCCESS_STATUS.gte && code < SUCCESS_STATUS.lt;
}
