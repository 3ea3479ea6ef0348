"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createSearchEngine = createSearchEngine;
exports.createElasticsearchClient = createElasticsearchClient;
exports.createOpenSearchClient = createOpenSearchClient;
const node_fs_1 = require("node:fs");
const elasticsearch_1 = require("@elastic/elasticsearch");
const opensearch_1 = require("@opensearch-project/opensearch");
const index_js_1 = require("@opensearch-project/opensearch/lib/aws/index.js");
const zod_1 = require("zod");
const errors_1 = require("../errors");
const elastic_1 = require("./engines/elastic");
const opensearch_2 = require("./engines/opensearch");
const lastAnswer_1 = require("./lastAnswer");
/** In an incident a fast, honest failure beats silent retries that eat Slack's patience. */
const CLIENT_RETRIES = 1;
/** The one place the product's engine is built from settings: Elasticsearch, or OpenSearch when OPENSEARCH_URL is set. */
function createSearchEngine(settings) {
    const engine = settings.engine === 'opensearch'
        ? (0, opensearch_2.openSearchEngine)(createOpenSearchClient(settings), { timeoutMs: settings.timeoutMs, maxRetries: CLIENT_RETRIES })
        : (0, elastic_1.elasticsearchEngine)(createElasticsearchClient(settings));
    (0, lastAnswer_1.trackAnswers)(engine);
    return engine;
}
/** The Elasticsearch client (URL or Cloud ID; API key or basic auth; custom CA). The benchmark uses it bare. */
function createElasticsearchClient(settings) {
    const options = {
        requestTimeout: settings.timeoutMs,
        maxRetries: CLIENT_RETRIES,
        name: 'status-triage',
    };
    if (settings.cloudId)
        options.cloud = { id: settings.cloudId };
    else
        options.node = settings.url;
    if (settings.apiKey)
        options.auth = { apiKey: settings.apiKey };
    else if (settings.username && settings.password)
        options.auth = { username: settings.username, password: settings.password };
    if (settings.caFile)
        options.tls = { ca: readCa(settings.caFile, 'ELASTICSEARCH_CA_FILE') };
    return new elasticsearch_1.Client(options);
}
/** The OpenSearch client: basic auth, or AWS SigV4 signing for Amazon OpenSearch Service; custom CA. */
function createOpenSearchClient(settings) {
    const options = {
        node: settings.url,
        requestTimeout: settings.timeoutMs,
        maxRetries: CLIENT_RETRIES,
        name: 'status-triage',
    };
    if (settings.awsSigV4) {
        Object.assign(options, (0, index_js_1.AwsSigv4Signer)({ region: settings.awsSigV4.region, service: settings.awsSigV4.service, ...awsCredentialsFromEnv() }));
    }
    else if (settings.username && settings.password) {
        options.auth = { username: settings.username, password: settings.password };
    }
    if (settings.caFile)
        options.ssl = { ca: readCa(settings.caFile, 'OPENSEARCH_CA_FILE') };
    return new opensearch_1.Client(options);
}
function readCa(file, setting) {
    try {
        return (0, node_fs_1.readFileSync)(file);
    }
    catch (error) {
        throw new errors_1.AppError(errors_1.ErrorCode.ConfigInvalid, `${setting} cannot be read`, { cause: error, hint: 'check the path and permissions' });
    }
}
const awsKeys = zod_1.z.object({ AWS_ACCESS_KEY_ID: zod_1.z.string().min(1), AWS_SECRET_ACCESS_KEY: zod_1.z.string().min(1), AWS_SESSION_TOKEN: zod_1.z.string().min(1).optional() });
/**
 * AWS credentials for signing, from the standard environment variables, read at each signature (a
 * rotated session token is picked up). Without them, the client's signer falls back to the AWS SDK's
 * default provider chain (instance roles, IRSA, SSO) when `@aws-sdk/credential-provider-node` is installed.
 */
function awsCredentialsFromEnv() {
    if (!awsKeys.safeParse(process.env).success)
        return {};
    return {
        getCredentials: async () => {
            const keys = awsKeys.parse(process.env);
            return { accessKeyId: keys.AWS_ACCESS_KEY_ID, secretAccessKey: keys.AWS_SECRET_ACCESS_KEY, ...(keys.AWS_SESSION_TOKEN ? { sessionToken: keys.AWS_SESSION_TOKEN } : {}) };
        },
    };
}
//# sourceMappingURL=client.js.map