"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SETTING_NAMES = void 0;
exports.loadConfig = loadConfig;
exports.requireSlackCredentials = requireSlackCredentials;
const zod_1 = require("zod");
const errors_1 = require("../errors");
const duration_1 = require("../domain/duration");
const fields_1 = require("./fields");
const samplingPolicy_1 = require("../elasticsearch/samplingPolicy");
const duration = (name) => zod_1.z.string().transform((value, ctx) => {
    const ms = (0, duration_1.parseDuration)(value);
    if (ms === null) {
        ctx.addIssue({ code: 'custom', message: `${name} must be a duration such as 30s, 5m or 1h` });
        return zod_1.z.NEVER;
    }
    return ms;
});
const list = zod_1.z.string().transform((value) => value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0));
const bool = zod_1.z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');
const positiveNumber = zod_1.z.coerce.number().positive();
const statusList = list.pipe(zod_1.z.array(zod_1.z.enum(['403', '404']).transform((s) => Number(s))).min(1, 'must name 403, 404 or both'));
const url = zod_1.z.url({ protocol: /^https?$/ });
/** `auto` (sample busy services), `off` (read everything), or a probability forced on every sampled search. */
const sampling = zod_1.z.string().transform((value, ctx) => {
    if (value === 'off')
        return null;
    if (value === 'auto')
        return { sampleDocs: samplingPolicy_1.DEFAULT_SAMPLE_DOCS, probability: null };
    const p = Number(value);
    if (!(p > 0 && p <= samplingPolicy_1.MAX_PROBABILITY)) {
        ctx.addIssue({ code: 'custom', message: `TRIAGE_SAMPLING must be auto, off or a probability above 0 and at most ${samplingPolicy_1.MAX_PROBABILITY}` });
        return zod_1.z.NEVER;
    }
    return { sampleDocs: samplingPolicy_1.DEFAULT_SAMPLE_DOCS, probability: p };
});
/** Every setting, as the environment spells it. Empty strings are treated as unset before parsing. */
const schema = zod_1.z.object({
    ELASTICSEARCH_URL: url.default('http://localhost:9200'),
    ELASTICSEARCH_API_KEY: zod_1.z.string().optional(),
    ELASTICSEARCH_USERNAME: zod_1.z.string().optional(),
    ELASTICSEARCH_PASSWORD: zod_1.z.string().optional(),
    ELASTICSEARCH_CLOUD_ID: zod_1.z.string().optional(),
    ELASTICSEARCH_CA_FILE: zod_1.z.string().optional(),
    ELASTICSEARCH_INDEX: zod_1.z.string().regex(/^[^\s"\\<>|?#]+$/, 'must be an index pattern such as logs-*').default('logs-*'),
    ELASTICSEARCH_TIMEOUT: duration('ELASTICSEARCH_TIMEOUT').default(10_000),
    // OpenSearch instead of Elasticsearch: OPENSEARCH_URL chooses it (see openSearchConflicts).
    OPENSEARCH_URL: url.optional(),
    OPENSEARCH_USERNAME: zod_1.z.string().optional(),
    OPENSEARCH_PASSWORD: zod_1.z.string().optional(),
    OPENSEARCH_CA_FILE: zod_1.z.string().optional(),
    OPENSEARCH_AWS_REGION: zod_1.z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, 'must be an AWS region such as eu-west-1').optional(),
    OPENSEARCH_AWS_SERVICE: zod_1.z.enum(['es', 'aoss']).default('es'),
    INDEX_SERVICE: zod_1.z.string().regex(/^[^\s]+$/, 'must be a service name without spaces').optional(),
    STATE_INDEX: zod_1.z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'must be a lowercase index name').default('status-triage-state'),
    TENANT_PATH_PATTERN: zod_1.z
        .string()
        .refine((p) => {
        try {
            new RegExp(p);
            return true;
        }
        catch {
            return false;
        }
    }, 'must be a regular expression with one capture group')
        .default('/(?:tenants|orgs|accounts)/([^/]+)'),
    TRIAGE_SAMPLING: sampling.default({ sampleDocs: samplingPolicy_1.DEFAULT_SAMPLE_DOCS, probability: null }),
    SLACK_BOT_TOKEN: zod_1.z.string().regex(/^xox[a-z]-/, 'must be a bot token (xoxb-…)').optional(),
    SLACK_SIGNING_SECRET: zod_1.z.string().optional(),
    SLACK_APP_TOKEN: zod_1.z.string().regex(/^xapp-/, 'must be an app-level token (xapp-…)').optional(),
    SLACK_SOCKET_MODE: bool.optional(),
    SLACK_API_URL: url.optional(),
    PORT: zod_1.z.coerce.number().int().min(1).max(65535).default(3000),
    ALLOWED_CHANNELS: list.default([]),
    ALLOWED_USERS: list.default([]),
    WATCH_SERVICES: list.default([]),
    WATCH_STATUSES: statusList.default([403, 404]),
    WATCH_INTERVAL: duration('WATCH_INTERVAL').default(60_000),
    WATCH_WINDOW: duration('WATCH_WINDOW').default(15 * 60_000),
    WATCH_MIN_COUNT: positiveNumber.default(50),
    WATCH_MIN_RATIO: positiveNumber.default(3),
    ALERT_COOLDOWN: duration('ALERT_COOLDOWN').default(30 * 60_000),
    ALERT_CHANNEL: zod_1.z.string().optional(),
    KIBANA_URL: url.optional(),
    LOG_LEVEL: zod_1.z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    ...Object.fromEntries(fields_1.FIELD_ROLES.map((role) => [(0, fields_1.fieldSettingName)(role), zod_1.z.string().regex(/^[^\s*]+$/, 'must be a field name').optional()])),
});
/** Every setting's name, for documentation checks. */
exports.SETTING_NAMES = Object.keys(schema.shape);
/**
 * Reads every setting from the environment passed in (tests pass literal objects). Throws one
 * AppError naming each bad setting, never echoing a value: values may be secrets.
 */
