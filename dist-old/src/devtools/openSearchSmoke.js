#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const node_assert_1 = require("node:assert");
const localElasticsearch_1 = require("./localElasticsearch");
const HOUR = 3_600_000;
/** A fixed hour, so that buckets and ranges are known in advance. */
const T0 = Date.parse('2026-01-05T10:00:00Z');
async function call(base, method, path, body, ndjson = false) {
    const init = { method, signal: AbortSignal.timeout(30_000) };
    if (body !== undefined) {
        init.headers = { 'content-type': ndjson ? 'application/x-ndjson' : 'application/json' };
        init.body = ndjson ? body.map((line) => `${JSON.stringify(line)}\n`).join('') : JSON.stringify(body);
    }
    const response = await fetch(`${base}${path}`, init);
    const text = await response.text();
    return { status: response.status, body: text === '' ? null : JSON.parse(text) };
}
/** `get(body, 'a', 0, 'b')`: a value deep in a JSON reply, or undefined. */
function get(value, ...keys) {
    let current = value;
    for (const key of keys) {
        if (current === null || current === undefined || typeof current !== 'object')
            return undefined;
        current = Array.isArray(current) ? (typeof key === 'number' ? current[key] : undefined) : current[String(key)];
    }
    return current;
}
function expectStatus(reply, expected, what) {
    node_assert_1.strict.equal(reply.status, expected, `${what}: HTTP ${reply.status} ${JSON.stringify(reply.body).slice(0, 500)}`);
}
/** Ten requests: an hour of 404s and 403s on two paths, spread over two hours. */
function documents() {
    const docs = [];
    for (let i = 0; i < 10; i++) {
        docs.push({
            '@timestamp': new Date(T0 + i * 12 * 60_000).toISOString(),
            status: i < 6 ? 404 : 403,
            path: i % 2 === 0 ? '/a' : '/b',
            service: 'shop',
            bytes: 100 + i,
        });
    }
    return docs;
}
async function smoke(base, say) {
    const index = `os-smoke-${Date.now()}`;
    const health = await call(base, 'GET', '/_cluster/health');
    expectStatus(health, 200, '_cluster/health');
    node_assert_1.strict.ok(['green', 'yellow'].includes(String(get(health.body, 'status'))), `cluster health is ${JSON.stringify(get(health.body, 'status'))}`);
    say(`_cluster/health: ${String(get(health.body, 'status'))}`);
    try {
        expectStatus(await call(base, 'PUT', `/${index}`, {
            settings: { number_of_shards: 1, number_of_replicas: 0 },
            mappings: { properties: { '@timestamp': { type: 'date' }, status: { type: 'short' }, path: { type: 'keyword' }, service: { type: 'keyword' }, bytes: { type: 'long' } } },
        }), 200, 'create index');
        const bulk = await call(base, 'POST', `/_bulk?refresh=true`, documents().flatMap((doc) => [{ index: { _index: index } }, doc]), true);
        expectStatus(bulk, 200, '_bulk');
        node_assert_1.strict.equal(get(bulk.body, 'errors'), false, `_bulk reported errors: ${JSON.stringify(bulk.body).slice(0, 500)}`);
        node_assert_1.strict.equal(get(bulk.body, 'items').length, 10);
        say('_bulk: 10 documents');
        const caps = await call(base, 'GET', `/${index}/_field_caps?fields=*`);
        expectStatus(caps, 200, '_field_caps');
        node_assert_1.strict.equal(get(caps.body, 'fields', '@timestamp', 'date', 'type'), 'date');
        node_assert_1.strict.equal(get(caps.body, 'fields', 'path', 'keyword', 'aggregatable'), true);
        node_assert_1.strict.equal(get(caps.body, 'fields', 'status', 'short', 'searchable'), true);
        say('_field_caps: @timestamp date, path keyword, status short');
        const from = T0;
        const to = T0 + 2 * HOUR;
        const bucketMs = 30 * 60_000;
        const msearch = await call(base, 'POST', '/_msearch', [
            { index },
            {
                size: 0,
                track_total_hits: true,
                query: { bool: { filter: [{ term: { service: 'shop' } }, { range: { '@timestamp': { gte: from, lt: to, format: 'epoch_millis' } } }] } },
                aggs: {
                    paths: { terms: { field: 'path', size: 3 }, aggs: { per_minute: { date_histogram: { field: '@timestamp', fixed_interval: '1m', min_doc_count: 1 } } } },
                    series: {
                        date_histogram: {
                            field: '@timestamp',
                            fixed_interval: `${bucketMs / 1000}s`,
                            offset: `${from % bucketMs}ms`,
                            min_doc_count: 0,
                            extended_bounds: { min: from, max: to - 1 },
                            hard_bounds: { min: from, max: to },
                        },
                    },
                    statuses: { filters: { filters: { not_found: { term: { status: 404 } }, forbidden: { term: { status: 403 } } } } },
                    first: { min: { field: '@timestamp' } },
                    last: { max: { field: '@timestamp' } },
                },
            },
            { index },
            {
                size: 0,
                aggs: {
                    days: {
                        date_range: {
                            field: '@timestamp',
                            format: 'epoch_millis',
                            keyed: true,
                            ranges: [
                                { key: 'first_hour', from, to: from + HOUR },
                                { key: 'trailing', from: from - HOUR, to: from },
                            ],
                        },
                    },
                },
            },
        ], true);
        expectStatus(msearch, 200, '_msearch');
        const [main, days] = [get(msearch.body, 'responses', 0), get(msearch.body, 'responses', 1)];
        node_assert_1.strict.equal(get(main, 'status'), 200, `first search: ${JSON.stringify(main).slice(0, 500)}`);
        node_assert_1.strict.equal(get(main, 'hits', 'total', 'value'), 10);
        const pathBuckets = get(main, 'aggregations', 'paths', 'buckets');
        node_assert_1.strict.deepEqual(pathBuckets.map((b) => [get(b, 'key'), get(b, 'doc_count'), get(b, 'per_minute', 'buckets').length]), [
            ['/a', 5, 5],
            ['/b', 5, 5],
        ]);
        node_assert_1.strict.deepEqual(get(main, 'aggregations', 'series', 'buckets').map((b) => get(b, 'doc_count')), [3, 2, 3, 2]);
        node_assert_1.strict.equal(get(main, 'aggregations', 'statuses', 'buckets', 'not_found', 'doc_count'), 6);
        node_assert_1.strict.equal(get(main, 'aggregations', 'statuses', 'buckets', 'forbidden', 'doc_count'), 4);
        node_assert_1.strict.equal(get(main, 'aggregations', 'first', 'value'), T0);
        node_assert_1.strict.equal(get(main, 'aggregations', 'last', 'value'), T0 + 9 * 12 * 60_000);
        node_assert_1.strict.equal(get(days, 'status'), 200, `second search: ${JSON.stringify(days).slice(0, 500)}`);
        node_assert_1.strict.equal(get(days, 'aggregations', 'days', 'buckets', 'first_hour', 'doc_count'), 5);
        node_assert_1.strict.equal(get(days, 'aggregations', 'days', 'buckets', 'trailing', 'doc_count'), 0);
        say('_msearch: terms + date_histogram, filters, min/max, date_range (keyed, epoch_millis)');
        const id = 'alert:404:shop';
        const created = await call(base, 'PUT', `/${index}/_doc/${encodeURIComponent(id)}?op_type=create&refresh=true`, { state: 'open' });
        expectStatus(created, 201, 'index with op_type=create');
        const seqNo = get(created.body, '_seq_no');
        const primaryTerm = get(created.body, '_primary_term');
        node_assert_1.strict.ok(typeof seqNo === 'number' && typeof primaryTerm === 'number', `no _seq_no/_primary_term in ${JSON.stringify(created.body)}`);
        expectStatus(await call(base, 'PUT', `/${index}/_doc/${encodeURIComponent(id)}?op_type=create&refresh=true`, { state: 'open' }), 409, 'second op_type=create');
        const replaced = await call(base, 'PUT', `/${index}/_doc/${encodeURIComponent(id)}?if_seq_no=${seqNo}&if_primary_term=${primaryTerm}&refresh=true`, { state: 'closed' });
        expectStatus(replaced, 200, 'index with if_seq_no/if_primary_term');
        expectStatus(await call(base, 'PUT', `/${index}/_doc/${encodeURIComponent(id)}?if_seq_no=${seqNo}&if_primary_term=${primaryTerm}&refresh=true`, { state: 'stale' }), 409, 'index with a stale if_seq_no');
        node_assert_1.strict.equal(get((await call(base, 'GET', `/${index}/_doc/${encodeURIComponent(id)}`)).body, '_source', 'state'), 'closed');
        say('index: op_type=create 201 then 409; if_seq_no/if_primary_term 200 then 409');
    }
    finally {
        await call(base, 'DELETE', `/${index}`).catch(() => undefined);
    }
}
async function main() {
    const say = (line) => void process.stderr.write(`${line}\n`);
    const given = process.env.OPENSEARCH_TEST_URL?.replace(/\/+$/, '');
    const handle = given ? null : await (0, localElasticsearch_1.startLocalElasticsearch)({ engine: 'opensearch-2', progress: say });
    const base = given ?? handle?.url;
    if (base === undefined)
        throw new Error('no OpenSearch URL');
    try {
        await smoke(base, say);
        say(`OpenSearch smoke test passed against ${base}`);
    }
    finally {
        if (handle?.startedByUs)
            await (0, localElasticsearch_1.stopLocalElasticsearch)(30_000, handle.port);
    }
}
main().catch((error) => {
    process.stderr.write(`OpenSearch smoke test FAILED: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
});
//# sourceMappingURL=openSearchSmoke.js.map