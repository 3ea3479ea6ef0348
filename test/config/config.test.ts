import { loadConfig, requireSlackCredentials } from '../../src/config';
import { AppError } from '../../src/errors';

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an error');
}

describe('loadConfig', () => {
  it('gives the contract defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.elasticsearch.url).toBe('http://localhost:9200');
    expect(config.elasticsearch.index).toBe('logs-*');
    expect(config.slack.port).toBe(3000);
    expect(config.watch.statuses).toEqual([403, 404]);
    expect(config.watch.intervalMs).toBe(60_000);
    expect(config.fields.status).toBe('http.response.status_code');
    expect(config.slack.socketMode).toBe(false);
  });

  it('treats empty strings as unset', () => {
    const config = loadConfig({ ELASTICSEARCH_URL: '', PORT: '  ', SLACK_BOT_TOKEN: '' });
    expect(config.elasticsearch.url).toBe('http://localhost:9200');
    expect(config.slack.port).toBe(3000);
    expect(config.slack.botToken).toBeUndefined();
  });

  it('parses numbers, durations, lists and field renames', () => {
    const config = loadConfig({
      PORT: '8080',
      WATCH_INTERVAL: '2m',
      WATCH_SERVICES: 'a, b ,,c',
      WATCH_STATUSES: '404',
      ELASTICSEARCH_TIMEOUT: '5s',
      FIELD_USER_AGENT: 'ua',
      SLACK_APP_TOKEN: 'xapp-1-abc',
    });
    expect(config.slack.port).toBe(8080);
    expect(config.watch.intervalMs).toBe(120_000);
    expect(config.watch.services).toEqual(['a', 'b', 'c']);
    expect(config.watch.statuses).toEqual([404]);
    expect(config.elasticsearch.timeoutMs).toBe(5000);
    expect(config.fields.userAgent).toBe('ua');
    expect(config.slack.socketMode).toBe(true);
    expect(loadConfig({ SLACK_APP_TOKEN: 'xapp-1-abc', SLACK_SOCKET_MODE: 'false' }).slack.socketMode).toBe(false);
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['WATCH_INTERVAL', 'soon'],
    ['ELASTICSEARCH_URL', 'not a url'],
    ['WATCH_STATUSES', '500'],
    ['SLACK_SOCKET_MODE', 'maybe'],
    ['LOG_LEVEL', 'loud'],
  ])('names a bad %s in one line without echoing its value', (key, value) => {
    const error = errorOf(() => loadConfig({ [key]: value }));
    expect(error.code).toBe('config_invalid');
    expect(error.message).toContain(key);
    expect(error.message).not.toContain(value);
    expect(error.message.split('\n')).toHaveLength(1);
  });

  it('never echoes a malformed secret', () => {
    const error = errorOf(() => loadConfig({ SLACK_BOT_TOKEN: 'supersecret-value' }));
    expect(error.message).toContain('SLACK_BOT_TOKEN');
    expect(error.message).not.toContain('supersecret');
  });

  it('asks for Slack credentials only where the Slack app needs them', () => {
    const error = errorOf(() => requireSlackCredentials(loadConfig({})));
    expect(error.message).toContain('SLACK_BOT_TOKEN');
    expect(error.message).toContain('SLACK_SIGNING_SECRET');
    expect(requireSlackCredentials(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' })).botToken).toBe('xoxb-1');
  });
});
