import { readFileSync } from 'node:fs';
import { Client, ClientOptions } from '@elastic/elasticsearch';
import { Client as OpenSearchClient, ClientOptions as OpenSearchOptions } from '@opensearch-project/opensearch';
import { AwsSigv4Signer } from '@opensearch-project/opensearch/lib/aws/index.js';
import { z } from 'zod';
import type { Config } from '../config';
import { AppError, ErrorCode } from '../errors';
import type { SearchEngine } from './engine';
import { elasticsearchEngine } from './engines/elastic';
import { openSearchEngine } from './engines/opensearch';
import { trackAnswers } from './lastAnswer';

type ClusterSettings = Config['elasticsearch'];

/** In an incident a fast, honest failure beats silent retries that eat Slack's patience. */
const CLIENT_RETRIES = 1;

/** The one place the product's engine is built from settings: Elasticsearch, or OpenSearch when OPENSEARCH_URL is set. */
export function createSearchEngine(settings: ClusterSettings): SearchEngine {
  const engine = settings.engine === 'opensearch'
    ? openSearchEngine(createOpenSearchClient(settings), { timeoutMs: settings.timeoutMs, maxRetries: CLIENT_RETRIES })
    : elasticsearchEngine(createElasticsearchClient(settings));
  trackAnswers(engine);
  return engine;
}

/** The Elasticsearch client (URL or Cloud ID; API key or basic auth; custom CA). The benchmark uses it bare. */
export function createElasticsearchClient(settings: ClusterSettings): Client {
  const options: ClientOptions = {
    requestTimeout: settings.timeoutMs,
    maxRetries: CLIENT_RETRIES,
    name: 'status-triage',
  };
  if (settings.cloudId) options.cloud = { id: settings.cloudId };
  else options.node = settings.url;
  if (settings.apiKey) options.auth = { apiKey: settings.apiKey };
  else if (settings.username && settings.password) options.auth = { username: settings.username, password: settings.password };
  if (settings.caFile) options.tls = { ca: readCa(settings.caFile, 'ELASTICSEARCH_CA_FILE') };
  return new Client(options);
}

/** The OpenSearch client: basic auth, or AWS SigV4 signing for Amazon OpenSearch Service; custom CA. */
export function createOpenSearchClient(settings: ClusterSettings): OpenSearchClient {
  const options: OpenSearchOptions = {
    node: settings.url,
    requestTimeout: settings.timeoutMs,
    maxRetries: CLIENT_RETRIES,
    name: 'status-triage',
  };
  if (settings.awsSigV4) {
    Object.assign(options, AwsSigv4Signer({ region: settings.awsSigV4.region, service: settings.awsSigV4.service, ...awsCredentialsFromEnv() }));
  } else if (settings.username && settings.password) {
    options.auth = { username: settings.username, password: settings.password };
  }
  if (settings.caFile) options.ssl = { ca: readCa(settings.caFile, 'OPENSEARCH_CA_FILE') };
  return new OpenSearchClient(options);
}

function readCa(file: string, setting: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new AppError(ErrorCode.ConfigInvalid, `${setting} cannot be read`, { cause: error, hint: 'check the path and permissions' });
  }
}

const awsKeys = z.object({ AWS_ACCESS_KEY_ID: z.string().min(1), AWS_SECRET_ACCESS_KEY: z.string().min(1), AWS_SESSION_TOKEN: z.string().min(1).optional() });

/**
 * AWS credentials for signing, from the standard environment variables, read at each signature (a
 * rotated session token is picked up). Without them, the client's signer falls back to the AWS SDK's
 * default provider chain (instance roles, IRSA, SSO) when `@aws-sdk/credential-provider-node` is installed.
 */
function awsCredentialsFromEnv(): { getCredentials?: () => Promise<{ accessKeyId: string; secretAccessKey: string; sessionToken?: string }> } {
  if (!awsKeys.safeParse(process.env).success) return {};
  return {
    getCredentials: async () => {
      const keys = awsKeys.parse(process.env);
      return { accessKeyId: keys.AWS_ACCESS_KEY_ID, secretAccessKey: keys.AWS_SECRET_ACCESS_KEY, ...(keys.AWS_SESSION_TOKEN ? { sessionToken: keys.AWS_SESSION_TOKEN } : {}) };
    },
  };
}
