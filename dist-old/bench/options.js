"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SECTIONS = void 0;
exports.readOptions = readOptions;
const node_path_1 = require("node:path");
const zod_1 = require("zod");
exports.SECTIONS = ['triage', 'watch', 'slack'];
const flag = zod_1.z.enum(['0', '1', 'true', 'false']).default('0');
const count = (min) => zod_1.z.coerce.number().int().min(min);
const schema = zod_1.z.object({
    BENCH_DOCS: count(10_000).default(2_000_000),
    BENCH_SMALL_FACTOR: count(2).default(10),
    BENCH_DAYS: count(2).max(30).default(7),
    BENCH_SERVICES: count(10).max(5_000).default(200),
    BENCH_WATCH_SERVICES: count(10).max(5_000).default(1_000),
    BENCH_WATCH_DOCS: count(10_000).default(1_000_000),
    // A few per mille above 20 M: the generator's draw varies by that much, and the issue asks for at least 20 M.
    BENCH_HOT_DOCS: count(10_000).default(20_200_000),
    BENCH_HOT_SERVICES: count(1).max(1_000).default(20),
    BENCH_END: zod_1.z.iso.datetime().default('2025-06-04T14:00:00Z'),
    BENCH_SEED: zod_1.z.string().min(1).default('status-triage-bench'),
    BENCH_RUNS: count(3).default(20),
    BENCH_WARMUP: count(0).default(3),
    BENCH_TICKS: count(3).default(15),
    BENCH_TRIAGES: count(10).default(1_000),
    BENCH_IN_FLIGHT: count(1).max(16).default(3),
    BENCH_RELOAD: flag,
    BENCH_ONLY: zod_1.z
        .string()
        .default(exports.SECTIONS.join(','))
        .transform((v) => v.split(',').map((p) => p.trim()).filter((p) => p.length > 0))
        .pipe(zod_1.z.array(zod_1.z.enum(exports.SECTIONS)).min(1)),
    BENCH_BOT_PROFILE: flag,
    BENCH_ES_PORT: count(1024).max(65_535).default(9250),
    BENCH_ES_HEAP: zod_1.z.string().regex(/^\d+[mg]$/, 'must be a JVM heap size such as 2g').optional(),
    BENCH_ES_HOME: zod_1.z.string().min(1).default('bench/data/es'),
    BENCH_INDEX_PREFIX: zod_1.z.string().regex(/^[a-z0-9][a-z0-9._-]*$/).default('status-triage-bench'),
    ELASTICSEARCH_URL: zod_1.z.string().optional(),
    ES_HEAP: zod_1.z.string().optional(),
});
/** `--docs 200000`, `--docs=200000` and `--reload` become BENCH_DOCS / BENCH_RELOAD. */
function flagsToEnv(argv) {
    const out = {};
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i] ?? '';
        if (!arg.startsWith('--'))
            throw new Error(`unexpected argument "${arg}" (flags look like --docs 200000)`);
        const [rawName, inline] = arg.slice(2).split('=', 2);
        const name = `BENCH_${rawName.replace(/-/g, '_').toUpperCase()}`;
        if (!(name in schema.shape))
            throw new Error(`unknown flag --${rawName}`);
        if (inline !== undefined)
            out[name] = inline;
        else if (name === 'BENCH_RELOAD' || name === 'BENCH_BOT_PROFILE')
            out[name] = '1';
        else {
            const next = argv[++i];
            if (next === undefined)
                throw new Error(`--${rawName} needs a value`);
            out[name] = next;
        }
    }
    return out;
}
function readOptions(env, argv, repoRoot) {
    const cleaned = Object.fromEntries(Object.entries({ ...env, ...flagsToEnv(argv) }).filter(([, v]) => v !== undefined && v.trim() !== ''));
    const parsed = schema.safeParse(cleaned);
    if (!parsed.success) {
        throw new Error(`bad benchmark setting: ${parsed.error.issues.map((i) => `${String(i.path[0])} ${i.message}`).join('; ')}`);
    }
    const s = parsed.data;
    return {
        docs: s.BENCH_DOCS,
        smallFactor: s.BENCH_SMALL_FACTOR,
        days: s.BENCH_DAYS,
        services: s.BENCH_SERVICES,
        watchServices: s.BENCH_WATCH_SERVICES,
        watchDocs: s.BENCH_WATCH_DOCS,
        hotDocs: s.BENCH_HOT_DOCS,
        hotServices: s.BENCH_HOT_SERVICES,
        end: new Date(s.BENCH_END),
        seed: s.BENCH_SEED,
        runs: s.BENCH_RUNS,
        warmup: s.BENCH_WARMUP,
        ticks: s.BENCH_TICKS,
        triages: s.BENCH_TRIAGES,
        inFlight: s.BENCH_IN_FLIGHT,
        reload: s.BENCH_RELOAD === '1' || s.BENCH_RELOAD === 'true',
        only: s.BENCH_ONLY,
        botProfile: s.BENCH_BOT_PROFILE === '1' || s.BENCH_BOT_PROFILE === 'true',
        esPort: s.BENCH_ES_PORT,
        esHeap: s.BENCH_ES_HEAP ?? s.ES_HEAP ?? '2g',
        esHome: (0, node_path_1.resolve)(repoRoot, s.BENCH_ES_HOME),
        indexPrefix: s.BENCH_INDEX_PREFIX,
        elasticsearchUrl: s.ELASTICSEARCH_URL,
    };
}
//# sourceMappingURL=options.js.map