function loadConfig(env = process.env) {
    const cleaned = {};
    for (const [key, value] of Object.entries(env)) {
        if (value !== undefined && value.trim() !== '')
            cleaned[key] = value.trim();
    }
    const parsed = schema.safeParse(cleaned);
    const conflicts = openSearchConflicts(cleaned);
    if (!parsed.success || conflicts.length > 0) {
        const problems = (parsed.success ? [] : parsed.error.issues).map((issue) => {
            const key = String(issue.path[0] ?? 'settings');
            // zod's own messages can quote the received value; ours never do.
            const message = issue.code === 'custom' || issue.code === 'too_small' || issue.code === 'invalid_format' ? issue.message : describeIssue(issue.code);
            return `${key} ${message.startsWith(key) ? message.slice(key.length + 1) : message}`;
        });
        problems.push(...conflicts);
        throw new errors_1.AppError(errors_1.ErrorCode.ConfigInvalid, `invalid setting: ${problems.join('; ')}`, {
            hint: 'see .env.example for every setting and its format',
        });
    }
    const s = parsed.data;
    const fields = Object.fromEntries(fields_1.FIELD_ROLES.map((role) => [role, s[(0, fields_1.fieldSettingName)(role)] ?? fields_1.FIELD_DEFAULTS[role]]));
    const cluster = s.OPENSEARCH_URL === undefined
        ? {
            engine: 'elasticsearch',
            url: s.ELASTICSEARCH_URL,
            apiKey: s.ELASTICSEARCH_API_KEY,
            username: s.ELASTICSEARCH_USERNAME,
            password: s.ELASTICSEARCH_PASSWORD,
            cloudId: s.ELASTICSEARCH_CLOUD_ID,
            caFile: s.ELASTICSEARCH_CA_FILE,
            awsSigV4: null,
        }
        : {
            engine: 'opensearch',
            url: s.OPENSEARCH_URL,
            apiKey: undefined,
            username: s.OPENSEARCH_USERNAME,
            password: s.OPENSEARCH_PASSWORD,
            cloudId: undefined,
            caFile: s.OPENSEARCH_CA_FILE,
            awsSigV4: s.OPENSEARCH_AWS_REGION === undefined ? null : { region: s.OPENSEARCH_AWS_REGION, service: s.OPENSEARCH_AWS_SERVICE },
        };
    return {
        elasticsearch: {
            ...cluster,
            index: s.ELASTICSEARCH_INDEX,
            timeoutMs: s.ELASTICSEARCH_TIMEOUT,
            stateIndex: s.STATE_INDEX,
        },
        fields,
        fieldSettings: {
            fields: Object.fromEntries(fields_1.FIELD_ROLES.flatMap((role) => (s[(0, fields_1.fieldSettingName)(role)] === undefined ? [] : [[role, s[(0, fields_1.fieldSettingName)(role)]]]))),
            indexService: s.INDEX_SERVICE,
        },
        tenantPathPattern: s.TENANT_PATH_PATTERN,
        triageSampling: s.TRIAGE_SAMPLING,
        slack: {
            botToken: s.SLACK_BOT_TOKEN,
            signingSecret: s.SLACK_SIGNING_SECRET,
            appToken: s.SLACK_APP_TOKEN,
            socketMode: s.SLACK_SOCKET_MODE ?? s.SLACK_APP_TOKEN !== undefined,
            apiUrl: s.SLACK_API_URL,
            port: s.PORT,
            allowedChannels: s.ALLOWED_CHANNELS,
            allowedUsers: s.ALLOWED_USERS,
        },
        watch: {
            services: s.WATCH_SERVICES,
            statuses: s.WATCH_STATUSES,
            intervalMs: s.WATCH_INTERVAL,
            windowMs: s.WATCH_WINDOW,
            minCount: s.WATCH_MIN_COUNT,
            minRatio: s.WATCH_MIN_RATIO,
            cooldownMs: s.ALERT_COOLDOWN,
            alertChannel: s.ALERT_CHANNEL,
        },
        kibanaUrl: s.KIBANA_URL,
        logLevel: s.LOG_LEVEL,
    };
}
const ELASTICSEARCH_ONLY = ['ELASTICSEARCH_URL', 'ELASTICSEARCH_API_KEY', 'ELASTICSEARCH_USERNAME', 'ELASTICSEARCH_PASSWORD', 'ELASTICSEARCH_CLOUD_ID', 'ELASTICSEARCH_CA_FILE'];
const OPENSEARCH_ONLY = ['OPENSEARCH_USERNAME', 'OPENSEARCH_PASSWORD', 'OPENSEARCH_CA_FILE', 'OPENSEARCH_AWS_REGION', 'OPENSEARCH_AWS_SERVICE'];
/**
 * OPENSEARCH_URL chooses OpenSearch; the cluster settings of the other engine then name a second
 * cluster (or credentials meant for it), which is a mistake to point out rather than guess at. The
 * index, timeout and state settings (ELASTICSEARCH_INDEX, ELASTICSEARCH_TIMEOUT, STATE_INDEX) apply to both.
 */
