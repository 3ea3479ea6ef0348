import { Composer, isSuccess } from './compose';
import { Random } from './random';
import { isAdmin } from './world';

/**
 * What an incident changes in the baseline itself: after a bad deploy the ordinary requests to the
 * broken routes fail too, and every later document carries the new version. Without this the baseline
 * would keep answering 200 next to the incident's 404s.
 */
export interface TrafficEffect {
  readonly service: string;
  /** Epoch ms, [from, to): when matching requests answer `status`. */
  readonly from: number;
  readonly to: number;
  /** Added to the production version index from `from` on (a deploy outside the normal schedule). */
  readonly versionBump: number;
  /** What matching successful production requests answer instead (null: no change of answer). */
  readonly status: 403 | 404 | null;
  readonly reason: string | undefined;
  /** Route templates affected (null: any). */
  readonly families: ReadonlySet<string> | null;
  /** Concrete paths affected (null: any). */
  readonly paths: ReadonlySet<string> | null;
  /** Only callers holding one of these roles … */
  readonly deniedRoles: ReadonlySet<string> | null;
  /** … and not this one (nor admin). */
  readonly unlessRole: string | null;
}

export function versionBump(effects: readonly TrafficEffect[], t: number): number {
  let bump = 0;
  for (const e of effects) if (e.versionBump !== 0 && t >= e.from) bump += e.versionBump;
  return bump;
}

export function applyEffects(effects: readonly TrafficEffect[], c: Composer, rng: Random): void {
  const d = c.d;
  for (const e of effects) {
    if (e.status === null || d.t < e.from || d.t >= e.to) continue;
    if (!isSuccess(d.status) || d.environment !== 'prod') continue;
    if (e.families !== null && (d.family === null || !e.families.has(d.family.key))) continue;
    if (e.paths !== null && !e.paths.has(d.path)) continue;
    if (e.deniedRoles !== null) {
      const roles = d.roles;
      if (roles === undefined || isAdmin(roles) || (e.unlessRole !== null && roles.includes(e.unlessRole))) continue;
      if (!roles.some((r) => e.deniedRoles?.has(r))) continue;
    }
    if (e.status === 403) c.forbidden(e.reason, rng);
    else c.notFound(rng);
  }
}
