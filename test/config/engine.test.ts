import { loadConfig } from '../../src/config';
import { AppError, ErrorCode } from '../../src/errors';

function problem(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof AppError && error.code === ErrorCode.ConfigInvalid) return error.message;
    throw error;
  }
  throw new Error('expected config_invalid');
}

describe('choosing the search engine', () => {
  it('is Elasticsearch unless OPENSEARCH_URL is set', () => {
    const es = loadConfig({ ELASTICSEARCH_URL: 'https://es.internal:9200', ELASTICSEARCH_API_KEY: 'k' }).elasticsearch;
    expect(es).toMatchObject({ engine: 'elasticsearch', url: 'https://es.internal:9200', apiKey: 'k', awsSigV4: null });
  });

  it('OPENSEARCH_URL chooses OpenSearch with its own credentials; index, timeout and state settings are shared', () => {
    const os = loadConfig({
      OPENSEARCH_URL: 'https://os.internal:9200',
      OPENSEARCH_USERNAME: 'reader',
      OPENSEARCH_PASSWORD: 'pw',
      OPENSEARCH_CA_FILE: '/etc/ca.pem',
      ELASTICSEARCH_INDEX: 'nginx-*',
      ELASTICSEARCH_TIMEOUT: '5s',
      STATE_INDEX: 'triage-state',
    }).elasticsearch;
    expect(os).toEqual({
      engine: 'opensearch',
      url: 'https://os.internal:9200',
      apiKey: undefined,
      username: 'reader',
      password: 'pw',
      cloudId: undefined,
      caFile: '/etc/ca.pem',
      awsSigV4: null,
      index: 'nginx-*',
      timeoutMs: 5000,
      stateIndex: 'triage-state',
    });
  });

  it('signs for Amazon OpenSearch Service with a region (managed domain by default, or Serverless)', () => {
    expect(loadConfig({ OPENSEARCH_URL: 'https://search-logs.eu-west-1.es.amazonaws.com', OPENSEARCH_AWS_REGION: 'eu-west-1' }).elasticsearch.awsSigV4).toEqual({ region: 'eu-west-1', service: 'es' });
    expect(loadConfig({ OPENSEARCH_URL: 'https://x.us-east-1.aoss.amazonaws.com', OPENSEARCH_AWS_REGION: 'us-east-1', OPENSEARCH_AWS_SERVICE: 'aoss' }).elasticsearch.awsSigV4).toEqual({ region: 'us-east-1', service: 'aoss' });
    expect(problem({ OPENSEARCH_URL: 'https://os', OPENSEARCH_AWS_REGION: 'Europe' })).toContain('OPENSEARCH_AWS_REGION must be an AWS region');
    expect(problem({ OPENSEARCH_URL: 'https://os', OPENSEARCH_AWS_REGION: 'eu-west-1', OPENSEARCH_AWS_SERVICE: 'lambda' })).toContain('OPENSEARCH_AWS_SERVICE');
  });

  it('refuses settings that name a second cluster or credentials for the other engine, naming each', () => {
    expect(problem({ OPENSEARCH_URL: 'https://os', ELASTICSEARCH_URL: 'https://es' })).toBe(
      'invalid setting: ELASTICSEARCH_URL is for Elasticsearch, but OPENSEARCH_URL chooses OpenSearch: remove one',
    );
    expect(problem({ OPENSEARCH_URL: 'https://os', ELASTICSEARCH_API_KEY: 'k', ELASTICSEARCH_CLOUD_ID: 'c' })).toMatch(/ELASTICSEARCH_API_KEY is for Elasticsearch.*; ELASTICSEARCH_CLOUD_ID is for Elasticsearch/);
    expect(problem({ OPENSEARCH_USERNAME: 'reader' })).toBe('invalid setting: OPENSEARCH_USERNAME applies to OpenSearch only: set OPENSEARCH_URL too, or remove it');
    expect(problem({ OPENSEARCH_URL: 'https://os', OPENSEARCH_AWS_REGION: 'eu-west-1', OPENSEARCH_PASSWORD: 'pw' })).toContain('OPENSEARCH_AWS_REGION signs requests with AWS credentials');
  });
});
