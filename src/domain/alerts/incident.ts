import type { SpikeAlert, SpikeMeasure } from '../spike';
import type { TriageStatus } from '../types';

/**
 * The last incident of one service and status, as the state index keeps it. The domain owns the shape
 * (the lifecycle reads and writes it); elasticsearch/alertState parses it with a zod schema typed
 * against this interface, so the two cannot drift apart.
 */

/** A measure as people were told about it. */
export interface MeasureSnapshot {
  count: number;
  expected: number;
  ratio: number | null;
  changePct: number | null;
  /** ISO time of the tick that measured it. */
  at: string;
}

/** Slack work claimed but not confirmed done. */
export type PendingWork = 'post' | 'resolve' | 'refire' | 'worsened';

/** Who holds a claim, until when: with a live lease everyone else leaves the claim alone. */
export interface Lease {
  owner: string;
  token: string;
  until: string;
}

export interface IncidentRecord {
  kind: 'alert';
  service: string;
  status: TriageStatus;
  /** `<service>/<status>/<firedAt ISO>`: stable for the incident's whole life, re-openings included. */
  incidentId: string;
  phase: 'firing' | 'resolved';
  firedAt: string;
  resolvedAt: string | null;
  updatedAt: string;
  /** The measure that fired the incident, and the latest one people were told about. */
  fired: MeasureSnapshot;
  notified: MeasureSnapshot;
  /** The measure when it resolved. */
  resolution: MeasureSnapshot | null;
  /** Times it re-opened within the cooldown. */
  refires: number;
  channel: string | null;
  ts: string | null;
  /**
   * Slack work claimed but not confirmed done. With an expired lease, another replica (or this one after
   * a restart) takes it over; with a live lease, everyone else leaves it alone.
   */
  pending: PendingWork | null;
  lease: Lease | null;
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
  /** What was posted, kept to re-render the message on resolution. */
  alert: SpikeAlert | null;
}

export function snapshotOf(m: SpikeMeasure, atMs: number): MeasureSnapshot {
  return { count: m.count, expected: m.expected, ratio: m.ratio, changePct: m.changePct, at: new Date(atMs).toISOString() };
}

export function leaseLive(record: IncidentRecord, nowMs: number): boolean {
  return record.lease !== null && Date.parse(record.lease.until) > nowMs;
}
