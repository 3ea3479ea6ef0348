import type { SearchEngine } from './engine';
import { elasticsearchError } from './errors';
import { lastAnswerAt } from './lastAnswer';

export interface ClusterReachability {
  reachable: boolean;
  detail?: string;
  latencyMs?: number;
}

/** `_cluster/health` (not `GET /`, which not every deployment exposes), bounded in time. */
export async function checkElasticsearch(client: SearchEngine, location: string, timeoutMs = 3000): Promise<ClusterReachability> {
  const started = Date.now();
  try {
    const health = await client.clusterHealth({}, { requestTimeout: timeoutMs, maxRetries: 0 });
    return { reachable: health.status !== 'red', detail: `cluster ${health.status}`, latencyMs: Date.now() - started };
  } catch (error) {
    return { reachable: false, detail: elasticsearchError(error, location, timeoutMs, { lastAnswer: lastAnswerAt(client) }).message, latencyMs: Date.now() - started };
  }
}
