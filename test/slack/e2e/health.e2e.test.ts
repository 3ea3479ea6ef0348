import { connect } from 'node:net';
import { createSlackApp } from '../../../src/slack/app';
import { loadConfig } from '../../../src/config';
import { fixtureAsk, fixtureTriage } from '../support/fixtures';
import { startHarness, type Harness } from '../support/harness';
import { captureLogs } from '../support/logs';
import { FORM, slashCommand } from '../support/signing';

describe('health endpoints', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it('GET /healthz reports Slack and Elasticsearch reachability (200 when both answer)', async () => {
    h = await startHarness({ triage: fixtureTriage(), ask: fixtureAsk(), health: async () => ({ elasticsearch: { reachable: true, latencyMs: 3 } }) });
    const response = await fetch(`${h.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'ok', mode: 'http', slack: { reachable: true }, elasticsearch: { reachable: true } });
    expect(h.slack.callsTo('api', 'auth.test').length).toBeGreaterThan(0);
  });

  it('GET /healthz is 503 with the reason when Elasticsearch is down; /livez stays 200', async () => {
    h = await startHarness({
      triage: fixtureTriage(),
      ask: fixtureAsk(),
      health: async () => {
        throw new Error('connect ECONNREFUSED http://elastic:hunter2@127.0.0.1:9200');
      },
    });
    const response = await fetch(`${h.baseUrl}/healthz`);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { status: string; elasticsearch: { reachable: boolean; detail: string } };
    expect(body.status).toBe('degraded');
    expect(body.elasticsearch.reachable).toBe(false);
    expect(body.elasticsearch.detail).toContain('ECONNREFUSED');
    expect(body.elasticsearch.detail).not.toContain('hunter2');
    expect((await fetch(`${h.baseUrl}/livez`)).status).toBe(200);
  });

  it('GET /healthz is 503 when Slack does not answer auth.test', async () => {
    h = await startHarness({ triage: fixtureTriage(), ask: fixtureAsk() });
    h.slack.fail({ kind: 'api', name: 'auth.test', fault: { status: 500 }, times: Infinity });
    const response = await fetch(`${h.baseUrl}/healthz`);
    const body = (await response.json()) as { slack: { reachable: boolean }; elasticsearch: { reachable: null } };
    expect(response.status).toBe(503);
    expect(body.slack.reachable).toBe(false);
    expect(body.elasticsearch.reachable).toBeNull();
  });
});

describe('lifecycle', () => {
  it('stop() lets an answer in progress finish before it returns', async () => {
    const h = await startHarness({ triage: fixtureTriage({ delayMs: 700 }), ask: fixtureAsk() });
    await h.post(slashCommand({ text: '403 checkout-api', response_url: h.slack.responseUrl() }), FORM);
    expect(h.app.inFlight()).toBe(1);
    await h.app.stop({ drainMs: 5000 });
    expect(h.slack.callsTo('response_url')).toHaveLength(1);
    expect(h.app.inFlight()).toBe(0);
    await h.slack.close();
  });

  it('stop() does not hang on a client that stalls mid-request', async () => {
    const h = await startHarness({ triage: fixtureTriage(), ask: fixtureAsk() });
    const socket = connect(h.app.port() ?? 0, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.on('error', () => undefined);
    socket.write('POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"partial":');
    const started = Date.now();
    await h.app.stop({ drainMs: 500 });
    expect(Date.now() - started).toBeLessThan(3000);
    socket.destroy();
    await h.slack.close();
  });

  it('builds a Socket Mode app when configured, without connecting until start()', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1-A0-1-abc', SLACK_API_URL: 'http://127.0.0.1:9/api' });
    expect(config.slack.socketMode).toBe(true);
    const handle = createSlackApp({ config, logger: captureLogs().logger, triage: fixtureTriage(), ask: fixtureAsk() });
    expect(handle.app).toBeDefined();
    expect(handle.port()).toBeUndefined();
  });

  it('refuses to build without credentials, naming the missing setting', () => {
    const config = loadConfig({ SLACK_SOCKET_MODE: 'false' });
    expect(() => createSlackApp({ config, logger: captureLogs().logger, triage: fixtureTriage(), ask: fixtureAsk() })).toThrow(/SLACK_BOT_TOKEN/);
  });
});
