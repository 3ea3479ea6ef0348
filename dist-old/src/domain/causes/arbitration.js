"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RIVALRIES = void 0;
exports.routesOverlap = routesOverlap;
exports.arbitrate = arbitrate;
exports.describeAdjustment = describeAdjustment;
exports.whyLines = whyLines;
const labels_1 = require("./labels");
const signals_1 = require("./signals");
const structure403_1 = require("./structure403");
const structure404_1 = require("./structure404");
const types_1 = require("./types");
/**
 * Arbitration: the one place where causes compete. Each rule judges its own pattern (rules never read their
 * rivals); this file decides, from the table below, which cause explains the same requests better and by how
 * much the weaker reading steps back. Every change is recorded as an `Adjustment`, so "why did this cause
 * rank above that one?" is answered here and shown to the user under each cause.
 */
/** The 403 causes that describe why a request is denied (a retry storm only repeats a denial). */
const DENIAL_CAUSES_403 = [
    'should_be_401',
    'tenant_isolation_violation',
    'oauth_scope_insufficient',
    'ip_allowlist_block',
    'new_user_missing_role',
    'rbac_policy_mismatch',
];
const OTHER_404_CAUSES = [
    'deploy_broke_routes',
    'routing_regression',
    'broken_redirect_or_rule',
    'gone_should_be_410',
    'scanner_probe',
    'cached_404',
    'retry_storm',
    'stale_client',
];
/** Does any of a cause's routes (a path, a template, or a group `/prefix/…`) hold one of the client's? */
function routesOverlap(causeRoutes, clientRoutes) {
    return causeRoutes.some((route) => {
        const prefix = route.endsWith('/…') ? route.slice(0, -1) : null;
        return clientRoutes.some((r) => r === route || (prefix !== null && r.startsWith(prefix)) || (0, structure404_1.fitsTemplate)(route, r.split('?')[0] ?? r));
    });
}
/**
 * Who discounts whom, by how much, and why. Rows apply in order: a row that reads another cause's
 * confidence or structural factor reads it as the rows above left it (the IP reading is settled before the
 * causes it competes with read it; baseline noise is settled last, against the final 404 causes).
 */
