import type { SearchEngine } from './engine';
import { ACCESS_LOG_SETTINGS, accessLogMappings } from './mapping';
import type { FieldMap } from '../config/fields';
import { AppError, ErrorCode } from '../errors';

/** (Re)creates an access-log index with the product's mappings. For the demo and the benchmark only. */
export async function recreateAccessLogIndex(client: SearchEngine, index: string, fields: FieldMap): Promise<void> {
  await client.deleteIndex(index);
  await client.createIndex({ index, settings: ACCESS_LOG_SETTINGS, mappings: accessLogMappings(fields) });
}

/**
 * Streams documents into an index with the client's bulk helper (batched by size, a few requests in
 * flight), then refreshes. Any rejected document fails the load: a demo with holes would mislead.
 */
export async function bulkLoadStream(
  client: SearchEngine,
  index: string,
  docs: Iterable<Record<string, unknown>>,
  progress: (loaded: number) => void = () => undefined,
  batch: { flushBytes?: number; concurrency?: number } = {},
): Promise<number> {
  let loaded = 0;
  let failed = 0;
  let firstFailure = '';
  const result = await client.bulkLoad({
    index,
    datasource: (async function* counted() {
      for (const doc of docs) {
        loaded++;
        if (loaded % 50_000 === 0) progress(loaded);
        yield doc;
      }
    })(),
    onDrop: (error) => {
      failed++;
      if (!firstFailure) firstFailure = JSON.stringify(error);
    },
    flushBytes: batch.flushBytes ?? 5_000_000,
    concurrency: batch.concurrency ?? 2,
  });
  if (failed > 0 || result.aborted) {
    throw new AppError(ErrorCode.ElasticsearchResponse, `bulk load into ${index} rejected ${failed} documents: ${firstFailure}`);
  }
  return result.successful;
}
