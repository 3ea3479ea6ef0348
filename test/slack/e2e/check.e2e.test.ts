import type { SearchEngine } from '../../../src/elasticsearch/engine';
import { loadConfig } from '../../../src/config';
import { reshape } from '../../../src/data/shapes';
import { createCheckService } from '../../../src/services/check';
import { limitViolations } from '../../../src/slack/blocks';
import { logDoc, MIN, NOW } from '../../reliability/support';
import { bulkLoad, testClient, uniqueIndexName, testEngineEnv } from '../../support/elasticsearch';
import { asMessage, messageText } from '../support/messages';
import { fixtureAsk, fixtureTriage } from '../support/fixtures';
import { startHarness, type Harness } from '../support/harness';
import { FORM, slashCommand } from '../support/signing';

/**
 * `/status-triage check` through the real Bolt app, over signed HTTP, on a real nginx-JSON index with no
 * mapping: the asker alone gets the fields found and what can be judged; a cluster without a status field
 * gets the reason, never an Elasticsearch error.
 */
describe('/status-triage check, end to end', () => {
  let client: SearchEngine;
  let index: string;
  let h: Harness;

  beforeAll(async () => {
    client = testClient();
    index = uniqueIndexName('st-slack-check');
    await client.createIndex({ index, settings: { number_of_shards: 1, number_of_replicas: 0 } });
    const docs = Array.from({ length: 60 }, (_, i) => reshape(logDoc('www', i % 6 === 0 ? 404 : 200, NOW - 30 * MIN + i * 20_000, { 'user_agent.original': 'curl/8.5.0' }), 'nginx-json', i));
    await bulkLoad(client, index, docs);
    const config = loadConfig({ ...testEngineEnv(), ELASTICSEARCH_INDEX: index });
    h = await startHarness({ triage: fixtureTriage(), ask: fixtureAsk(), check: createCheckService({ client, config, now: () => new Date(NOW) }) });
  });

  afterAll(async () => {
    await h.stop();
    await client.deleteIndex(index);
    await client.close();
  });

  it('acknowledges at once, then tells the asker only which fields serve and what can be judged', async () => {
    const responseUrl = h.slack.responseUrl();
    const ack = await h.post(slashCommand({ text: 'check', response_url: responseUrl }), FORM);
    expect(ack.status).toBe(200);
    expect(ack.json).toMatchObject({ response_type: 'ephemeral' });
    const posted = await h.slack.waitFor((c) => c.kind === 'response_url');
    expect(posted.body.response_type).toBe('ephemeral');
    const text = messageText(posted.body);
    expect(text).toContain('can be triaged');
    expect(text).toContain('nginx JSON');
    expect(text).toContain('`remote_addr.keyword`');
    expect(text).toContain('`request_uri.keyword`');
    expect(text).toContain('FIELD_CLIENT_IP=remote_addr.keyword');
    expect(text).toMatch(/tenant_isolation_violation`: needs tenant/);
    expect(limitViolations(asMessage(posted))).toEqual([]);
  });

  it('`check` with more words gets the usage, not a guess', async () => {
    const ack = await h.post(slashCommand({ text: 'check everything now', response_url: h.slack.responseUrl() }), FORM);
    expect(JSON.stringify(ack.json)).toContain('takes nothing after it');
  });
});