exports.RIVALRIES = [
    {
        name: 'ip-explained-by-specific-pattern',
        lowers: ['ip_allowlist_block'],
        part: 'structure',
        weight: 0.85,
        rivals: (ctx) => {
            const p = ctx.patterns();
            return { should_be_401: p.anonymous, tenant_isolation_violation: p.tenant, oauth_scope_insufficient: p.scope };
        },
        because: 'a more specific pattern explains why these denials come from a few addresses',
    },
    {
        name: 'ip-explained-by-new-users-without-roles',
        lowers: ['ip_allowlist_block'],
        part: 'structure',
        weight: 0.6,
        rivals: (ctx) => {
            const p = ctx.patterns();
            return { new_user_missing_role: p.newUsersStructure * p.roleless };
        },
        because: 'the denied callers are new users without roles; their addresses are new because they are',
    },
    {
        name: 'ip-explained-by-looping-clients',
        lowers: ['ip_allowlist_block'],
        part: 'structure',
        weight: 0.4,
        rivals: (ctx) => ({ retry_storm: ctx.patterns().ipLoops }),
        because: 'the "blocked" addresses loop on one URL, as a client ignoring its 403s does',
    },
    {
        name: 'new-users-explained-by-specific-pattern',
        lowers: ['new_user_missing_role'],
        part: 'structure',
        weight: 0.6,
        rivals: (ctx) => {
            const p = ctx.patterns();
            return {
                // A new address only competes when the denied requests still carry roles.
                ip_allowlist_block: p.ip * ctx.structureFactor('ip_allowlist_block') * (1 - p.roleless),
                tenant_isolation_violation: p.tenant,
                oauth_scope_insufficient: p.scope,
                should_be_401: p.anonymous,
            };
        },
        because: 'a more specific pattern explains the same denials (new users meet it too)',
    },
    {
        name: 'policy-explained-by-specific-pattern',
        lowers: ['rbac_policy_mismatch'],
        part: 'confidence',
        weight: 0.85,
        rivals: (ctx) => {
            const p = ctx.patterns();
            return {
                should_be_401: p.anonymous,
                tenant_isolation_violation: p.tenant,
                oauth_scope_insufficient: p.scope,
                ip_allowlist_block: p.ip * ctx.structureFactor('ip_allowlist_block'),
            };
        },
        because: 'a policy mismatch is the generic reading; a more specific pattern explains these denials',
    },
    {
        name: 'policy-explained-by-new-users',
        lowers: ['rbac_policy_mismatch'],
        part: 'confidence',
        weight: 0.8,
        rivals: (ctx) => ({ new_user_missing_role: ctx.patterns().newUsers }),
        because: 'the denied users are new, not established users who lost access',
    },
    {
        name: 'denials-measured-on-loops',
        lowers: DENIAL_CAUSES_403,
        part: 'confidence',
        weight: 0.45,
        rivals: (ctx) => ({ retry_storm: ctx.looping() }),
        because: 'copies of a few looping requests make up most of the 403s, so every pattern is measured on them',
    },
    {
        name: 'regression-seen-through-cache',
        lowers: ['routing_regression'],
        part: 'confidence',
        weight: 0.5,
        rivals: (ctx) => ({ cached_404: ctx.cached() }),
        because: '404s served from a cache say little about what the origin answers now',
    },
    {
        name: 'stale-client-explained-by-specific-pattern',
        lowers: ['stale_client'],
        part: 'confidence',
        weight: 0.8,
        rivals: (ctx) => {
            if (ctx.status !== 403)
                return {};
            const p = ctx.patterns();
            return { should_be_401: p.anonymous, tenant_isolation_violation: p.tenant, oauth_scope_insufficient: p.scope };
        },
        because: 'a more specific pattern explains why this client is refused',
    },
    {
        name: 'policy-refuses-one-old-client',
        lowers: ['rbac_policy_mismatch', 'new_user_missing_role'],
        part: 'confidence',
        weight: 0.7,
        rivals: (ctx) => ({ stale_client: ctx.confidence('stale_client') }),
        because: 'one client that has been refused all along makes these denials; no policy changed for it',
    },
    {
        name: 'rule-is-one-client',
        lowers: ['broken_redirect_or_rule'],
        part: 'confidence',
        weight: 0.8,
        rivals: (ctx) => ({ stale_client: routesOverlap(ctx.routesOf('broken_redirect_or_rule'), ctx.routesOf('stale_client')) ? ctx.confidence('stale_client') / 0.6 : 0 }),
        because: 'one client asking for the same thing makes this pattern; no link or rule is needed to explain it',
    },
    {
        name: 'gone-is-one-client',
        lowers: ['gone_should_be_410'],
        part: 'confidence',
        weight: 0.8,
        rivals: (ctx) => ({ stale_client: routesOverlap(ctx.routesOf('gone_should_be_410'), ctx.routesOf('stale_client')) ? ctx.confidence('stale_client') / 0.6 : 0 }),
        because: 'one client keeps asking for it; 410 would not stop a program that ignores the answer',
    },
    {
        name: 'rule-is-one-looping-client',
        lowers: ['broken_redirect_or_rule'],
        part: 'confidence',
        weight: 0.8,
        rivals: (ctx) => ({ retry_storm: routesOverlap(ctx.routesOf('broken_redirect_or_rule'), ctx.routesOf('retry_storm')) ? ctx.looping() : 0 }),
        because: 'a client retrying the same request makes this pattern; one loop is not a broken rule',
    },
    {
        name: 'rule-is-a-scan',
        lowers: ['broken_redirect_or_rule'],
        part: 'confidence',
        weight: 0.8,
        rivals: (ctx) => ({ scanner_probe: ctx.scanned() }),
        because: 'a scanner walking through unknown paths sends most of these 404s; no link or rule is needed to explain them',
    },
    {
        name: 'rule-followed-by-crawlers',
        lowers: ['broken_redirect_or_rule'],
        part: 'confidence',
        weight: 0.7,
        rivals: (ctx) => ({ baseline_noise: ctx.crawled() }),
        because: 'crawlers send most of these 404s: links they follow, not a rule of the site',
    },
    {
        name: 'noise-outranked-by-a-cause',
        lowers: ['baseline_noise'],
        part: 'confidence',
        weight: 0.85,
        rivals: (ctx) => Object.fromEntries(OTHER_404_CAUSES.map((id) => [id, ctx.confidence(id)])),
        because: 'another cause stands out, so this is not only the usual noise',
    },
];
/** Changes smaller than this are not worth a line. */
const NOTICEABLE = 0.005;
function strongest(rivals, self) {
    let best = null;
    for (const [id, value] of Object.entries(rivals)) {
        if (id === self || value === undefined || !Number.isFinite(value))
            continue;
        const strength = Math.min(1, Math.max(0, value));
        if (!best || strength > best.strength)
            best = { id, strength };
    }
    return best;
}
function memo(compute) {
    let value = null;
    return () => (value ??= { v: compute() }).v;
}
/**
 * Settles the rivalries between the rules' outcomes (any order, one per cause): returns the same outcomes
 * with final confidences and, for each judged cause, the adjustments that explain it.
 */
