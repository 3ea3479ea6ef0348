import { z } from 'zod';
import { AppError, ErrorCode } from '../errors';
import { parseDuration } from '../domain/duration';
import { FIELD_DEFAULTS, FIELD_ROLES, FieldMap, fieldSettingName } from './fields';
import type { FieldSettings } from '../elasticsearch/fieldResolution';
import { DEFAULT_SAMPLE_DOCS, MAX_PROBABILITY, type SamplingPolicy } from '../elasticsearch/samplingPolicy';
import type { EngineKind } from '../elasticsearch/engine';

export type Env = Record<string, string | undefined>;

const duration = (name: string) =>
  z.string().transform((value, ctx) => {
    const ms = parseDuration(value);
    if (ms === null) {
      ctx.addIssue({ code: 'custom', message: `${name} must be a duration such as 30s, 5m or 1h` });
      return z.NEVER;
    }
    return ms;
  });

const list = z.string().transform((value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0),
);

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const positiveNumber = z.coerce.number().positive();

const statusList = list.pipe(
  z.array(z.enum(['403', '404']).transform((s) => Number(s) as 403 | 404)).min(1, 'must name 403, 404 or both'),
);

const url = z.url({ protocol: /^https?$/ });

/** `auto` (sample busy services), `off` (read everything), or a probability forced on every sampled search. */
const sampling = z.string().transform((value, ctx): SamplingPolicy | null => {
  if (value === 'off') return null;
  if (value === 'auto') return { sampleDocs: DEFAULT_SAMPLE_DOCS, probability: null };
  const p = Number(value);
  if (!(p > 0 && p <= MAX_PROBABILITY)) {
    ctx.addIssue({ code: 'custom', message: `TRIAGE_SAMPLING must be auto, off or a probability above 0 and at most ${MAX_PROBABILITY}` });
    return z.NEVER;
  }
  return { sampleDocs: DEFAULT_SAMPLE_DOCS, probability: p };
});

/** Every setting, as the environment spells it. Empty strings are treated as unset before parsing. */
const schema = z.object({
  ELASTICSEARCH_URL: url.default('http://localhost:9200'),
  ELASTICSEARCH_API_KEY: z.string().optional(),
  ELASTICSEARCH_USERNAME: z.string().optional(),
  ELASTICSEARCH_PASSWORD: z.string().optional(),
  ELASTICSEARCH_CLOUD_ID: z.string().optional(),
  ELASTICSEARCH_CA_FILE: z.string().optional(),
  ELASTICSEARCH_INDEX: z.string().regex(/^[^\s"\\<>|?#]+$/, 'must be an index pattern such as logs-*').default('logs-*'),
  ELASTICSEARCH_TIMEOUT: duration('ELASTICSEARCH_TIMEOUT').default(10_000),
  // OpenSearch instead of Elasticsearch: OPENSEARCH_URL chooses it (see openSearchConflicts).
  OPENSEARCH_URL: url.optional(),
  OPENSEARCH_USERNAME: z.string().optional(),
  OPENSEARCH_PASSWORD: z.string().optional(),
  OPENSEARCH_CA_FILE: z.string().optional(),
  OPENSEARCH_AWS_REGION: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, 'must be an AWS region such as eu-west-1').optional(),
  OPENSEARCH_AWS_SERVICE: z.enum(['es', 'aoss']).default('es'),
  INDEX_SERVICE: z.string().regex(/^[^\s]+$/, 'must be a service name without spaces').optional(),
  STATE_INDEX: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'must be a lowercase index name').default('status-triage-state'),
  TENANT_PATH_PATTERN: z
    .string()
    .refine((p) => {
      try {
        new RegExp(p);
        return true;
      } catch {
        return false;
      }
    }, 'must be a regular expression with one capture group')
    .default('/(?:tenants|orgs|accounts)/([^/]+)'),
  TRIAGE_SAMPLING: sampling.default({ sampleDocs: DEFAULT_SAMPLE_DOCS, probability: null }),

  SLACK_BOT_TOKEN: z.string().regex(/^xox[a-z]-/, 'must be a bot token (xoxb-…)').optional(),
  SLACK_SIGNING_SECRET: z.string().optional(),
  SLACK_APP_TOKEN: z.string().regex(/^xapp-/, 'must be an app-level token (xapp-…)').optional(),
  SLACK_SOCKET_MODE: bool.optional(),
  SLACK_API_URL: url.optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  ALLOWED_CHANNELS: list.default([]),
  ALLOWED_USERS: list.default([]),

  WATCH_SERVICES: list.default([]),
  WATCH_STATUSES: statusList.default([403, 404]),
  WATCH_INTERVAL: duration('WATCH_INTERVAL').default(60_000),
  WATCH_WINDOW: duration('WATCH_WINDOW').default(15 * 60_000),
  WATCH_MIN_COUNT: positiveNumber.default(50),
  WATCH_MIN_RATIO: positiveNumber.default(3),
  ALERT_COOLDOWN: duration('ALERT_COOLDOWN').default(30 * 60_000),
  ALERT_CHANNEL: z.string().optional(),

  KIBANA_URL: url.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ...Object.fromEntries(FIELD_ROLES.map((role) => [fieldSettingName(role), z.string().regex(/^[^\s*]+$/, 'must be a field name').optional()])),
});

