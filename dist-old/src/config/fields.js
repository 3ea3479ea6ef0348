"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MISSING_FIELD_PREFIX = exports.FIELD_ROLES = exports.FIELD_DEFAULTS = void 0;
exports.fieldSettingName = fieldSettingName;
exports.displayFieldName = displayFieldName;
/**
 * The log fields the product reads, by role, with their ECS defaults. Each can be renamed by a setting
 * `FIELD_<ROLE>` for clusters that log other names.
 */
exports.FIELD_DEFAULTS = {
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
};
exports.FIELD_ROLES = Object.keys(exports.FIELD_DEFAULTS);
/** `userAgent` → `FIELD_USER_AGENT`. */
function fieldSettingName(role) {
    return `FIELD_${role.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
}
/** Prefix of the name a role reads when these logs have no usable field for it (no index maps it). */
exports.MISSING_FIELD_PREFIX = 'status_triage_missing.';
/** The field's name for people: a role these logs lack is named by its ECS default, never by the placeholder. */
function displayFieldName(role, field) {
    return field.startsWith(exports.MISSING_FIELD_PREFIX) ? exports.FIELD_DEFAULTS[role] : field;
}
//# sourceMappingURL=fields.js.map