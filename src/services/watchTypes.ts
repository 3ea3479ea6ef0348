import type { FollowUpKind, SkipReason } from '../domain/alerts/lifecycle';
import type { SpikeAlert, SpikeMeasure } from '../domain/spike';
import type { TriageStatus } from '../domain/types';
import type { AlertState } from '../elasticsearch/alertState';

/** What the watcher's parts share: the alert Slack gets, the poster, and the tick's report. */

export type Alert = SpikeAlert;
export type { AlertState } from '../elasticsearch/alertState';
export type { SkipReason } from '../domain/alerts/lifecycle';

export type FollowUp = { kind: FollowUpKind; measure: SpikeMeasure };

/** Where alerts go. The Slack implementation lives in slack/alerts; tests pass a recorder. */
export interface AlertPoster {
  /** Posts a new alert to `alert.channel`; answers where it landed. */
  post(alert: Alert): Promise<{ channel: string; ts: string }>;
  /** Marks the original message (`state.channel`/`state.ts`) resolved and notes it in its thread; `state.resolution` holds the final measure. */
  resolve(state: AlertState): Promise<void>;
  /** A note in the alert's thread (re-opened within the cooldown, or much worse than first told). */
  followUp?(state: AlertState, note: FollowUp): Promise<void>;
}

export interface IncidentRef {
  service: string;
  status: TriageStatus;
  incidentId: string;
}

export interface TickReport {
  at: string;
  durationMs: number;
  /** Service × status pairs measured. */
  checked: number;
  /** Every measure over the firing thresholds, alerted or not. */
  spikes: SpikeMeasure[];
  posted: Array<IncidentRef & { channel: string; ts: string }>;
  resolved: IncidentRef[];
  notes: Array<IncidentRef & { kind: FollowUp['kind'] }>;
  skipped: Array<{ service: string; status: TriageStatus; reason: SkipReason }>;
  errors: Array<{ service: string; status: TriageStatus; message: string }>;
  /** With `WATCH_SERVICES=*`: more services have logs than one tick checks. */
  truncated: boolean;
}
