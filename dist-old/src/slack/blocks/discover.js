"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.discoverUrl = discoverUrl;
/** Rison string: single-quoted, with `!` and `'` escaped by `!` (Kibana's URL state format). */
function risonString(value) {
    return `'${value.replace(/!/g, '!!').replace(/'/g, "!'")}'`;
}
/** A KQL phrase: a literal value in double quotes, so nothing the user typed is read as query syntax. */
function kqlPhrase(value) {
    return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
/**
 * The Kibana Discover view of the same documents the triage counted (service, status, environment, window).
 * Null when the settings do not make a usable URL.
 */
function discoverUrl(query) {
    let base;
    try {
        base = new URL(query.kibanaUrl);
    }
    catch {
        return null;
    }
    if (base.protocol !== 'http:' && base.protocol !== 'https:')
        return null;
    const root = base.toString().replace(/\/+$/, '');
    const clauses = [`${query.fields.service}:${kqlPhrase(query.service)}`, `${query.fields.status}:${query.status}`];
    if (query.environment !== null)
        clauses.push(`${query.fields.environment}:${kqlPhrase(query.environment)}`);
    const g = `(time:(from:${risonString(query.from)},to:${risonString(query.to)}))`;
    const a = `(query:(language:kuery,query:${risonString(clauses.join(' and '))}))`;
    return `${root}/app/discover#/?_g=${encodeURIComponent(g)}&_a=${encodeURIComponent(a)}`;
}
//# sourceMappingURL=discover.js.map