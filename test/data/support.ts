import { isIP } from 'node:net';

/** Helpers for reading generated documents in tests (flat ECS keys). */

export type Doc = Record<string, unknown>;

export const status = (d: Doc): number => d['http.response.status_code'] as number;
export const path = (d: Doc): string => d['url.path'] as string;
export const time = (d: Doc): number => Date.parse(d['@timestamp'] as string);
export const str = (d: Doc, key: string): string | undefined => d[key] as string | undefined;
export const list = (d: Doc, key: string): readonly string[] | undefined => d[key] as readonly string[] | undefined;

export function isSuccess(code: number): boolean {
  return code >= 200 && code < 400;
}

/** A route template the way people read one: numbers become {id}, the segment after tenants/orgs {tenant}. */
export function template(p: string): string {
  const segments = p.split('/');
  return segments.map((s, i) => (/^(tenants|orgs|accounts)$/.test(segments[i - 1] ?? '') ? '{tenant}' : /^\d+$/.test(s) ? '{id}' : s)).join('/');
}

export function tenantInPath(p: string): string | null {
  return /\/(?:tenants|orgs|accounts)\/([^/]+)/.exec(p)?.[1] ?? null;
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + 1);
  return out;
}

export function validIp(value: unknown): boolean {
  return typeof value === 'string' && isIP(value) !== 0;
}

export function take<T>(iterable: Iterable<T>, n: number): T[] {
  const out: T[] = [];
  for (const item of iterable) {
    if (out.length >= n) break;
    out.push(item);
  }
  return out;
}
