import type { SearchEngine } from '../../src/elasticsearch/engine';
import fc from 'fast-check';
import { FIELD_DEFAULTS } from '../../src/config/fields';
import { routeTemplate } from '../../src/domain/routes';
import { readEvidence, ReaderDeps } from '../../src/elasticsearch/triageReader';
import { bulkLoad, createAccessLogIndex, deleteIndex, testClient, testElasticsearchUrl, uniqueIndexName } from '../support/elasticsearch';
import { DAY, HOUR, logDoc, MIN, NOW } from './support';

/**
 * Log content is attacker-controlled (anyone can request any URL). Against the real Elasticsearch:
 * hostile paths in the window neither break the triage nor turn into query syntax, and the route
 * history of each is found with its escaped regexp.
 */
describe('hostile paths in the logs, against the real Elasticsearch', () => {
  let client: SearchEngine;
  let index: string;
  // Printable text, emoji included (escaped whole, not one UTF-16 half at a time).
  // No `?` or `#`: a path in the logs carries neither (the template drops what follows them).
  const segment = fc.oneof(
    fc.constantFrom('*', '"', '\\', ' OR ', '.*', '(a+)+', '[a-z]', '{1,3}', '~', '@', '&', '<>', '|', '^$', 'é', 'İ', '😀', '𐀀', '%2e%2e', '..', 'wp-login.php', '.env'),
    fc.string({ minLength: 1, maxLength: 12 }).filter((t) => !/[/?#\p{C}]/u.test(t) && t.trim() === t && t.length > 0),
  );
  const paths = fc.sample(fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => `/${s.join('/')}`), { numRuns: 60, seed: 7 });
  // A scanner's traversal probe: 700 characters, nearly all of them escaped in the regexp (over Elasticsearch's 1000 limit).
  const longProbe = `/${'../'.repeat(233)}etc/passwd`;

  beforeAll(async () => {
    client = testClient();
    index = uniqueIndexName('st-rel-hostile');
    await createAccessLogIndex(client, index);
    const docs = [...paths, longProbe].flatMap((path, i) => [
      logDoc('scanned', 404, NOW - 30 * MIN + i * 1000, { 'url.path': path, 'source.ip': '203.0.113.9' }),
      // The same path answered 200 a few days ago: its route history must be found.
      logDoc('scanned', 200, NOW - 3 * DAY + i * 1000, { 'url.path': path }),
    ]);
    await bulkLoad(client, index, docs);
  });

  afterAll(async () => {
    await deleteIndex(client, index);
    await client.close();
  });

  it('reads the evidence in full, and finds the history of every route it looks up', async () => {
    const deps: ReaderDeps = { client, index, location: testElasticsearchUrl(), timeoutMs: 20_000, tenantPathPattern: /\/tenants\/([^/]+)/ };
    const { evidence, requests } = await readEvidence(deps, { status: 404, service: 'scanned', environment: null, from: NOW - HOUR, to: NOW, fields: { ...FIELD_DEFAULTS } });
    expect(requests).toBe(2);
    expect(evidence.total).toBe(paths.length + 1);
    expect(evidence.partial).toBe(false);
    const looked = evidence.paths.filter((p) => p.history !== null);
    expect(looked.length).toBeGreaterThan(0);
    for (const route of looked) expect(route.history?.byStatus['200']).toBeGreaterThanOrEqual(1);
    // The probe is too long to look up: left out, without failing anything else.
    const probe = evidence.paths.find((p) => p.template === routeTemplate(longProbe));
    expect(probe?.history ?? null).toBeNull();
  });
});
