import type { FieldMap } from '../config/fields';

type FieldType = 'date' | 'keyword' | 'long' | 'ip';

const ROLE_TYPES: Record<keyof FieldMap, FieldType> = {
  time: 'date',
  service: 'keyword',
  version: 'keyword',
  environment: 'keyword',
  status: 'long',
  method: 'keyword',
  path: 'keyword',
  referrer: 'keyword',
  userAgent: 'keyword',
  clientIp: 'ip',
  user: 'keyword',
  roles: 'keyword',
  tenant: 'keyword',
  resourceTenant: 'keyword',
  reason: 'keyword',
  auth: 'keyword',
  scopes: 'keyword',
  bytes: 'long',
  cacheStatus: 'keyword',
  cacheControl: 'keyword',
};

/**
 * Mappings for access-log indices this project creates (demo, tests, benchmark). Real clusters bring
 * their own; the reader only needs these types (keyword for terms, date, long, ip).
 */
export function accessLogMappings(fields: FieldMap): Record<string, unknown> {
  const properties: Record<string, { type: FieldType; ignore_above?: number }> = {};
  for (const [role, type] of Object.entries(ROLE_TYPES) as Array<[keyof FieldMap, FieldType]>) {
    properties[fields[role]] = type === 'keyword' ? { type, ignore_above: 2048 } : { type };
  }
  return {
    dynamic_templates: [{ strings_as_keywords: { match_mapping_type: 'string', mapping: { type: 'keyword', ignore_above: 1024 } } }],
    properties,
  };
}

export const ACCESS_LOG_SETTINGS = { number_of_shards: 1, number_of_replicas: 0, refresh_interval: '1s' } as const;