/** Every setting's name, for documentation checks. */
export const SETTING_NAMES: readonly string[] = Object.keys(schema.shape);

export interface Config {
  /** The cluster: Elasticsearch or OpenSearch (the section keeps its historical name). */
  elasticsearch: {
    engine: EngineKind;
    url: string;
    apiKey: string | undefined;
    username: string | undefined;
    password: string | undefined;
    cloudId: string | undefined;
    caFile: string | undefined;
    /** Amazon OpenSearch Service: requests signed with AWS SigV4 for this region and service (`es`, or `aoss` for Serverless). */
    awsSigV4: { region: string; service: 'es' | 'aoss' } | null;
    index: string;
    timeoutMs: number;
    stateIndex: string;
  };
  /** Field names to read: the FIELD_* settings, else ECS defaults (before discovery; see elasticsearch/fieldDiscovery). */
  fields: FieldMap;
  /** What discovery must respect: only the FIELD_* settings actually set, and INDEX_SERVICE. */
  fieldSettings: FieldSettings;
  tenantPathPattern: string;
  /** How busy services are sampled in a triage (elasticsearch/sampling); null: never (TRIAGE_SAMPLING=off). */
  triageSampling: SamplingPolicy | null;
  slack: {
    botToken: string | undefined;
    signingSecret: string | undefined;
    appToken: string | undefined;
    socketMode: boolean;
    apiUrl: string | undefined;
    port: number;
    allowedChannels: string[];
    allowedUsers: string[];
  };
  watch: {
    services: string[];
    statuses: Array<403 | 404>;
    intervalMs: number;
    windowMs: number;
    minCount: number;
    minRatio: number;
    cooldownMs: number;
    alertChannel: string | undefined;
  };
  kibanaUrl: string | undefined;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

/**
 * Reads every setting from the environment passed in (tests pass literal objects). Throws one
 * AppError naming each bad setting, never echoing a value: values may be secrets.
 */
export function loadConfig(env: Env = process.env): Config {
  const cleaned: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value.trim() !== '') cleaned[key] = value.trim();
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
    throw new AppError(ErrorCode.ConfigInvalid, `invalid setting: ${problems.join('; ')}`, {
      hint: 'see .env.example for every setting and its format',
    });
  }
  const s = parsed.data as z.infer<typeof schema> & Record<string, string | undefined>;
  const fields = Object.fromEntries(
    FIELD_ROLES.map((role) => [role, s[fieldSettingName(role)] ?? FIELD_DEFAULTS[role]]),
  ) as FieldMap;
  const cluster = s.OPENSEARCH_URL === undefined
    ? {
        engine: 'elasticsearch' as const,
        url: s.ELASTICSEARCH_URL,
        apiKey: s.ELASTICSEARCH_API_KEY,
        username: s.ELASTICSEARCH_USERNAME,
        password: s.ELASTICSEARCH_PASSWORD,
        cloudId: s.ELASTICSEARCH_CLOUD_ID,
        caFile: s.ELASTICSEARCH_CA_FILE,
        awsSigV4: null,
      }
    : {
        engine: 'opensearch' as const,
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
      fields: Object.fromEntries(FIELD_ROLES.flatMap((role) => (s[fieldSettingName(role)] === undefined ? [] : [[role, s[fieldSettingName(role)]]]))) as Partial<FieldMap>,
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
function openSearchConflicts(env: Record<string, string>): string[] {
  const set = (name: string): boolean => Object.prototype.hasOwnProperty.call(env, name);
  if (!set('OPENSEARCH_URL')) {
    return OPENSEARCH_ONLY.filter(set).map((name) => `${name} applies to OpenSearch only: set OPENSEARCH_URL too, or remove it`);
  }
  const problems = ELASTICSEARCH_ONLY.filter(set).map((name) => `${name} is for Elasticsearch, but OPENSEARCH_URL chooses OpenSearch: remove one`);
  if (set('OPENSEARCH_AWS_REGION') && (set('OPENSEARCH_USERNAME') || set('OPENSEARCH_PASSWORD'))) {
    problems.push('OPENSEARCH_AWS_REGION signs requests with AWS credentials: remove OPENSEARCH_USERNAME/PASSWORD, or the region');
  }
  return problems;
}

function describeIssue(code: string): string {
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
export function requireSlackCredentials(config: Config): { botToken: string; signingSecret: string } {
  const missing: string[] = [];
  if (!config.slack.botToken) missing.push('SLACK_BOT_TOKEN');
  if (!config.slack.signingSecret && !config.slack.socketMode) missing.push('SLACK_SIGNING_SECRET');
  if (config.slack.socketMode && !config.slack.appToken) missing.push('SLACK_APP_TOKEN');
  if (missing.length > 0) {
    throw new AppError(ErrorCode.ConfigInvalid, `missing setting: ${missing.join(', ')} (needed to run the Slack app)`, {
      hint: 'see the README section "Create the Slack app"',
    });
  }
  return { botToken: config.slack.botToken as string, signingSecret: config.slack.signingSecret ?? '' };
}