function arbitrate(evidence, outcomes, table = exports.RIVALRIES, readings = {}) {
    const states = new Map();
    for (const outcome of outcomes) {
        if (!outcome.applicable)
            continue;
        const adjustments = [];
        if (outcome.basis) {
            const alone = (0, types_1.confidenceOf)({ ...outcome.basis, reason: 0 });
            const raised = outcome.confidence - alone;
            if (raised >= NOTICEABLE) {
                adjustments.push({ delta: raised, by: 'reason', rivalStrength: null, rivalry: 'reason', because: 'the app’s own logged reason names this cause' });
            }
        }
        states.set(outcome.id, { finding: outcome, structure: 1, factor: 1, adjustments });
    }
    const current = (id) => {
        const state = states.get(id);
        if (!state)
            return 0;
        const { finding } = state;
        const base = finding.basis ? (0, types_1.confidenceOf)({ ...finding.basis, structure: finding.basis.structure * state.structure }) : finding.confidence;
        return base * state.factor;
    };
    const ctx = {
        status: evidence.query.status,
        patterns: memo(() => (0, structure403_1.patterns403)(evidence)),
        looping: memo(() => (evidence.total > 0 ? (0, signals_1.ramp)((0, signals_1.stormCount)(evidence) / evidence.total, 0.5, 0.95) : 0)),
        cached: memo(() => (0, structure404_1.cacheStructure)(evidence).cachedWeight),
        crawled: memo(() => (0, signals_1.ramp)((0, structure404_1.crawlerShare)(evidence), 0.5, 0.9)),
        scanned: memo(() => {
            const scan = (0, structure404_1.scanStructure)(evidence);
            return Math.max(0, ...scan.scanners.map((s) => s.strength)) * (0, signals_1.ramp)(scan.share, 0.2, 0.6);
        }),
        ...readings,
        routesOf: (id) => states.get(id)?.finding.facts.routes ?? [],
        confidence: current,
        structureFactor: (id) => states.get(id)?.structure ?? 1,
    };
    for (const row of table) {
        for (const id of row.lowers) {
            const state = states.get(id);
            if (!state)
                continue;
            const rival = strongest(row.rivals(ctx), id);
            if (!rival || rival.strength <= 0)
                continue;
            const before = current(id);
            const keep = 1 - row.weight * rival.strength;
            // A structural discount needs a structure to discount; a finding without a basis loses confidence instead.
            if (row.part === 'structure' && state.finding.basis)
                state.structure *= keep;
            else
                state.factor *= keep;
            const delta = current(id) - before;
            if (-delta >= NOTICEABLE) {
                state.adjustments.push({ delta, by: rival.id, rivalStrength: rival.strength, rivalry: row.name, because: row.because });
            }
        }
    }
    return outcomes.map((outcome) => {
        if (!outcome.applicable)
            return outcome;
        return { ...outcome, confidence: current(outcome.id), adjustments: states.get(outcome.id)?.adjustments ?? [] };
    });
}
/** "lowered 0.31 by tenant isolation (0.80): …" / "raised 0.05: the app’s own logged reason names this cause". */
function describeAdjustment(adjustment) {
    const amount = Math.abs(adjustment.delta).toFixed(2);
    if (adjustment.by === 'reason')
        return `raised ${amount}: ${adjustment.because}`;
    const strength = adjustment.rivalStrength === null ? '' : ` (${adjustment.rivalStrength.toFixed(2)})`;
    return `lowered ${amount} by ${labels_1.LABELS[adjustment.by]}${strength}: ${adjustment.because}`;
}
/** The adjustments as the user reads them, the largest first. */
function whyLines(adjustments) {
    return [...adjustments].sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta)).map(describeAdjustment);
}
//# sourceMappingURL=arbitration.js.map