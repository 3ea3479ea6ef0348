/**
 * `work` over every item, at most `concurrency` at a time, the answers in the items' order. The integration
 * suites that triage dozens of cases use it to keep the test node busy while Node builds the last answer
 * (one at a time, each case left Elasticsearch idle between its two round trips); a handful, not dozens, so
 * the node's heap is not what they measure.
 */
export async function inPool<T, R>(items: readonly T[], concurrency: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const answers = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const at = next++;
      answers[at] = await work(items[at] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return answers;
}

/** How many cases the integration suites read at once. */
export const SUITE_CONCURRENCY = 3;
