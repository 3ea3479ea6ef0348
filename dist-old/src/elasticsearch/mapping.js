"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ACCESS_LOG_SETTINGS = void 0;
exports.accessLogMappings = accessLogMappings;
const ROLE_TYPES = {
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
function accessLogMappings(fields) {
    const properties = {};
    for (const [role, type] of Object.entries(ROLE_TYPES)) {
        properties[fields[role]] = type === 'keyword' ? { type, ignore_above: 2048 } : { type };
    }
    return {
        dynamic_templates: [{ strings_as_keywords: { match_mapping_type: 'string', mapping: { type: 'keyword', ignore_above: 1024 } } }],
        properties,
    };
}
exports.ACCESS_LOG_SETTINGS = { number_of_shards: 1, number_of_replicas: 0, refresh_interval: '1s' };
//# sourceMappingURL=mapping.js.map