function openSearchConflicts(env) {
    const set = (name) => Object.prototype.hasOwnProperty.call(env, name);
    if (!set('OPENSEARCH_URL')) {
        return OPENSEARCH_ONLY.filter(set).map((name) => `${name} applies to OpenSearch only: set OPENSEARCH_URL too, or remove it`);
    }
    const problems = ELASTICSEARCH_ONLY.filter(set).map((name) => `${name} is for Elasticsearch, but OPENSEARCH_URL chooses OpenSearch: remove one`);
    if (set('OPENSEARCH_AWS_REGION') && (set('OPENSEARCH_USERNAME') || set('OPENSEARCH_PASSWORD'))) {
        problems.push('OPENSEARCH_AWS_REGION signs requests with AWS credentials: remove OPENSEARCH_USERNAME/PASSWORD, or the region');
    }
    return problems;
}
function describeIssue(code) {
    switch (code) {
        case 'invalid_type':
            return 'has the wrong type';
        case 'invalid_value':
        case 'invalid_enum_value':
            return 'is not one of the allowed values';
        case 'too_big':
            return 'is too large';
        default:
            return 'is invalid';
    }
}
/** The Slack app needs credentials the CLI does not; checked only where they are needed. */
function requireSlackCredentials(config) {
    const missing = [];
    if (!config.slack.botToken)
        missing.push('SLACK_BOT_TOKEN');
    if (!config.slack.signingSecret && !config.slack.socketMode)
        missing.push('SLACK_SIGNING_SECRET');
    if (config.slack.socketMode && !config.slack.appToken)
        missing.push('SLACK_APP_TOKEN');
    if (missing.length > 0) {
        throw new errors_1.AppError(errors_1.ErrorCode.ConfigInvalid, `missing setting: ${missing.join(', ')} (needed to run the Slack app)`, {
            hint: 'see the README section "Create the Slack app"',
        });
    }
    return { botToken: config.slack.botToken, signingSecret: config.slack.signingSecret ?? '' };
}
//# sourceMappingURL=index.js.map