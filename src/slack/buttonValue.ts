import { z } from 'zod';
import { parseDuration } from '../domain/duration';
import type { TriageStatus } from '../domain/types';
import type { TriageRequest } from '../services/types';
import { WINDOWS } from '../domain/window';
import { ENVIRONMENT_NAME_PATTERN, SERVICE_NAME_PATTERN } from '../domain/serviceName';
import { MAX_MUTE_MS, MIN_MUTE_MS } from './commandText';

/**
 * What a button carries: the triage it belongs to, so re-run / widen / samples need no server-side state.
 * The value comes back from Slack inside a signed request, but it is still read with zod: a button can be
 * older than the current code, and nothing read from Slack is trusted blindly.
 */
const buttonValueSchema = z.object({
  v: z.literal(1),
  s: z.union([z.literal(403), z.literal(404)]),
  n: z.string().regex(SERVICE_NAME_PATTERN),
  w: z.enum(WINDOWS),
  e: z.string().regex(ENVIRONMENT_NAME_PATTERN).nullable(),
});

export function encodeButtonValue(request: Pick<TriageRequest, 'status' | 'service' | 'window' | 'environment'>): string {
  return JSON.stringify({ v: 1, s: request.status, n: request.service, w: request.window, e: request.environment });
}

/** A button's value as its schema reads it, or null for anything else (too long, not JSON, wrong shape). */
function parseValue<T>(value: string | undefined, schema: z.ZodType<T>): T | null {
  if (value === undefined || value.length > 2000) return null;
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

export function decodeButtonValue(value: string | undefined): TriageRequest | null {
  const data = parseValue(value, buttonValueSchema);
  return data === null ? null : { status: data.s, service: data.n, window: data.w, environment: data.e };
}

/** The service and status an alert button acts on, plus the mute duration for mute buttons. */
export interface AlertButton {
  status: TriageStatus;
  service: string;
  /** Mute buttons only: how long, as written on the button (`4h`). */
  duration: string | null;
  durationMs: number | null;
}

const alertButtonSchema = z.object({
  v: z.literal(1),
  k: z.literal('alert'),
  s: z.union([z.literal(403), z.literal(404)]),
  n: z.string().regex(SERVICE_NAME_PATTERN),
  d: z.string().max(10).optional(),
});

export function encodeAlertButton(value: { status: TriageStatus; service: string; duration?: string }): string {
  return JSON.stringify({ v: 1, k: 'alert', s: value.status, n: value.service, ...(value.duration ? { d: value.duration } : {}) });
}

/** Null for anything that is not an alert button value, including a mute duration out of bounds. */
export function decodeAlertButton(value: string | undefined): AlertButton | null {
  const data = parseValue(value, alertButtonSchema);
  if (data === null) return null;
  const { s: status, n: service, d: duration } = data;
  if (duration === undefined) return { status, service, duration: null, durationMs: null };
  const ms = parseDuration(duration);
  if (ms === null || ms < MIN_MUTE_MS || ms > MAX_MUTE_MS) return null;
  return { status, service, duration, durationMs: ms };
}
