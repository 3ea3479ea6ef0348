import { readFileSync } from 'node:fs';
import { Client, ClientOptions } from '@elastic/elasticsearch';
import type { Config } from '../config';
import { AppError, ErrorCode } from '../errors';
import { trackAnswers } from './lastAnswer';

/** The one place a client is built from settings (URL or Cloud ID; API key or basic auth; custom CA). */
export function createElasticsearchClient(settings: Config['elasticsearch']): Client {
  const options: ClientOptions = {
    requestTimeout: settings.timeoutMs,
    // In an incident a fast, honest failure beats silent retries that eat Slack's patience.
    maxRetries: 1,
    name: 'status-triage',
  };
  if (settings.cloudId) options.cloud = { id: settings.cloudId };
  else options.node = settings.url;
  if (settings.apiKey) options.auth = { apiKey: settings.apiKey };
  else if (settings.username && settings.password) options.auth = { username: settings.username, password: settings.password };
  if (settings.caFile) {
    try {
      options.tls = { ca: readFileSync(settings.caFile) };
    } catch (error) {
      throw new AppError(ErrorCode.ConfigInvalid, 'ELASTICSEARCH_CA_FILE cannot be read', { cause: error, hint: 'check the path and permissions' });
    }
  }
  const client = new Client(options);
  trackAnswers(client);
  return client;
}
