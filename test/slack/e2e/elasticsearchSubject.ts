import { loadConfig } from '../../../src/config';
import { generateDataset } from '../../../src/data/generator';
import { createLogger } from '../../../src/logging';
import { createTriageService } from '../../../src/services/triage';
import { bulkLoad, createAccessLogIndex, deleteIndex, testClient, uniqueIndexName } from '../../support/elasticsearch';
import type { RecordingTriage } from '../support/fixtures';
import type { TriageSubject } from './subject';

/**
 * The real engine: a fresh index with a generated day of traffic in which `accounts-api` has a tenant
 * isolation incident right now (403s), triaged by `createTriageService` against the test Elasticsearch.
 */
export async function elasticsearchSubject(): Promise<TriageSubject> {
  const client = testClient();
  const index = uniqueIndexName('st-slack');
  const end = new Date();
  const from = new Date(end.getTime() - 40 * 60_000);
  await createAccessLogIndex(client, index);
  const docs = [
    ...generateDataset({
      end,
      days: 1,
      services: ['accounts-api', 'billing-api'],
      totalDocs: 6000,
      incidents: [{ id: 'tenant_isolation_violation', service: 'accounts-api', from, to: end, count: 300 }],
    }),
  ];
  await bulkLoad(client, index, docs);
  const config = loadConfig({ ELASTICSEARCH_INDEX: index });
  const logger = createLogger({ level: 'silent' });
  return {
    triage: recording(createTriageService({ client, config, logger })),
    incident: { status: 403, service: 'accounts-api' },
    unknownService: 'accounts-apl',
    close: async () => {
      await deleteIndex(client, index);
      await client.close();
    },
  };
}

/** Records what a real TriageService was asked and answered, so the same assertions apply. */
export function recording(service: Omit<RecordingTriage, 'requests' | 'sampleRequests' | 'results'>): RecordingTriage {
  const recorded: RecordingTriage = {
    requests: [],
    sampleRequests: [],
    results: [],
    async triage(request) {
      recorded.requests.push(request);
      const result = await service.triage(request);
      recorded.results.push(result);
      return result;
    },
    async samples(request, size) {
      recorded.sampleRequests.push(request);
      return service.samples(request, size);
    },
    knownServices: (days) => service.knownServices(days),
  };
  return recorded;
}
