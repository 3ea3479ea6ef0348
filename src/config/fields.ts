/**
 * The log fields the product reads, by role, with their ECS defaults. Each can be renamed by a setting
 * `FIELD_<ROLE>` for clusters that log other names.
 */
export const FIELD_DEFAULTS = {
  time: '@timestamp',
  service: 'service.name',
  version: 'service.version',
  environment: 'service.environment',
  status: 'http.response.status_code',
  method: 'http.request.method',
  path: 'url.path',
  referrer: 'http.request.referrer',
  userAgent: 'user_agent.original',
  clientIp: 'source.ip',
  user: 'user.id',
  roles: 'user.roles',
  tenant: 'organization.id',
  resourceTenant: 'labels.resource_tenant',
  reason: 'event.reason',
  auth: 'labels.auth',
  scopes: 'labels.token_scopes',
  bytes: 'http.response.body.bytes',
  cacheStatus: 'labels.cache_status',
  cacheControl: 'labels.cache_control',
} as const;

export type FieldRole = keyof typeof FIELD_DEFAULTS;
export type FieldMap = Record<FieldRole, string>;

export const FIELD_ROLES = Object.keys(FIELD_DEFAULTS) as FieldRole[];

/** `userAgent` → `FIELD_USER_AGENT`. */
export function fieldSettingName(role: FieldRole): string {
  return `FIELD_${role.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
}

/** Prefix of the name a role reads when these logs have no usable field for it (no index maps it). */
export const MISSING_FIELD_PREFIX = 'status_triage_missing.';

/** The field's name for people: a role these logs lack is named by its ECS default, never by the placeholder. */
export function displayFieldName(role: FieldRole, field: string): string {
  return field.startsWith(MISSING_FIELD_PREFIX) ? FIELD_DEFAULTS[role] : field;
}
