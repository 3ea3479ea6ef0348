import type { RecordingTriage } from '../support/fixtures';

/**
 * What the end-to-end tests triage: the real engine over a generated scenario in the real Elasticsearch.
 * The assertions compare the Slack messages with what the service returned (`results`), never with
 * literals.
 */
export interface TriageSubject {
  triage: RecordingTriage;
  /** A service and status with an incident in the data. */
  incident: { status: 403 | 404; service: string };
  /** A service name with no logs at all, close to a real one ("did you mean"). */
  unknownService: string;
  close(): Promise<void>;
}

export { elasticsearchSubject as makeSubject } from './elasticsearchSubject';
