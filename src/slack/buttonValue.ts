import { z } from 'zod';
import type { TriageRequest } from '../services/types';
import { WINDOWS } from '../domain/window';
import { ENVIRONMENT_PATTERN, SERVICE_PATTERN } from './commandText';

/**
 * What a button carries: the triage it belongs to, so re-run / widen / samples need no server-side state.
 * The value comes back from Slack inside a signed request, but it is still read with zod: a button can be
 * older than the current code, and nothing read from Slack is trusted blindly.
 */
const buttonValueSchema = z.object({
  v: z.literal(1),
  s: z.union([z.literal(403), z.literal(404)]),
  n: z.string().regex(SERVICE_PATTERN),
  w: z.enum(WINDOWS),
  e: z.string().regex(ENVIRONMENT_PATTERN).nullable(),
});

export function encodeButtonValue(request: Pick<TriageRequest, 'status' | 'service' | 'window' | 'environment'>): string {
  return JSON.stringify({ v: 1, s: request.status, n: request.service, w: request.window, e: request.environment });
}

export function decodeButtonValue(value: string | undefined): TriageRequest | null {
  if (value === undefined || value.length > 2000) return null;
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    return null;
  }
  const parsed = buttonValueSchema.safeParse(json);
  if (!parsed.success) return null;
  return { status: parsed.data.s, service: parsed.data.n, window: parsed.data.w, environment: parsed.data.e };
}
