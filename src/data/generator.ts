import type { CauseId } from '../domain/types';
import { WriterOptions } from './document';
import { TrafficEffect } from './effects';
import { IncidentSpec, generateIncident, incidentEffect } from './incidents';
import { Seed } from './random';
import { DEFAULT_SEED, TrafficOptions, estimateTraffic, generateTraffic, trafficServices } from './traffic';
import { DAY, MINUTE } from './world';

/**
 * Synthetic ECS access logs for tests, the demo and the benchmark: baseline traffic of many services
 * plus incidents of every contract cause, deterministic for a seed and streamed, never held in memory.
 */

export { generateTraffic, estimateTraffic, trafficServices, DEFAULT_SEED } from './traffic';
export type { TrafficOptions } from './traffic';
export { generateIncident, incidentEffect, INCIDENT_STATUS } from './incidents';
export type { IncidentOptions, IncidentSpec, IncidentWindow } from './incidents';
export type { TrafficEffect } from './effects';
export type { WriterOptions } from './document';
export { serviceNames } from './service';

export interface DatasetOptions extends TrafficOptions {
  /** Incidents to place: their documents follow the baseline, and the baseline reflects them (deploys, broken routes). */
  incidents?: readonly IncidentSpec[];
}

/** The services a dataset covers: the traffic's, plus any an incident names. */
export function datasetServices(options: DatasetOptions): string[] {
  return [...new Set([...trafficServices(options), ...(options.incidents ?? []).map((i) => i.service)])];
}

/**
 * Baseline traffic with incidents in it. Incident surroundings never reach back before the traffic
 * starts, so the lookback a reader sees is the one the data has.
 */
export function* generateDataset(options: DatasetOptions): Generator<Record<string, unknown>, void, undefined> {
  const seed = options.seed ?? DEFAULT_SEED;
  const incidents = options.incidents ?? [];
  const start = options.end.getTime() - Math.round((options.days ?? 7) * DAY);
  const effects: TrafficEffect[] = [...(options.effects ?? [])];
  for (const spec of incidents) {
    const effect = incidentEffect(spec, seed);
    if (effect) effects.push(effect);
  }
  yield* generateTraffic({ ...options, services: datasetServices(options), effects });
  for (const spec of incidents) {
    const available = Math.max(0, (spec.from.getTime() - start) / DAY);
    yield* generateIncident(spec.id, {
      ...writerOptions(options),
      ...spec,
      seed,
      lookbackDays: Math.min(spec.lookbackDays ?? 7, available),
    });
  }
}

function writerOptions(options: WriterOptions): WriterOptions {
  return { fields: options.fields, omit: options.omit, withReason: options.withReason, extras: options.extras };
}

export interface DemoOptions extends WriterOptions {
  seed?: Seed;
  /** Days of history (default 7: a week of baseline for every comparison). */
  days?: number;
  /** Mean requests per minute per service (default 6). */
  ratePerMinute?: number;
  /** How long before `end` the incidents started (default 40 minutes). */
  incidentMinutes?: number;
}

export interface DemoIncident {
  service: string;
  id: CauseId;
  status: 403 | 404;
  from: Date;
  to: Date;
}

export interface DemoDataset {
  start: Date;
  end: Date;
  services: string[];
  /** Services with an incident, and what it is. */
  incidents: DemoIncident[];
  /** Services with nothing wrong (triage should find nothing that stands out). */
  calm: string[];
  /** Expected number of documents (the draw differs by a few per mille). */
  expectedDocs: number;
  /** The documents; each call streams them again, identically. */
  docs(): Generator<Record<string, unknown>, void, undefined>;
}

const DEMO: ReadonlyArray<{ service: string; id: CauseId | null; status: 403 | 404 }> = [
  { service: 'checkout-api', id: 'deploy_broke_routes', status: 404 },
  { service: 'billing-api', id: 'oauth_scope_insufficient', status: 403 },
  { service: 'accounts-api', id: 'tenant_isolation_violation', status: 403 },
  { service: 'web-frontend', id: 'scanner_probe', status: 404 },
  { service: 'search-api', id: null, status: 404 },
];

/** A week of five services ending at `end`, four of them in trouble right now, one calm. */
export function demoDataset(end: Date, options: DemoOptions = {}): DemoDataset {
  const days = options.days ?? 7;
  const from = new Date(end.getTime() - (options.incidentMinutes ?? 40) * MINUTE);
  const incidents: DemoIncident[] = [];
  const specs: IncidentSpec[] = [];
  for (const entry of DEMO) {
    if (entry.id === null) continue;
    incidents.push({ service: entry.service, id: entry.id, status: entry.status, from, to: end });
    specs.push({ id: entry.id, service: entry.service, from, to: end });
  }
  const services = DEMO.map((d) => d.service);
  const dataset: DatasetOptions = {
    ...writerOptions(options),
    seed: options.seed ?? DEFAULT_SEED,
    end,
    days,
    services,
    ratePerMinute: options.ratePerMinute ?? 6,
    incidents: specs,
  };
  return {
    start: new Date(end.getTime() - days * DAY),
    end,
    services,
    incidents,
    calm: DEMO.filter((d) => d.id === null).map((d) => d.service),
    expectedDocs: estimateTraffic(dataset),
    docs: () => generateDataset(dataset),
  };
}
