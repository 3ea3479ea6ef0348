"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.coverageSearch = coverageSearch;
exports.edgeSearch = edgeSearch;
const triageQueries_1 = require("./triageQueries");
/**
 * `check`: one round trip over the whole index pattern. The last 24 h: documents, each role's coverage
 * and the number of services; beside it the newest and the oldest document (sorted top hits, which
 * Elasticsearch answers without counting).
 */
function coverageSearch(fields, roles, to, countServices) {
    const aggs = {};
    for (const role of roles)
        aggs[`has_${role}`] = { filter: { exists: { field: fields[role] } } };
    if (countServices)
        aggs.services = { cardinality: { field: fields.service } };
    return { size: 0, track_total_hits: true, query: { bool: { filter: [(0, triageQueries_1.range)(fields.time, to - triageQueries_1.DAY_MS, to)] } }, aggs };
}
function edgeSearch(fields, order) {
    return {
        size: 1,
        _source: false,
        track_total_hits: false,
        sort: [{ [fields.time]: { order, format: 'strict_date_optional_time' } }],
        query: { bool: { filter: [{ exists: { field: fields.time } }] } },
    };
}
//# sourceMappingURL=checkQueries.js.map