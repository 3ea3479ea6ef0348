"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEMO_INDEX = void 0;
exports.runDemo = runDemo;
const generator_1 = require("../data/generator");
const localElasticsearch_1 = require("../devtools/localElasticsearch");
const bulkLoad_1 = require("../elasticsearch/bulkLoad");
const client_1 = require("../elasticsearch/client");
const triage_1 = require("../services/triage");
const render_1 = require("./render");
/** Matches the default ELASTICSEARCH_INDEX (`logs-*`), so plain `status-triage triage …` works afterwards. */
exports.DEMO_INDEX = 'logs-demo';
/**
 * `npm run demo`: a local Elasticsearch (unless ELASTICSEARCH_URL is set), a week of generated traffic
 * for five services with four incidents in progress, and the triage of each.
 */
async function runDemo(config, logger, io, env) {
    const say = (line) => io.stderr(`${line}\n`);
    const started = Date.now();
    let url = config.elasticsearch.url;
    if (!env.ELASTICSEARCH_URL && !env.OPENSEARCH_URL && !config.elasticsearch.cloudId) {
        url = (await (0, localElasticsearch_1.startLocalElasticsearch)({ progress: say })).url;
    }
    else {
        const setting = config.elasticsearch.engine === 'opensearch' ? `OpenSearch at ${url} (OPENSEARCH_URL)` : `Elasticsearch at ${url} (ELASTICSEARCH_URL)`;
        say(`using the ${setting}; the demo writes to its index ${exports.DEMO_INDEX}`);
    }
    const demoConfig = { ...config, elasticsearch: { ...config.elasticsearch, url, index: exports.DEMO_INDEX } };
    const client = (0, client_1.createSearchEngine)({ ...demoConfig.elasticsearch, timeoutMs: 60_000 });
    try {
        const end = new Date(Math.floor(Date.now() / 60_000) * 60_000);
        const dataset = (0, generator_1.demoDataset)(end, { ratePerMinute: 3, fields: config.fields });
        say(`generating a week of access logs for ${dataset.services.join(', ')} (~${dataset.expectedDocs.toLocaleString('en-US')} documents)…`);
        await (0, bulkLoad_1.recreateAccessLogIndex)(client, exports.DEMO_INDEX, config.fields);
        const loaded = await (0, bulkLoad_1.bulkLoadStream)(client, exports.DEMO_INDEX, dataset.docs(), (n) => say(`  loaded ${n.toLocaleString('en-US')}…`));
        say(`loaded ${loaded.toLocaleString('en-US')} documents into ${exports.DEMO_INDEX} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
        const triage = (0, triage_1.createTriageService)({ client, config: demoConfig, logger });
        const runs = [...dataset.incidents.map((i) => ({ service: i.service, status: i.status, note: `incident: ${i.id}` })), ...dataset.calm.map((service) => ({ service, status: 404, note: 'calm service' }))];
        for (const run of runs) {
            const result = await triage.triage({ status: run.status, service: run.service, window: '1h', environment: null, at: end });
            io.stdout(`━━━ status-triage triage ${run.status} ${run.service}   (${run.note})\n${(0, render_1.renderTriageText)(result)}\n\n`);
        }
        io.stdout([
            `The demo data stays in ${exports.DEMO_INDEX} on ${url}. Try, for example:`,
            '  node dist/cli/index.js triage 403 accounts-api 1h',
            '  node dist/cli/index.js triage 404 checkout-api 6h --json',
            '  node dist/cli/index.js ask "token expired, should that be 401 or 403?"',
            'Stop the local Elasticsearch with: npm run es:stop',
            '',
        ].join('\n'));
    }
    finally {
        await client.close();
    }
}
//# sourceMappingURL=demo.js.map